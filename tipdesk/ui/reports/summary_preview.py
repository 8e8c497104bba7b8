"""The summary as it will be published, shown inside the page before it is saved as a PDF.

Only what the PDF publishes is shown: the suppressed grids with their own margins, never a
new subtotal (a per-year total, say) that could give a hidden cell away.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from tipdesk.i18n import current_language
from tipdesk.services.disclosure import CountTable, published
from tipdesk.services.statistics import Summary

HIDDEN_BG = "#fff4e0"
HIDDEN_FG = "#7a3e00"
HEADER_BG = "#eef2f6"
MONTH = re.compile(r"^\d{4}-\d{2}$")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def published_count(value: int, k: int) -> str:
    """A headline count as the PDF prints it: "<K" from 1 to K-1."""
    return f"<{k}" if 0 < value < k else str(value)


def _cell(
    text: str, *, hidden: bool = False, header: bool = False, number: bool = False, width: str = ""
) -> str:
    attributes = ' align="right"' if number else ""
    if width:
        attributes += f' width="{width}"'
    if hidden:
        attributes += f' bgcolor="{HIDDEN_BG}"'
        text = f'<span style="color:{HIDDEN_FG}; font-weight:600">{escape(text)}</span>'
    elif header:
        attributes += f' bgcolor="{HEADER_BG}"'
        text = f"<b>{escape(text)}</b>"
    else:
        text = escape(text)
    return f"<td{attributes}>{text}</td>"


def _table(rows: list[str], *, full_width: bool = False) -> str:
    width = ' width="100%"' if full_width else ""
    return (
        f'<table{width} border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse: collapse; border-color: #9aa5b1;">'
        + "".join(f"<tr>{row}</tr>" for row in rows)
        + "</table>"
    )


def _months_html(table: CountTable, text: list[list[str]]) -> str:
    """A year per row, a month per column; months outside the period stay blank."""
    locale = QLocale(current_language())  # month names in the language of the window
    short = QLocale.FormatType.ShortFormat
    cells = {label: (text[0][c], table.hidden[0][c]) for c, label in enumerate(table.column_labels)}
    years = sorted({label[:4] for label in table.column_labels})
    header = _cell(translate("SummaryPreview", "Year"), header=True) + "".join(
        _cell(locale.standaloneMonthName(m, short), header=True, number=True) for m in range(1, 13)
    )
    rows = [header]
    for year in years:
        row = _cell(year, header=True)
        for month in range(1, 13):
            value, hidden = cells.get(f"{year}-{month:02d}", ("", False))
            row += _cell(value, hidden=hidden, number=True)
        rows.append(row)
    html = _table(rows)
    if table.totals:
        total, hidden = text[0][-1], table.hidden[0][-1]
        html += "<p>{}: {}</p>".format(
            escape(translate("SummaryPreview", "Total")), _span(total, hidden)
        )
    return html


def _span(text: str, hidden: bool) -> str:
    if not hidden:
        return f"<b>{escape(text)}</b>"
    return f'<span style="background:{HIDDEN_BG}; color:{HIDDEN_FG}">{escape(text)}</span>'


def _one_way_html(table: CountTable, text: list[list[str]]) -> str:
    rows = [
        _cell(translate("SummaryPreview", "Category"), header=True)
        + _cell(translate("statistics", table.row_labels[0]), header=True, number=True)
    ]
    for c, label in enumerate(table.column_labels):
        rows.append(
            _cell(translate("vocab", label))
            + _cell(text[0][c], hidden=table.hidden[0][c], number=True)
        )
    if table.totals:
        rows.append(
            _cell(translate("SummaryPreview", "Total"), header=True)
            + _cell(text[0][-1], hidden=table.hidden[0][-1], number=True)
        )
    return _table(rows)


def _two_way_html(table: CountTable, text: list[list[str]]) -> str:
    total = translate("SummaryPreview", "Total")
    labels = [translate("vocab", c) for c in table.column_labels]
    if table.totals:
        labels.append(total)
    rows = [
        _cell("", header=True, width="24%")
        + "".join(_cell(x, header=True, number=True) for x in labels)
    ]
    row_labels = [translate("vocab", r) for r in table.row_labels]
    if table.totals:
        row_labels.append(total)
    for r, label in enumerate(row_labels):
        rows.append(
            _cell(label, header=True)
            + "".join(
                _cell(value, hidden=table.hidden[r][c], number=True)
                for c, value in enumerate(text[r])
            )
        )
    return _table(rows, full_width=True)


def table_html(table: CountTable, k: int) -> str:
    """One table of the summary: title, the published grid, its note."""
    text = published(table, k)
    html = f"<h3>{escape(translate('statistics', table.title))}</h3>"
    if table.column_labels and all(MONTH.match(c) for c in table.column_labels):
        html += _months_html(table, text)
    elif table.two_way:
        html += _two_way_html(table, text)
    else:
        html += _one_way_html(table, text)
    if table.note:
        html += f'<p style="color:#444444"><i>{escape(translate("statistics", table.note))}</i></p>'
    return html


class SummaryPreview(QTextBrowser):
    """A read-only, scrollable rendering of a `Summary`: headline counts, then every table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Preview of the anonymised summary"))
        self.summary: Summary | None = None
        self.show_placeholder(
            self.tr(
                "Choose the period and the minimum cell size, then press Preview to see every "
                "table as it will be published."
            )
        )

    def show_placeholder(self, text: str) -> None:
        self.summary = None
        self.setHtml(f'<p style="color:#555555">{escape(text)}</p>')

    def show_summary(self, summary: Summary) -> None:
        self.summary = summary
        k = summary.k
        period = (
            self.tr("%1 to %2").replace("%1", summary.first_month).replace("%2", summary.last_month)
        )
        legend = self.tr(
            "Cells marked %1 hold a count under %2, or a count hidden so that a small one "
            "cannot be worked out from the totals."
        ).replace("%2", str(k))
        parts = [
            "<h2>{}</h2>".format(escape(self.tr("Anonymised summary"))),
            "<p>{}: <b>{}</b><br>{}: <b>{}</b><br>{}: <b>{}</b></p>".format(
                escape(self.tr("Period (registration month)")),
                escape(period),
                escape(self.tr("Cases counted")),
                published_count(summary.counted, k),
                escape(self.tr("Cases left out: no consent to anonymised statistics")),
                published_count(summary.excluded_without_consent, k),
            ),
            "<p>{}</p>".format(escape(legend).replace("%1", _span(f"<{k}", True))),
        ]
        parts += [table_html(table, k) for table in summary.tables]
        parts.append("<h3>{}</h3>".format(escape(self.tr("Gaps in the service directory"))))
        if summary.gaps:
            rows = [
                _cell(self.tr("Sector"), header=True)
                + _cell(self.tr("Region"), header=True)
                + _cell(self.tr("Missing"), header=True)
            ]
            rows += [
                _cell(translate("vocab", sector))
                + _cell(region)
                + _cell("; ".join(translate("gaps", kind) for kind in kinds.split("; ")))
                for sector, region, kinds in summary.gaps
            ]
            parts.append(_table(rows))
        else:
            parts.append(
                "<p>{}</p>".format(
                    escape(
                        self.tr(
                            "No gaps: every sector of every region has an active service that "
                            "accepts "
                            "trafficking cases and serves men, older people and non-nationals."
                        )
                    )
                )
            )
        self.setHtml("".join(parts))
