"""What every TIPDesk PDF shares: fonts, styles, a "Confidential" footer with page numbers,
neutral metadata (never a name or a case code), and an atomic write."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from tipdesk.i18n import translate
from tipdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from tipdesk.store.atomic import fsync_directory, partial_path
from tipdesk.store.space import output_error


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # shaping=1: HarfBuzz joins Arabic letters (needs uharfbuzz; ReportLab skips it without)
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, shaping=1)
    return {
        "body": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "label": ParagraphStyle(
            "label",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=8.5,
            textColor=colors.HexColor("#333333"),
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#1f3a5f"),
        ),
        "warning": ParagraphStyle(
            "warning", parent=base, fontName=SANS_BOLD, textColor=colors.HexColor("#9b1c1c")
        ),
    }


class _NumberedPages:
    """Draws the footer once the page count is known (a two-pass 'page X of Y')."""

    def __init__(self, footer_left: str):
        self.footer_left = footer_left

    def canvasmaker(self):
        outer = self
        from reportlab.pdfgen.canvas import Canvas

        class NumberedCanvas(Canvas):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._pages = []

            def showPage(self):  # noqa: N802 - ReportLab's name
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    outer._footer(self, total)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def _footer(self, canvas, total: int) -> None:
        width, _ = A4
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 8)
        canvas.setFillColor(colors.HexColor("#9b1c1c"))
        canvas.drawString(18 * mm, 10 * mm, translate("Reports", "CONFIDENTIAL"))
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawCentredString(width / 2, 10 * mm, self.footer_left)
        page = (
            translate("Reports", "Page %1 of %2")
            .replace("%1", str(canvas.getPageNumber()))
            .replace("%2", str(total))
        )
        canvas.drawRightString(width - 18 * mm, 10 * mm, page)
        canvas.restoreState()


def build_pdf(path: Path, story: list, *, title: str, footer: str) -> None:
    """Write `story` as an A4 PDF to `path` atomically (temporary file in the same folder)."""
    path = Path(path)
    tmp = partial_path(path)
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="TIPDesk",
        subject=title,
        creator="TIPDesk",
        producer="TIPDesk",
        keywords="",
    )
    try:
        doc.build(story, canvasmaker=_NumberedPages(footer).canvasmaker())
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_directory(path.parent)
    except OSError as exc:  # a full disk above all: say so, leave no half PDF
        tmp.unlink(missing_ok=True)
        raise output_error(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
