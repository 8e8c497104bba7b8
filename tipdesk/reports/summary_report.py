"""The anonymised summary report (A4 PDF) for the protection cluster: tables and charts of
suppressed counts only; no name, code, exact date, exact age, free text or officer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from tipdesk.i18n import country_name, translate
from tipdesk.reports.common import build_pdf, styles
from tipdesk.reports.fonts import SANS
from tipdesk.reports.text import markup
from tipdesk.services.disclosure import CountTable, published
from tipdesk.services.statistics import Summary

WIDTH = 174 * mm
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")
BARS = [colors.HexColor("#1f3a5f"), colors.HexColor("#6b9ac4")]
HIDDEN_BAR = colors.HexColor("#c8ccd2")


def write_summary_report(
    path: Path,
    summary: Summary,
    office_name: str,
    country: str,
    generated: date | None = None,
) -> None:
    """Write the anonymised summary as a PDF at `path`, in the language in use."""
    st = styles()
    st["heading_cell"] = ParagraphStyle("heading_cell", parent=st["label"], fontSize=6.5, leading=8)

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), st[style])

    k = summary.k
    period = (
        translate("SummaryReport", "%1 to %2")
        .replace("%1", summary.first_month)
        .replace("%2", summary.last_month)
    )
    story = [
        Spacer(1, 30 * mm),
        p(translate("SummaryReport", "Anonymised summary of trafficking cases"), "title"),
        p(f"{office_name}, {country_name(country)}"),
        Spacer(1, 8 * mm),
        _key_values(
            [
                (translate("SummaryReport", "Period (registration month)"), period),
                (translate("SummaryReport", "Generated"), (generated or date.today()).isoformat()),
                (translate("SummaryReport", "Cases counted"), _count(summary.counted, k)),
                (
                    translate(
                        "SummaryReport", "Cases left out: no consent to anonymised statistics"
                    ),
                    _count(summary.excluded_without_consent, k),
                ),
            ],
            st,
        ),
        Spacer(1, 8 * mm),
        p(translate("SummaryReport", "How small numbers are protected"), "heading"),
        p(
            translate(
                "SummaryReport",
                "Every count from 1 to %1 is shown as \u201c<%2\u201d. Further counts are "
                "hidden in the same way wherever a hidden count could otherwise be worked out"
                " from a row or column total. Only cases whose person consented to anonymised"
                " statistics are counted. The report holds no names, case codes, dates of "
                "birth, exact dates or ages, free text, staff names, or places below the "
                "first administrative level.",
            )
            .replace("%1", str(k - 1))
            .replace("%2", str(k))
        ),
        PageBreak(),
    ]
    for table in summary.tables:
        story += _section(table, k, st)
    story.append(p(translate("SummaryReport", "Gaps in the service directory"), "heading"))
    if summary.gaps:
        rows = [
            [
                p(translate("SummaryReport", "Sector"), "label"),
                p(translate("SummaryReport", "Region"), "label"),
                p(translate("SummaryReport", "Missing"), "label"),
            ]
        ]
        rows += [
            [p(translate("vocab", sector)), p(region), p(_gap_kinds(kinds))]
            for sector, region, kinds in summary.gaps
        ]
        story.append(_grid(rows, [60 * mm, 34 * mm, WIDTH - 94 * mm]))
    else:
        story.append(
            p(
                translate(
                    "SummaryReport",
                    "No gaps: every sector of every region has an active service "
                    "that accepts trafficking cases and serves men, older people "
                    "and non-nationals.",
                )
            )
        )
    build_pdf(
        path,
        story,
        title=translate("SummaryReport", "Anonymised summary"),
        footer=translate("SummaryReport", "Anonymised summary"),
    )


def _gap_kinds(kinds: str) -> str:
    """The translated names of a region's missing kinds of service ("; " between them)."""
    return "; ".join(translate("gaps", kind) for kind in kinds.split("; "))


def _count(value: int, k: int) -> str:
    return f"<{k}" if 0 < value < k else str(value)


def _key_values(rows, st) -> Table:
    table = Table(
        [[Paragraph(markup(a), st["label"]), Paragraph(markup(b), st["body"])] for a, b in rows],
        colWidths=[80 * mm, WIDTH - 80 * mm],
    )
    table.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    return table


def _grid(rows, widths) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _section(table: CountTable, k: int, st) -> list:
    text = published(table, k)
    parts = [Paragraph(markup(translate("statistics", table.title)), st["heading"])]
    small = st["small"]
    if not table.two_way:
        labels = [translate("vocab", c) for c in table.column_labels]
        monthly = all(len(label) == 7 and label[4] == "-" for label in labels)
        first_header = (
            translate("SummaryReport", "Month")
            if monthly
            else translate("SummaryReport", "Category")
        )
        rows = [
            [
                Paragraph(markup(first_header), st["label"]),
                Paragraph(markup(translate("statistics", table.row_labels[0])), st["label"]),
            ]
        ]
        rows += [
            [Paragraph(markup(label), st["body"]), Paragraph(value, st["body"])]
            for label, value in zip(labels, text[0], strict=False)
        ]
        if table.totals:
            rows.append(
                [
                    Paragraph(markup(translate("SummaryReport", "Total")), st["label"]),
                    Paragraph(text[0][-1], st["label"]),
                ]
            )
        chart = _chart_months(table) if monthly else _chart_one_way(labels, table)
        if monthly:  # a long list of months: two columns of month | count
            data = rows[1:]
            half = (len(data) + 1) // 2
            left, right = [rows[0], *data[:half]], [rows[0], *data[half:]]
            right += [["", ""]] * (len(left) - len(right))
            rows = [a + b for a, b in zip(left, right, strict=True)]
            widths = [30 * mm, 57 * mm, 30 * mm, 57 * mm]
        else:
            widths = [120 * mm, WIDTH - 120 * mm]
        parts += [
            chart,
            Paragraph(
                markup(
                    translate(
                        "SummaryReport",
                        "Grey bars: fewer than %1 cases; the exact number is not shown.",
                    ).replace("%1", str(k))
                ),
                small,
            )
            if any(table.hidden[0])
            else Spacer(1, 1),
            Spacer(1, 2 * mm),
            _grid(rows, widths),
        ]
    else:
        header = (
            [""]
            + [translate("vocab", c) for c in table.column_labels]
            + [translate("SummaryReport", "Total")]
        )
        body = [
            [translate("vocab", label)] + row
            for label, row in zip(
                table.row_labels + [translate("SummaryReport", "Total")], text, strict=True
            )
        ]
        first = 30 * mm
        other = (WIDTH - first) / (len(header) - 1)
        rows = [
            [
                Paragraph(
                    markup(str(cell)),
                    st["label"] if c == 0 else st["heading_cell"] if r == 0 else small,
                )
                for c, cell in enumerate(row)
            ]
            for r, row in enumerate([header, *body])
        ]
        parts.append(_grid(rows, [first] + [other] * (len(header) - 1)))
    if table.note:
        parts.append(Paragraph(markup(translate("statistics", table.note)), small))
    parts.append(Spacer(1, 4 * mm))
    if len(table.column_labels) < 20:
        return [KeepTogether(parts)]
    return [KeepTogether(parts[:3]), *parts[3:]]  # a long table: keep its title with the chart


def _bar_values(table: CountTable) -> tuple[list[float], list[int]]:
    """Bar lengths with hidden counts drawn as a grey stub (half of K), and their indexes."""
    k = table.k
    values, hidden = [], []
    for index, (count, is_hidden) in enumerate(zip(table.counts[0], table.hidden[0], strict=False)):
        values.append(k / 2 if is_hidden else count)
        if is_hidden:
            hidden.append(index)
    return values, hidden


def _chart_one_way(labels: list[str], table: CountTable) -> Drawing:
    values, hidden = _bar_values(table)
    height = max(40, 11 * len(labels))
    drawing = Drawing(WIDTH, height + 16)  # room below the bars for the axis's numbers
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 70 * mm, 12, WIDTH - 80 * mm, height
    chart.data = [list(reversed(values))]
    for index in hidden:
        chart.bars[(0, len(values) - 1 - index)].fillColor = HIDDEN_BAR
    chart.categoryAxis.categoryNames = [_fit(label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BARS[0]
    chart.bars.strokeColor = None
    drawing.add(chart)
    return drawing


def _fit(label: str, most: int = 58) -> str:
    """A bar's label as it fits left of the chart (French labels run longer than English)."""
    return label if len(label) <= most else label[: most - 1] + "…"


def _chart_months(table: CountTable) -> Drawing:
    drawing = Drawing(WIDTH, 60 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, WIDTH - 16 * mm, 42 * mm
    values, hidden = _bar_values(table)
    chart.data = [values]
    for index in hidden:
        chart.bars[(0, index)].fillColor = HIDDEN_BAR
    chart.categoryAxis.categoryNames = table.column_labels
    chart.categoryAxis.labels.angle = 60
    chart.categoryAxis.labels.boxAnchor = "ne"
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = SANS, 6
    chart.valueAxis.valueMin = 0
    for i, colour in enumerate(BARS[: len(chart.data)]):
        chart.bars[i].fillColor = colour
    chart.bars.strokeColor = None
    drawing.add(chart)
    return drawing
