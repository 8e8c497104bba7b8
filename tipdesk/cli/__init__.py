"""The `tipdesk` command: argument parsing and printing only; the work is in the services."""

from __future__ import annotations

import argparse
import contextlib
import sys
import traceback
from pathlib import Path

import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from tipdesk import __version__
from tipdesk.cli import (
    data_commands,
    office_commands,
    report_commands,
    selfcheck_command,
    user_commands,
)
from tipdesk.cli.common import Parser, database_options, db_path, one_line
from tipdesk.errors import BadInput, TipdeskError, UsageError
from tipdesk.i18n import environment_language, translate, use_language

# Driver errors that escape a service are explained in one line, never shown raw.
DRIVER_ERRORS = (sqlalchemy.exc.DatabaseError, sqlcipher.DatabaseError)


def build_parser() -> argparse.ArgumentParser:
    common = database_options()
    parser = Parser(
        prog="tipdesk",
        description="TIPDesk: identify, assist and refer victims "
        "of trafficking. Without a command, starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"TIPDesk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--db", type=Path, default=None, help="office database file for the GUI")
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for module in (
        office_commands,
        user_commands,
        data_commands,
        report_commands,
        selfcheck_command,
    ):
        module.register(commands, common)
    return parser


def _check_paths(args: argparse.Namespace) -> None:
    """Refuse, as a usage error, a path argument that cannot name a file: one holding a NUL
    character, or one without a file name ("", ".", "/"); every path argument is a file."""
    for name, value in vars(args).items():
        if not isinstance(value, Path):
            continue
        option = name.replace("_", "-")
        if "\x00" in str(value):
            raise UsageError(f"the {option} path holds a NUL character; give a real file path.")
        if value.name in ("", ".", ".."):
            raise UsageError(f"the {option} path '{value}' names no file; give a file path.")


def main(argv: list[str] | None = None) -> int:
    use_language(environment_language())  # TIPDESK_LANG, else the locale; the GUI picks its own
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is still printed
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check_paths(args)
        if args.command is None:
            from tipdesk.ui.app import run

            return run(db_path(args))
        return args.handler(args)
    except TipdeskError as exc:
        if args.debug:
            traceback.print_exc()
        sys.stderr.write(f"tipdesk: {one_line(str(exc))}\n")
        return exc.exit_code
    except OSError as exc:  # a path the system refuses: too long, a folder, no permission
        if args.debug:
            traceback.print_exc()
        where = one_line(str(exc.filename)) if exc.filename is not None else "a file"
        reason = exc.strerror or exc.__class__.__name__
        sys.stderr.write(f"tipdesk: {where}: {reason}. Check the path and try again.\n")
        return BadInput.exit_code
    except DRIVER_ERRORS as exc:
        from tipdesk.store.database import explain_database_error

        if args.debug:
            traceback.print_exc()
        problem = explain_database_error(db_path(args), exc)
        sys.stderr.write(f"tipdesk: {one_line(str(problem))}\n")
        return problem.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("tipdesk: " + translate("cli", "interrupted.") + "\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback with case data
        if args.debug:
            traceback.print_exc()
        message = translate(
            "cli",
            "unexpected error ({kind}). Nothing reported as done was lost. Run again with "
            "--debug to see details, and report it.",
        ).format(kind=exc.__class__.__name__)
        sys.stderr.write(f"tipdesk: {message}\n")
        return 1
