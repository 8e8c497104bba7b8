"""The `tipdesk` command: argument parsing and printing only; the work is in the services."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from tipdesk import __version__
from tipdesk.errors import BadInput, PermissionDenied, TipdeskError, UsageError
from tipdesk.paths import default_db_path

# Driver errors that escape a service are explained in one line, never shown raw.
DRIVER_ERRORS = (sqlalchemy.exc.DatabaseError, sqlcipher.DatabaseError)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem in one line and exits 2."""

    def error(self, message: str):  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {message}. Run '{self.prog} --help' for usage.\n")
        raise SystemExit(2)


def _database_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None,
                        help="office database file (default: %(default)s in your data folder)")
    common.add_argument("--user", help="your user name")
    common.add_argument("--password-stdin", action="store_true",
                        help="read your password from the first line of standard input "
                             "(else TIPDESK_PASSWORD, else a prompt)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _database_options()
    parser = _Parser(prog="tipdesk", description="TIPDesk: identify, assist and refer victims "
                     "of trafficking. Without a command, starts the desktop application.")
    parser.add_argument("--version", action="version", version=f"TIPDesk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--db", type=Path, default=None, help="office database file for the GUI")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    init = commands.add_parser("init", parents=[common],
                               help="create a new encrypted office database")
    init.add_argument("--office", default=None, help="office name, e.g. 'Maroua field office'")
    init.add_argument("--country", default=None, help="ISO 3166 country code, e.g. CMR")
    init.add_argument("--display-name", default=None, help="the administrator's full name")
    init.set_defaults(handler=_cmd_init)

    check = commands.add_parser("check", parents=[common],
                                help="verify password, encryption, integrity, schema, audit trail")
    check.set_defaults(handler=_cmd_check)

    _add_user_commands(commands, common)

    cases = commands.add_parser("cases", help="case register import and template")
    case_actions = cases.add_subparsers(dest="cases_command", parser_class=_Parser,
                                        metavar="ACTION", required=True)
    case_import = case_actions.add_parser(
        "import", parents=[common],
        help="import a case register (CSV or XLSX; TIPDesk template or HTCDS columns)")
    case_import.add_argument("file", type=Path)
    case_import.add_argument("--allow-duplicates", action="store_true",
                             help="import rows that may be people who already have a case")
    case_import.set_defaults(handler=_cmd_cases_import)
    case_template = case_actions.add_parser("template", help="write the import template")
    case_template.add_argument("file", type=Path)
    case_template.set_defaults(handler=_cmd_cases_template)

    directory = commands.add_parser("directory", help="the service directory as a spreadsheet")
    dir_actions = directory.add_subparsers(dest="directory_command", parser_class=_Parser,
                                           metavar="ACTION", required=True)
    dir_import = dir_actions.add_parser(
        "import", parents=[common], help="import services (CSV or XLSX; administrators)")
    dir_import.add_argument("file", type=Path)
    dir_import.add_argument("--replace", action="store_true",
                            help="remove services missing from the file (those with referrals "
                                 "are deactivated instead)")
    dir_import.set_defaults(handler=_cmd_directory, directory_action="import")
    dir_export = dir_actions.add_parser("export", parents=[common],
                                        help="export every service (CSV or XLSX)")
    dir_export.add_argument("file", type=Path)
    dir_export.set_defaults(handler=_cmd_directory, directory_action="export")
    dir_template = dir_actions.add_parser("template", help="write the directory template")
    dir_template.add_argument("file", type=Path)
    dir_template.set_defaults(handler=_cmd_directory_template)

    report = commands.add_parser("report", help="PDF reports and forms")
    report_kinds = report.add_subparsers(dest="report_kind", parser_class=_Parser,
                                         metavar="KIND", required=True)
    referral_form = report_kinds.add_parser("referral", parents=[common],
                                            help="the printable form of one referral")
    referral_form.add_argument("--referral", required=True,
                               help="referral number (REF-2026-00042) or its id")
    referral_form.add_argument("--out", type=Path, required=True, help="the PDF to write")
    referral_form.set_defaults(handler=_cmd_report_referral)
    summary = report_kinds.add_parser("summary", parents=[common],
                                      help="the anonymised summary for the protection cluster")
    summary.add_argument("--out", type=Path, required=True, help="the PDF to write")
    summary.add_argument("--from", dest="period_from", help="first day or month (2026-01)")
    summary.add_argument("--to", dest="period_to", help="last day or month (2026-06)")
    summary.add_argument("--min-cell", type=int, default=5,
                         help="counts below this are shown as <K (3 to 20; default 5)")
    summary.set_defaults(handler=_cmd_report_summary)

    export = commands.add_parser("export", help="anonymised case-level data")
    export_kinds = export.add_subparsers(dest="export_kind", parser_class=_Parser,
                                         metavar="KIND", required=True)
    anonymised = export_kinds.add_parser("anonymised", parents=[common],
                                         help="k-anonymous CTDC/HTCDS records (CSV or XLSX)")
    anonymised.add_argument("--out", type=Path, required=True)
    anonymised.add_argument("--k", type=int, default=11,
                            help="every combination of quasi-identifiers appears at least k "
                                 "times (default 11, as CTDC)")
    anonymised.set_defaults(handler=_cmd_export_anonymised)

    demo = commands.add_parser(
        "demo", parents=[common],
        help="fill a database with clearly fictional cases (a new demo office if PATH "
             "does not exist)")
    demo.add_argument("--cases", type=int, required=True, help="how many cases to add")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.set_defaults(handler=_cmd_demo)

    backup = commands.add_parser("backup", parents=[common],
                                 help="write a verified, encrypted backup with its key slots")
    backup.add_argument("--out", type=Path, required=True, help="the backup file to write")
    backup.set_defaults(handler=_cmd_backup)
    restore = commands.add_parser(
        "restore", parents=[common],
        help="verify a backup and put it in place (with --user and a password from the "
             "backup, or TIPDESK_RECOVERY_CODE)")
    restore.add_argument("backup", type=Path)
    restore.add_argument("--force", action="store_true",
                         help="replace an existing database (it is kept aside, not deleted)")
    restore.set_defaults(handler=_cmd_restore)
    rotate = commands.add_parser("rotate-key", parents=[common],
                                 help="re-encrypt the database under a new key (administrators)")
    rotate.set_defaults(handler=_cmd_rotate_key)
    purge = commands.add_parser("purge", parents=[common],
                                help="list or purge closed cases past retention (administrators)")
    purge.add_argument("--case", help="purge this one case (by case code) on request")
    purge.add_argument("--expired", action="store_true",
                       help="purge every closed case past the retention period")
    purge.set_defaults(handler=_cmd_purge)
    return parser


def _add_user_commands(commands, common: argparse.ArgumentParser) -> None:
    new_password = argparse.ArgumentParser(add_help=False)
    new_password.add_argument(
        "--new-password-stdin", action="store_true",
        help="read the new password from standard input (after yours, with --password-stdin); "
             "else TIPDESK_NEW_PASSWORD, else a prompt")
    user = commands.add_parser("user", help="user accounts and passwords")
    actions = user.add_subparsers(dest="user_command", parser_class=_Parser, metavar="ACTION",
                                  required=True)
    add = actions.add_parser("add", parents=[common, new_password],
                             help="add an account (administrators)")
    add.add_argument("name")
    add.add_argument("--role", required=True, help="administrator, officer or focal-point")
    add.add_argument("--display-name", default=None, help="the person's full name")
    add.set_defaults(handler=_cmd_user_add)
    actions.add_parser("list", parents=[common], help="list accounts (administrators)"
                       ).set_defaults(handler=_cmd_user_list)
    for action, helptext in (("disable", "disable an account and remove its key slot"),
                             ("enable", "enable an account again, with a new password"),
                             ("reset-password", "set a new password, to be changed at sign-in")):
        parents = [common] if action == "disable" else [common, new_password]
        sub = actions.add_parser(action, parents=parents, help=helptext + " (administrators)")
        sub.add_argument("name")
        sub.set_defaults(handler=_cmd_user_change, user_action=action)
    actions.add_parser("passwd", parents=[common, new_password], help="change your own password"
                       ).set_defaults(handler=_cmd_user_passwd)
    recover = actions.add_parser(
        "recover", parents=[new_password],
        help="set a new password for an account with the office's recovery code "
             "(from TIPDESK_RECOVERY_CODE or a prompt)")
    recover.add_argument("name")
    recover.add_argument("--db", type=Path, default=None, help="office database file")
    recover.set_defaults(handler=_cmd_user_recover)


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def _require_user(args: argparse.Namespace) -> str:
    if not args.user:
        raise UsageError("--user NAME is required: give your TIPDesk user name.")
    return args.user


def read_password(args: argparse.Namespace, *, prompt: str = "Password: ",
                  confirm: bool = False) -> str:
    """Your password from TIPDESK_PASSWORD, --password-stdin, or a prompt without echo."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    from_env = os.environ.get("TIPDESK_PASSWORD")
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError("no password given: set TIPDESK_PASSWORD or use --password-stdin.")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != password:
        raise UsageError("the two passwords differ. Nothing was created; try again.")
    return password


def read_new_password(args: argparse.Namespace, whose: str) -> str:
    """The other person's new password: TIPDESK_NEW_PASSWORD, --new-password-stdin or a prompt."""
    if getattr(args, "new_password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    from_env = os.environ.get("TIPDESK_NEW_PASSWORD")
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError("no new password given: set TIPDESK_NEW_PASSWORD or use "
                         "--new-password-stdin.")
    password = getpass.getpass(f"New password for {whose}: ")
    if getpass.getpass("Type it again: ") != password:
        raise UsageError("the two passwords differ. Nothing was changed; try again.")
    return password


def _signed_in(args: argparse.Namespace, *, allow_must_change: bool = False):
    """Sign in with --user and the password; refuse if an admin-set password is unchanged."""
    from tipdesk.services.office import sign_in, sign_out

    office = sign_in(_db_path(args), _require_user(args), read_password(args))
    if office.user.must_change_password and not allow_must_change:
        sign_out(office)
        raise PermissionDenied(
            "your password was set by an administrator: change it first with "
            "'tipdesk user passwd'."
        )
    return office


def _cmd_user_add(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        users.resolve_role(args.role)
        summary = users.add_user(office, args.name, args.display_name, args.role,
                                 read_new_password(args, args.name))
    finally:
        sign_out(office)
    print(f"Added {summary.username} ({summary.role}). They must change the password at their "
          "first sign-in.")
    return 0


def _cmd_user_list(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        rows = users.list_users(office)
    finally:
        sign_out(office)
    print(f"{'USER':<20} {'ROLE':<14} {'STATE':<9} {'LAST SIGN-IN':<17} NAME")
    for row in rows:
        state = "active" if row.active else "disabled"
        last = row.last_sign_in_at.strftime("%Y-%m-%d %H:%M") if row.last_sign_in_at else "never"
        print(f"{row.username:<20} {row.role:<14} {state:<9} {last:<17} {row.display_name}")
    return 0


def _cmd_user_change(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        if args.user_action == "disable":
            users.set_active(office, args.name, False)
            message = f"Disabled {args.name}; their key slot is removed."
        elif args.user_action == "enable":
            users.set_active(office, args.name, True, read_new_password(args, args.name))
            message = f"Enabled {args.name}; they must change the password at sign-in."
        else:
            users.reset_password(office, args.name, read_new_password(args, args.name))
            message = f"Set a new password for {args.name}; they must change it at sign-in."
    finally:
        sign_out(office)
    print(message)
    return 0


def _cmd_user_passwd(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    current = read_password(args)
    from tipdesk.services.office import sign_in

    office = sign_in(_db_path(args), _require_user(args), current)
    try:
        users.change_own_password(office, current, read_new_password(args, office.user.username))
    finally:
        sign_out(office)
    print("Your password is changed.")
    return 0


def _cmd_user_recover(args: argparse.Namespace) -> int:
    from tipdesk.services import users

    code = os.environ.get("TIPDESK_RECOVERY_CODE")
    if code is None:
        if not sys.stdin.isatty():
            raise UsageError("no recovery code given: set TIPDESK_RECOVERY_CODE.")
        code = getpass.getpass("Recovery code: ")
    users.recover_with_code(_db_path(args), code, args.name, read_new_password(args, args.name))
    print(f"Set a new password for {args.name} with the recovery code.")
    return 0


def _cmd_cases_import(args: argparse.Namespace) -> int:
    from tipdesk.services.case_import import ImportRefused, import_register
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        result = import_register(office, args.file, allow_duplicates=args.allow_duplicates)
    except ImportRefused as refused:
        for problem in refused.problems:
            print(problem)
        raise
    finally:
        sign_out(office)
    print(f"Imported {len(result.codes)} cases ({result.codes[0]} to {result.codes[-1]})."
          if result.codes else "The file holds no cases.")
    if result.ignored_columns:
        print("Columns TIPDesk does not use (ignored): " + ", ".join(result.ignored_columns))
    return 0


def _cmd_cases_template(args: argparse.Namespace) -> int:
    from tipdesk.services.case_import import write_template

    write_template(args.file)
    print(f"Wrote the case register template {args.file}; the README lists its columns.")
    return 0


def _cmd_directory(args: argparse.Namespace) -> int:
    from tipdesk.services import directory_io
    from tipdesk.services.office import sign_out
    from tipdesk.services.tabular import ImportRefused

    office = _signed_in(args)
    try:
        if args.directory_action == "export":
            count = directory_io.export_directory(office, args.file)
            print(f"Exported {count} services to {args.file}.")
            return 0
        try:
            result = directory_io.import_directory(office, args.file, replace=args.replace)
        except ImportRefused as refused:
            for problem in refused.problems:
                print(problem)
            raise
    finally:
        sign_out(office)
    print(f"Directory imported: {result.added} added, {result.updated} updated, "
          f"{result.unchanged} unchanged, {result.removed} removed, "
          f"{result.deactivated} deactivated.")
    if result.ignored_columns:
        print("Columns TIPDesk does not use (ignored): " + ", ".join(result.ignored_columns))
    return 0


def _cmd_directory_template(args: argparse.Namespace) -> int:
    from tipdesk.services.directory_io import write_template

    write_template(args.file)
    print(f"Wrote the directory template {args.file}; the README lists its columns.")
    return 0


def _referral_id(text: str) -> int:
    tail = text.strip().rsplit("-", 1)[-1]
    if not tail.isdigit():
        raise UsageError(f"'{text}' is not a referral number such as REF-2026-00042.")
    return int(tail)


def _cmd_report_referral(args: argparse.Namespace) -> int:
    from tipdesk.reports.referral_form import write_referral_form
    from tipdesk.services.office import sign_out
    from tipdesk.services.referral_views import referral_view

    office = _signed_in(args)
    try:
        view = referral_view(office, _referral_id(args.referral), printing=True)
        try:
            write_referral_form(args.out, view)
        except OSError as exc:
            raise BadInput(f"{args.out} could not be written: {exc.strerror}.") from None
    finally:
        sign_out(office)
    print(f"Wrote the referral form {view.number} to {args.out}. It holds personal data: "
          "keep it safe and destroy it when no longer needed.")
    return 0


def _day(text: str | None, *, last: bool) -> date | None:
    """A date from YYYY-MM-DD, or the first (or last) day of a YYYY-MM month."""
    if not text:
        return None
    try:
        if len(text) == 7:
            first = date.fromisoformat(text + "-01")
            if not last:
                return first
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return following - timedelta(days=1)
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"'{text}' is not a date: write 2026-06 or 2026-06-30.") from None


def _cmd_report_summary(args: argparse.Namespace) -> int:
    from tipdesk.reports.summary_report import write_summary_report
    from tipdesk.services.office import sign_out
    from tipdesk.services.statistics import build_summary

    office = _signed_in(args)
    try:
        summary = build_summary(office, period_from=_day(args.period_from, last=False),
                                period_to=_day(args.period_to, last=True), k=args.min_cell)
        try:
            write_summary_report(args.out, summary, office.info.name, office.info.country_name)
        except OSError as exc:
            raise BadInput(f"{args.out} could not be written: {exc.strerror}.") from None
    finally:
        sign_out(office)
    print(f"Wrote the anonymised summary to {args.out}: {summary.counted} cases counted, "
          f"{summary.excluded_without_consent} left out (no consent to statistics).")
    return 0


def _cmd_export_anonymised(args: argparse.Namespace) -> int:
    from tipdesk.services.anonymised_export import run_export
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        result = run_export(office, args.out, k=args.k)
    finally:
        sign_out(office)
    print(f"Wrote {result.rows} anonymised records to {args.out} (k = {result.k}; "
          f"{result.values_blanked} values blanked, {result.rows_dropped} records left out, "
          f"{result.excluded_without_consent} cases without consent to statistics).")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from tipdesk.services import demo
    from tipdesk.services.office import sign_in, sign_out

    if args.cases < 0 or args.cases > 1_000_000:
        raise UsageError("--cases must be between 0 and 1,000,000.")
    db_path = _db_path(args)
    if not db_path.exists():
        created = demo.create_demo_office(db_path)
        print(f"Created the demo office {db_path} (fictional data only).")
        print(f"  administrator: {created.admin}  password: {created.password}")
        for username, password in created.users:
            print(f"  {username}  password: {password}")
        office = sign_in(db_path, created.admin, created.password)
    else:
        office = _signed_in(args)
    try:
        step = max(args.cases // 10, 500)
        shown = 0
        for done in demo.generate_cases(office, args.cases, seed=args.seed):
            if done - shown >= step or done == args.cases:
                print(f"  {done} of {args.cases} cases", flush=True)
                shown = done
    finally:
        sign_out(office)
    print(f"Added {args.cases} fictional cases.")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from tipdesk.services.backup import make_backup
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        result = make_backup(office, args.out)
    finally:
        sign_out(office)
    print(f"Backup written and verified: {result.path} ({result.cases} cases, "
          f"{result.users} users). Store it away from this laptop.")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from tipdesk.services.backup import restore_backup

    code = os.environ.get("TIPDESK_RECOVERY_CODE")
    password = None if code else read_password(args)
    if not code:
        _require_user(args)
    result = restore_backup(args.backup, _db_path(args), username=args.user, password=password,
                            recovery_code=code, force=args.force)
    print(f"Restored {result.cases} cases to {result.db_path}.")
    for aside in result.replaced:
        print(f"  the replaced file is kept as {aside}")
    return 0


def _cmd_rotate_key(args: argparse.Namespace) -> int:
    from tipdesk.services.key_rotation import rotate_database_key
    from tipdesk.services.office import sign_out

    office = rotate_database_key(_signed_in(args))
    sign_out(office)
    print("The database is re-encrypted under a new key; every account and the recovery code "
          "open it as before. Make a new backup: older backups still use the old key.")
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    from tipdesk.services import retention
    from tipdesk.services.office import sign_out

    office = _signed_in(args)
    try:
        if args.case:
            retention.purge_case(office, args.case)
            print(f"Purged case {args.case}.")
        elif args.expired:
            codes = retention.purge_expired(office)
            print(f"Purged {len(codes)} closed cases past the retention period.")
        else:
            candidates = retention.purge_candidates(office)
            for c in candidates:
                print(f"{c.code}  closed {c.closed_on}")
            print(f"{len(candidates)} closed cases are past the retention period; "
                  "'tipdesk purge --expired' purges them.")
    finally:
        sign_out(office)
    return 0


def _cmd_init(args: argparse.Namespace) -> int:
    from tipdesk.services.office import initialise_office

    user = _require_user(args)
    if not args.office:
        raise UsageError("--office NAME is required, e.g. --office 'Maroua field office'.")
    if not args.country:
        raise UsageError("--country ISO is required, e.g. --country CMR.")
    db_path = _db_path(args)
    if not args.db:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    password = read_password(args, prompt=f"New password for {user}: ", confirm=True)
    created = initialise_office(db_path, office_name=args.office, country=args.country,
                                admin_username=user, admin_display_name=args.display_name or user,
                                password=password)
    print(f"Created the TIPDesk office database {created.db_path}")
    print(f"  office: {created.office.name} ({created.office.country_name})")
    print(f"  key slots: {created.keys_path} (keep it with the database; backups carry both)")
    print(f"  first administrator: {user}")
    print()
    print(f"RECOVERY CODE (shown only this once): {created.recovery_code}")
    print("Print it or write it down now and keep it in the office safe. With it an")
    print("administrator can set a new password for anyone if passwords are forgotten;")
    print("anyone holding it and the database file can read every case.")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from tipdesk.services.office import check_office

    user = _require_user(args)
    report = check_office(_db_path(args), user, read_password(args))
    print(report.verdict())
    return 0 if report.ok else 5


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from tipdesk.ui.app import run

            return run(_db_path(args))
        return args.handler(args)
    except TipdeskError as exc:
        if args.debug:
            traceback.print_exc()
        sys.stderr.write(f"tipdesk: {exc}\n")
        return exc.exit_code
    except DRIVER_ERRORS as exc:
        from tipdesk.store.database import explain_database_error

        if args.debug:
            traceback.print_exc()
        problem = explain_database_error(_db_path(args), exc)
        sys.stderr.write(f"tipdesk: {problem}\n")
        return problem.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("tipdesk: interrupted.\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback with case data
        if args.debug:
            traceback.print_exc()
        sys.stderr.write(
            f"tipdesk: unexpected error ({exc.__class__.__name__}). Nothing reported as done "
            "was lost. Run again with --debug to see details, and report it.\n"
        )
        return 1
