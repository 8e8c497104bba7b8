"""What every command shares: the parser, the database options, passwords, signing in."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from tipdesk.errors import PermissionDenied, UsageError
from tipdesk.i18n import translate
from tipdesk.paths import default_db_path

LONGEST_LINE = 2000
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` on one line (line breaks and control characters escaped), cut if very long."""
    text = CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)
    if len(text) > LONGEST_LINE:
        half = LONGEST_LINE // 2
        text = f"{text[:half]} … {text[-half:]}"
    return text


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem in one line and exits 2."""

    def error(self, message: str):  # type: ignore[override]
        message = one_line(message)
        usage = translate("cli", "Run '{command} --help' for usage.").format(command=self.prog)
        sys.stderr.write(f"{self.prog}: {message}. {usage}\n")
        raise SystemExit(2)


def database_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=None,
        help="office database file (default: %(default)s in your data folder)",
    )
    common.add_argument("--user", help="your user name")
    common.add_argument(
        "--password-stdin",
        action="store_true",
        help="read your password from the first line of standard input "
        "(else TIPDESK_PASSWORD, else a prompt)",
    )
    return common


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def require_user(args: argparse.Namespace) -> str:
    if not args.user:
        raise UsageError(translate("cli", "--user NAME is required: give your TIPDesk user name."))
    return args.user


def read_password(args: argparse.Namespace, *, prompt: str = "", confirm: bool = False) -> str:
    """Your password from TIPDESK_PASSWORD, --password-stdin, or a prompt without echo."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    from_env = os.environ.get("TIPDESK_PASSWORD")
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(
            translate("cli", "no password given: set TIPDESK_PASSWORD or use --password-stdin.")
        )
    password = getpass.getpass(prompt or translate("cli", "Password: "))
    if confirm and getpass.getpass(translate("cli", "Type it again: ")) != password:
        raise UsageError(
            translate("cli", "the two passwords differ. Nothing was created; try again.")
        )
    return password


def read_new_password(args: argparse.Namespace, whose: str) -> str:
    """The other person's new password: TIPDESK_NEW_PASSWORD, --new-password-stdin or a prompt."""
    if getattr(args, "new_password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    from_env = os.environ.get("TIPDESK_NEW_PASSWORD")
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(
            translate(
                "cli",
                "no new password given: set TIPDESK_NEW_PASSWORD or use --new-password-stdin.",
            )
        )
    password = getpass.getpass(translate("cli", "New password for {user}: ").format(user=whose))
    if getpass.getpass(translate("cli", "Type it again: ")) != password:
        raise UsageError(
            translate("cli", "the two passwords differ. Nothing was changed; try again.")
        )
    return password


def signed_in(args: argparse.Namespace, *, allow_must_change: bool = False):
    """Sign in with --user and the password; refuse if an admin-set password is unchanged."""
    from tipdesk.services.office import sign_in, sign_out

    office = sign_in(db_path(args), require_user(args), read_password(args))
    if office.user.must_change_password and not allow_must_change:
        sign_out(office)
        raise PermissionDenied(
            translate(
                "cli",
                "your password was set by an administrator: change it first with "
                "'tipdesk user passwd'.",
            )
        )
    return office


@contextmanager
def listing_problems():
    """Print every problem of a refused import, one a line, before the one-line error."""
    from tipdesk.services.tabular import ImportRefused

    try:
        yield
    except ImportRefused as refused:
        for problem in refused.problems:
            print(
                translate("cli", "row {row}, column {column} ({value}): {reason}").format(
                    row=problem.row,
                    column=problem.column,
                    value=repr(problem.value),
                    reason=problem.reason,
                )
            )
        raise


def print_ignored(columns: list[str]) -> None:
    if columns:
        print(
            translate("cli", "Columns TIPDesk does not use (ignored): {columns}").format(
                columns=", ".join(columns)
            )
        )
