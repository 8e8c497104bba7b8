"""User accounts and passwords."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from tipdesk.cli.common import (
    Parser,
    db_path,
    read_new_password,
    read_password,
    require_user,
    signed_in,
)
from tipdesk.errors import UsageError
from tipdesk.i18n import translate
from tipdesk.models import vocab as v


def register(commands, common: argparse.ArgumentParser) -> None:
    new_password = argparse.ArgumentParser(add_help=False)
    new_password.add_argument(
        "--new-password-stdin",
        action="store_true",
        help="read the new password from standard input (after yours, with --password-stdin); "
        "else TIPDESK_NEW_PASSWORD, else a prompt",
    )
    user = commands.add_parser("user", help="user accounts and passwords")
    actions = user.add_subparsers(
        dest="user_command", parser_class=Parser, metavar="ACTION", required=True
    )
    add = actions.add_parser(
        "add", parents=[common, new_password], help="add an account (administrators)"
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, help="administrator, officer or focal-point")
    add.add_argument("--display-name", default=None, help="the person's full name")
    add.set_defaults(handler=_cmd_user_add)
    actions.add_parser(
        "list", parents=[common], help="list accounts (administrators)"
    ).set_defaults(handler=_cmd_user_list)
    for action, helptext in (
        ("disable", "disable an account and remove its key slot"),
        ("enable", "enable an account again, with a new password"),
        ("reset-password", "set a new password, to be changed at sign-in"),
    ):
        parents = [common] if action == "disable" else [common, new_password]
        sub = actions.add_parser(action, parents=parents, help=helptext + " (administrators)")
        sub.add_argument("name")
        sub.set_defaults(handler=_cmd_user_change, user_action=action)
    actions.add_parser(
        "passwd", parents=[common, new_password], help="change your own password"
    ).set_defaults(handler=_cmd_user_passwd)
    recover = actions.add_parser(
        "recover",
        parents=[new_password],
        help="set a new password for an account with the office's recovery code "
        "(from TIPDESK_RECOVERY_CODE or a prompt)",
    )
    recover.add_argument("name")
    recover.add_argument("--db", type=Path, default=None, help="office database file")
    recover.set_defaults(handler=_cmd_user_recover)


def _cmd_user_add(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        users.resolve_role(args.role)
        summary = users.add_user(
            office, args.name, args.display_name, args.role, read_new_password(args, args.name)
        )
    finally:
        sign_out(office)
    print(
        translate(
            "cli", "Added {user} ({role}). They must change the password at their first sign-in."
        ).format(user=summary.username, role=translate("vocab", v.ROLES.label(summary.role)))
    )
    return 0


def _cmd_user_list(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        rows = users.list_users(office)
    finally:
        sign_out(office)
    headings = [
        translate("cli", "USER"),
        translate("cli", "ROLE"),
        translate("cli", "STATE"),
        translate("cli", "LAST SIGN-IN"),
        translate("cli", "NAME"),
    ]
    widths = [max(least, len(heading)) for least, heading in zip(WIDTHS, headings, strict=False)]
    print(_columns(headings, widths))
    for row in rows:
        state = translate("cli", "active") if row.active else translate("cli", "disabled")
        last = (
            row.last_sign_in_at.strftime("%Y-%m-%d %H:%M")
            if row.last_sign_in_at
            else translate("cli", "never")
        )
        print(_columns([row.username, row.role, state, last, row.display_name], widths))
    return 0


WIDTHS = (20, 14, 9, 17)  # user, role, state, last sign-in; the name takes what it needs


def _columns(cells: list[str], widths: list[int]) -> str:
    """One line of the account list, in columns as wide as their headings at least."""
    padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
    return " ".join(padded + cells[len(widths) :])


def _cmd_user_change(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        if args.user_action == "disable":
            users.set_active(office, args.name, False)
            message = translate("cli", "Disabled {user}; their key slot is removed.").format(
                user=args.name
            )
        elif args.user_action == "enable":
            users.set_active(office, args.name, True, read_new_password(args, args.name))
            message = translate(
                "cli", "Enabled {user}; they must change the password at sign-in."
            ).format(user=args.name)
        else:
            users.reset_password(office, args.name, read_new_password(args, args.name))
            message = translate(
                "cli", "Set a new password for {user}; they must change it at sign-in."
            ).format(user=args.name)
    finally:
        sign_out(office)
    print(message)
    return 0


def _cmd_user_passwd(args: argparse.Namespace) -> int:
    from tipdesk.services import users
    from tipdesk.services.office import sign_out

    current = read_password(args)
    from tipdesk.services.office import sign_in

    office = sign_in(db_path(args), require_user(args), current)
    try:
        users.change_own_password(office, current, read_new_password(args, office.user.username))
    finally:
        sign_out(office)
    print(translate("cli", "Your password is changed."))
    return 0


def _cmd_user_recover(args: argparse.Namespace) -> int:
    from tipdesk.services import users

    code = os.environ.get("TIPDESK_RECOVERY_CODE")
    if code is None:
        if not sys.stdin.isatty():
            raise UsageError(translate("cli", "no recovery code given: set TIPDESK_RECOVERY_CODE."))
        code = getpass.getpass(translate("cli", "Recovery code: "))
    users.recover_with_code(db_path(args), code, args.name, read_new_password(args, args.name))
    print(
        translate("cli", "Set a new password for {user} with the recovery code.").format(
            user=args.name
        )
    )
    return 0
