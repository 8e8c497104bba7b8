"""Case registers, the service directory and demo data, in and out of spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipdesk.cli.common import (
    Parser,
    db_path,
    listing_problems,
    print_ignored,
    signed_in,
)
from tipdesk.errors import UsageError
from tipdesk.i18n import Context, translate

cli = Context("cli")


def register(commands, common: argparse.ArgumentParser) -> None:
    cases = commands.add_parser("cases", help="case register import and template")
    case_actions = cases.add_subparsers(
        dest="cases_command", parser_class=Parser, metavar="ACTION", required=True
    )
    case_import = case_actions.add_parser(
        "import",
        parents=[common],
        help="import a case register (CSV or XLSX; TIPDesk template or HTCDS columns)",
    )
    case_import.add_argument("file", type=Path)
    case_import.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import rows that may be people who already have a case",
    )
    case_import.set_defaults(handler=_cmd_cases_import)
    case_template = case_actions.add_parser("template", help="write the import template")
    case_template.add_argument("file", type=Path)
    case_template.set_defaults(handler=_cmd_cases_template)

    directory = commands.add_parser("directory", help="the service directory as a spreadsheet")
    dir_actions = directory.add_subparsers(
        dest="directory_command", parser_class=Parser, metavar="ACTION", required=True
    )
    dir_import = dir_actions.add_parser(
        "import", parents=[common], help="import services (CSV or XLSX; administrators)"
    )
    dir_import.add_argument("file", type=Path)
    dir_import.add_argument(
        "--replace",
        action="store_true",
        help="remove services missing from the file (those with referrals are deactivated instead)",
    )
    dir_import.set_defaults(handler=_cmd_directory, directory_action="import")
    dir_export = dir_actions.add_parser(
        "export", parents=[common], help="export every service (CSV or XLSX)"
    )
    dir_export.add_argument("file", type=Path)
    dir_export.set_defaults(handler=_cmd_directory, directory_action="export")
    dir_template = dir_actions.add_parser("template", help="write the directory template")
    dir_template.add_argument("file", type=Path)
    dir_template.set_defaults(handler=_cmd_directory_template)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="fill a database with clearly fictional cases (a new demo office if PATH "
        "does not exist)",
    )
    demo.add_argument("--cases", type=int, required=True, help="how many cases to add")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.set_defaults(handler=_cmd_demo)


def _cmd_cases_import(args: argparse.Namespace) -> int:
    from tipdesk.services.case_import import import_register
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        with listing_problems():
            result = import_register(office, args.file, allow_duplicates=args.allow_duplicates)
    finally:
        sign_out(office)
    print(
        cli.tr("Imported %n case(s) ({first} to {last}).", "", len(result.codes)).format(
            first=result.codes[0], last=result.codes[-1]
        )
        if result.codes
        else translate("cli", "The file holds no cases.")
    )
    print_ignored(result.ignored_columns)
    return 0


def _cmd_cases_template(args: argparse.Namespace) -> int:
    from tipdesk.services.case_import import write_template

    write_template(args.file)
    print(
        translate(
            "cli",
            "Wrote the case register template {file}; docs/spreadsheets.md lists its columns.",
        ).format(file=args.file)
    )
    return 0


def _cmd_directory(args: argparse.Namespace) -> int:
    from tipdesk.services import directory_io
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        if args.directory_action == "export":
            count = directory_io.export_directory(office, args.file)
            print(cli.tr("Exported %n service(s) to {file}.", "", count).format(file=args.file))
            return 0
        with listing_problems():
            result = directory_io.import_directory(office, args.file, replace=args.replace)
    finally:
        sign_out(office)
    print(
        translate(
            "cli",
            "Directory imported: {added} added, {updated} updated, {unchanged} unchanged, "
            "{removed} removed, {deactivated} deactivated.",
        ).format(
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            removed=result.removed,
            deactivated=result.deactivated,
        )
    )
    print_ignored(result.ignored_columns)
    return 0


def _cmd_directory_template(args: argparse.Namespace) -> int:
    from tipdesk.services.directory_io import write_template

    write_template(args.file)
    print(
        translate(
            "cli", "Wrote the directory template {file}; docs/spreadsheets.md lists its columns."
        ).format(file=args.file)
    )
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from tipdesk.services import demo
    from tipdesk.services.office import sign_in, sign_out

    if args.cases < 0 or args.cases > 1_000_000:
        raise UsageError(translate("cli", "--cases must be between 0 and 1,000,000."))
    path = db_path(args)
    if not path.exists():
        created = demo.create_demo_office(path)
        print(
            translate("cli", "Created the demo office {path} (fictional data only).").format(
                path=path
            )
        )
        print(
            "  "
            + translate("cli", "administrator: {user}  password: {password}").format(
                user=created.admin, password=created.password
            )
        )
        for username, password in created.users:
            print(
                "  "
                + translate("cli", "{user}  password: {password}").format(
                    user=username, password=password
                )
            )
        office = sign_in(path, created.admin, created.password)
    else:
        office = signed_in(args)
    try:
        step = max(args.cases // 10, 500)
        shown = 0
        for done in demo.generate_cases(office, args.cases, seed=args.seed):
            if done - shown >= step or done == args.cases:
                print(
                    "  "
                    + translate("cli", "{done} of {total} cases").format(
                        done=done, total=args.cases
                    ),
                    flush=True,
                )
                shown = done
    finally:
        sign_out(office)
    print(cli.tr("Added %n fictional case(s).", "", args.cases))
    return 0
