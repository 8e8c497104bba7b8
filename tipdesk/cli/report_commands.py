"""PDF reports, referral forms and the anonymised export."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from tipdesk.cli.common import (
    Parser,
    signed_in,
)
from tipdesk.errors import BadInput, UsageError
from tipdesk.i18n import translate


def register(commands, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser("report", help="PDF reports and forms")
    report_kinds = report.add_subparsers(
        dest="report_kind", parser_class=Parser, metavar="KIND", required=True
    )
    referral_form = report_kinds.add_parser(
        "referral", parents=[common], help="the printable form of one referral"
    )
    referral_form.add_argument(
        "--referral", required=True, help="referral number (REF-2026-00042) or its id"
    )
    referral_form.add_argument("--out", type=Path, required=True, help="the PDF to write")
    referral_form.set_defaults(handler=_cmd_report_referral)
    summary = report_kinds.add_parser(
        "summary", parents=[common], help="the anonymised summary for the protection cluster"
    )
    summary.add_argument("--out", type=Path, required=True, help="the PDF to write")
    summary.add_argument("--from", dest="period_from", help="first day or month (2026-01)")
    summary.add_argument("--to", dest="period_to", help="last day or month (2026-06)")
    summary.add_argument(
        "--min-cell",
        type=int,
        default=5,
        help="counts below this are shown as <K (3 to 20; default 5)",
    )
    summary.set_defaults(handler=_cmd_report_summary)

    export = commands.add_parser("export", help="anonymised case-level data")
    export_kinds = export.add_subparsers(
        dest="export_kind", parser_class=Parser, metavar="KIND", required=True
    )
    anonymised = export_kinds.add_parser(
        "anonymised", parents=[common], help="k-anonymous CTDC/HTCDS records (CSV or XLSX)"
    )
    anonymised.add_argument("--out", type=Path, required=True)
    anonymised.add_argument(
        "--k",
        type=int,
        default=11,
        help="every combination of quasi-identifiers appears at least k "
        "times (default 11, as CTDC)",
    )
    anonymised.set_defaults(handler=_cmd_export_anonymised)


def _referral_id(text: str) -> int:
    tail = text.strip().rsplit("-", 1)[-1]
    if not tail.isdigit():
        raise UsageError(
            translate("cli", "'{text}' is not a referral number such as REF-2026-00042.").format(
                text=text
            )
        )
    return int(tail)


def _cmd_report_referral(args: argparse.Namespace) -> int:
    from tipdesk.reports.referral_form import write_referral_form
    from tipdesk.services.office import sign_out
    from tipdesk.services.referral_views import referral_view

    office = signed_in(args)
    try:
        view = referral_view(office, _referral_id(args.referral), printing=True)
        try:
            write_referral_form(args.out, view)
        except OSError as exc:
            raise BadInput(_not_written(args.out, exc)) from None
    finally:
        sign_out(office)
    print(
        translate(
            "cli",
            "Wrote the referral form {number} to {file}. It holds personal data: keep it "
            "safe and destroy it when no longer needed.",
        ).format(number=view.number, file=args.out)
    )
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
        raise UsageError(
            translate("cli", "'{text}' is not a date: write 2026-06 or 2026-06-30.").format(
                text=text
            )
        ) from None


def _cmd_report_summary(args: argparse.Namespace) -> int:
    from tipdesk.reports.summary_report import write_summary_report
    from tipdesk.services.office import sign_out
    from tipdesk.services.statistics import build_summary

    office = signed_in(args)
    try:
        summary = build_summary(
            office,
            period_from=_day(args.period_from, last=False),
            period_to=_day(args.period_to, last=True),
            k=args.min_cell,
        )
        try:
            write_summary_report(args.out, summary, office.info.name, office.info.country_name)
        except OSError as exc:
            raise BadInput(_not_written(args.out, exc)) from None
    finally:
        sign_out(office)
    print(
        translate(
            "cli",
            "Wrote the anonymised summary to {file}: {counted} cases counted, {excluded} left "
            "out (no consent to statistics).",
        ).format(file=args.out, counted=summary.counted, excluded=summary.excluded_without_consent)
    )
    return 0


def _cmd_export_anonymised(args: argparse.Namespace) -> int:
    from tipdesk.services.anonymised_export import run_export
    from tipdesk.services.office import sign_out

    office = signed_in(args)
    try:
        result = run_export(office, args.out, k=args.k)
    finally:
        sign_out(office)
    print(
        translate(
            "cli",
            "Wrote {rows} anonymised records to {file} (k = {k}; {blanked} values blanked, "
            "{dropped} records left out, {excluded} cases without consent to statistics).",
        ).format(
            rows=result.rows,
            file=args.out,
            k=result.k,
            blanked=result.values_blanked,
            dropped=result.rows_dropped,
            excluded=result.excluded_without_consent,
        )
    )
    return 0


def _not_written(path: Path, exc: OSError) -> str:
    return translate("cli", "{file} could not be written: {reason}.").format(
        file=path, reason=exc.strerror
    )
