"""Creating, checking, backing up, restoring, re-keying and purging the office database."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from tipdesk.cli.common import (
    db_path,
    read_password,
    require_user,
    signed_in,
)
from tipdesk.errors import UsageError
from tipdesk.i18n import Context, translate

cli = Context("cli")


def register(commands, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init", parents=[common], help="create a new encrypted office database"
    )
    init.add_argument("--office", default=None, help="office name, e.g. 'Maroua field office'")
    init.add_argument("--country", default=None, help="ISO 3166 country code, e.g. CMR")
    init.add_argument("--display-name", default=None, help="the administrator's full name")
    init.set_defaults(handler=_cmd_init)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="verify password, encryption, integrity, schema, audit trail",
    )
    check.set_defaults(handler=_cmd_check)

    backup = commands.add_parser(
        "backup", parents=[common], help="write a verified, encrypted backup with its key slots"
    )
    backup.add_argument("--out", type=Path, required=True, help="the backup file to write")
    backup.set_defaults(handler=_cmd_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="verify a backup and put it in place (with --user and a password from the "
        "backup, or TIPDESK_RECOVERY_CODE)",
    )
    restore.add_argument("backup", type=Path)
    restore.add_argument(
        "--force",
        action="store_true",
        help="replace an existing database (it is kept aside, not deleted)",
    )
    restore.set_defaults(handler=_cmd_restore)
    rotate = commands.add_parser(
        "rotate-key",
        parents=[common],
        help="re-encrypt the database under a new key (administrators)",
    )
    rotate.set_defaults(handler=_cmd_rotate_key)
    purge = commands.add_parser(
        "purge", parents=[common], help="list or purge closed cases past retention (administrators)"
    )
    purge.add_argument("--case", help="purge this one case (by case code) on request")
    purge.add_argument(
        "--expired", action="store_true", help="purge every closed case past the retention period"
    )
    purge.set_defaults(handler=_cmd_purge)


def _cmd_backup(args: argparse.Namespace) -> int:
    from tipdesk.services.backup import make_backup
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        result = make_backup(office, args.out)
    finally:
        sign_out(office)
    print(
        translate(
            "cli",
            "Backup written and verified: {path} ({cases}, {users}). Store it away from this "
            "laptop.",
        ).format(
            path=result.path,
            cases=cli.tr("%n case(s)", "", result.cases),
            users=cli.tr("%n user(s)", "", result.users),
        )
    )
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from tipdesk.services.backup import restore_backup

    code = os.environ.get("TIPDESK_RECOVERY_CODE")
    password = None if code else read_password(args)
    if not code:
        require_user(args)
    result = restore_backup(
        args.backup,
        db_path(args),
        username=args.user,
        password=password,
        recovery_code=code,
        force=args.force,
    )
    print(
        translate("cli", "Restored {cases} to {path}.").format(
            cases=cli.tr("%n case(s)", "", result.cases), path=result.db_path
        )
    )
    for aside in result.replaced:
        print("  " + translate("cli", "the replaced file is kept as {path}").format(path=aside))
    return 0


def _cmd_rotate_key(args: argparse.Namespace) -> int:
    from tipdesk.services.key_rotation import rotate_database_key
    from tipdesk.services.office import sign_out

    office = rotate_database_key(signed_in(args))
    sign_out(office)
    print(
        translate(
            "cli",
            "The database is re-encrypted under a new key; every account and the recovery "
            "code open it as before. Make a new backup: older backups still use the old key.",
        )
    )
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    from tipdesk.services import retention
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        if args.case:
            retention.purge_case(office, args.case)
            print(translate("cli", "Purged case {code}.").format(code=args.case))
        elif args.expired:
            codes = retention.purge_expired(office)
            print(cli.tr("Purged %n closed case(s) past the retention period.", "", len(codes)))
        else:
            candidates = retention.purge_candidates(office)
            for c in candidates:
                print(
                    translate("cli", "{code}  closed {date}").format(code=c.code, date=c.closed_on)
                )
            print(
                cli.tr(
                    "%n closed case(s) are past the retention period; 'tipdesk purge --expired' "
                    "purges them.",
                    "",
                    len(candidates),
                )
            )
    finally:
        sign_out(office)
    return 0


def _cmd_init(args: argparse.Namespace) -> int:
    from tipdesk.services.office import initialise_office

    user = require_user(args)
    if not args.office:
        raise UsageError(
            translate("cli", "--office NAME is required, e.g. --office 'Maroua field office'.")
        )
    if not args.country:
        raise UsageError(translate("cli", "--country ISO is required, e.g. --country CMR."))
    path = db_path(args)
    if not args.db:
        path.parent.mkdir(parents=True, exist_ok=True)
    password = read_password(
        args, prompt=translate("cli", "New password for {user}: ").format(user=user), confirm=True
    )
    created = initialise_office(
        path,
        office_name=args.office,
        country=args.country,
        admin_username=user,
        admin_display_name=args.display_name or user,
        password=password,
    )
    print(
        translate("cli", "Created the TIPDesk office database {path}").format(path=created.db_path)
    )
    office = f"{created.office.name} ({created.office.country_name})"
    print("  " + translate("cli", "office: {office}").format(office=office))
    print(
        "  "
        + translate(
            "cli", "key slots: {path} (keep it with the database; backups carry both)"
        ).format(path=created.keys_path)
    )
    print("  " + translate("cli", "first administrator: {user}").format(user=user))
    print()
    print(
        translate("cli", "RECOVERY CODE (shown only this once): {code}").format(
            code=created.recovery_code
        )
    )
    print(
        translate(
            "cli",
            "Print it or write it down now and keep it in the office safe. With it an\n"
            "administrator can set a new password for anyone if passwords are forgotten;\n"
            "anyone holding it and the database file can read every case.",
        )
    )
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from tipdesk.services.office import check_office

    user = require_user(args)
    report = check_office(db_path(args), user, read_password(args))
    print(report.verdict())
    return 0 if report.ok else 5
