"""The recovery-code sheet printed or saved once when an office database is created.

The wording lives here once; the GUI's print path reuses it through `sheet_text()`, so the
printed page and the PDF say the same thing. Strings are marked for Qt Linguist without
importing Qt; they come out in the language in use unless a caller passes its own
`translate(context, text)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tipdesk.i18n import QT_TRANSLATE_NOOP, Translate
from tipdesk.i18n import translate as _translate

CONTEXT = "RecoverySheet"

_TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "TIPDesk recovery code")
_OFFICE = QT_TRANSLATE_NOOP("RecoverySheet", "Office")
_COUNTRY = QT_TRANSLATE_NOOP("RecoverySheet", "Country")
_CREATED = QT_TRANSLATE_NOOP("RecoverySheet", "Created")
_WARNING = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "Keep in the office safe. Anyone with this code and the database can read every case.",
)
_HEADING = QT_TRANSLATE_NOOP("RecoverySheet", "What this code is for")
_INSTRUCTIONS = (
    QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "This code opens the office database if every password has been forgotten. It "
        "is the only way back: without a password or this code, nobody can read the "
        "cases, not even the people who made TIPDesk.",
    ),
    QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Keep this sheet in a sealed envelope in the office safe. Do not photograph it, "
        "e-mail it or keep a copy on the laptop.",
    ),
    QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "When you type the code, only the letters and digits count; dashes and spaces "
        "do not matter.",
    ),
    QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "If this sheet is lost, or someone who should not have it may have seen it, "
        "tell the office administrator at once.",
    ),
)
_SIGNED = QT_TRANSLATE_NOOP("RecoverySheet", "Placed in the safe by (name, signature, date):")


@dataclass(frozen=True)
class SheetText:
    """The translated wording of the sheet, for any renderer."""

    title: str
    office_label: str
    country_label: str
    created_label: str
    warning: str
    heading: str
    instructions: tuple[str, ...]
    signed: str


def sheet_text(translate: Translate | None = None) -> SheetText:
    """The sheet's wording, by `translate(context, text)` (default: the language in use)."""
    tr = translate or _translate
    return SheetText(
        title=tr(CONTEXT, _TITLE),
        office_label=tr(CONTEXT, _OFFICE),
        country_label=tr(CONTEXT, _COUNTRY),
        created_label=tr(CONTEXT, _CREATED),
        warning=tr(CONTEXT, _WARNING),
        heading=tr(CONTEXT, _HEADING),
        instructions=tuple(tr(CONTEXT, line) for line in _INSTRUCTIONS),
        signed=tr(CONTEXT, _SIGNED),
    )


def format_created(created: datetime) -> str:
    """The creation time as printed on the sheet (ISO date, unambiguous in every country)."""
    return created.strftime("%Y-%m-%d %H:%M")


def write_recovery_sheet(
    path: Path,
    office_name: str,
    country_name: str,
    recovery_code: str,
    created: datetime,
    *,
    translate: Translate | None = None,
) -> None:
    """Write the one-page A4 recovery sheet as a PDF at `path` (nothing else is written)."""
    text = sheet_text(translate)
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=11, leading=15)
    label = ParagraphStyle("label", parent=body, fontName="Helvetica-Bold")
    code_style = ParagraphStyle(
        "code", fontName="Courier-Bold", fontSize=24, leading=30, alignment=TA_CENTER
    )
    warning_style = ParagraphStyle(
        "warning",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=13,
        leading=18,
        alignment=TA_CENTER,
    )

    width = A4[0] - 40 * mm
    facts = Table(
        [
            [Paragraph(escape(text.office_label), label), Paragraph(escape(office_name), body)],
            [Paragraph(escape(text.country_label), label), Paragraph(escape(country_name), body)],
            [
                Paragraph(escape(text.created_label), label),
                Paragraph(escape(format_created(created)), body),
            ],
        ],
        colWidths=[35 * mm, width - 35 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    code_box = Table([[Paragraph(escape(recovery_code), code_style)]], colWidths=[width])
    code_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    warning_box = Table([[Paragraph(escape(text.warning), warning_style)]], colWidths=[width])
    warning_box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecea")),
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#b3261e")),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    instructions = ListFlowable(
        [ListItem(Paragraph(escape(line), body), leftIndent=12) for line in text.instructions],
        bulletType="bullet",
        start="\u2022",
        leftIndent=12,
    )
    story = [
        Paragraph(escape(text.title), styles["Title"]),
        Spacer(1, 4 * mm),
        facts,
        Spacer(1, 8 * mm),
        code_box,
        Spacer(1, 6 * mm),
        warning_box,
        Spacer(1, 8 * mm),
        Paragraph(escape(text.heading), styles["Heading2"]),
        instructions,
        Spacer(1, 16 * mm),
        Paragraph(escape(text.signed), body),
        Spacer(1, 14 * mm),
        Table(
            [[""]], colWidths=[width], style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]
        ),
    ]
    # The code goes on the page only: never into the PDF's metadata.
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=text.title,
        author="TIPDesk",
        subject=text.title,
        creator="TIPDesk",
    )
    doc.build(story)
