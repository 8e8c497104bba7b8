"""The fonts bundled for PDFs: Noto Sans (Latin, incl. French accents) and Noto Naskh Arabic
(Arabic and Urdu), registered once with ReportLab. Text shaping (joined Arabic letters)
uses HarfBuzz through uharfbuzz, which ReportLab picks up by itself."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tipdesk.paths import resource_path

SANS = "TIPDesk-Sans"
SANS_BOLD = "TIPDesk-Sans-Bold"
ARABIC = "TIPDesk-Arabic"
ARABIC_BOLD = "TIPDesk-Arabic-Bold"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}


def font_paths() -> dict[str, Path]:
    """Each bundled font's registered name and its file."""
    return {name: resource_path("fonts", filename) for name, filename in _FILES.items()}


def register_fonts() -> None:
    """Register the bundled fonts (idempotent)."""
    if SANS in pdfmetrics.getRegisteredFontNames():
        return
    for name, path in font_paths().items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for family, regular, bold in ((SANS, SANS, SANS_BOLD), (ARABIC, ARABIC, ARABIC_BOLD)):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, regular)
        addMapping(family, 1, 1, bold)
