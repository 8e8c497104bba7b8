"""Paragraph markup for text in any script: Arabic-script runs get the Arabic font and are
laid out right to left (HarfBuzz joins the letters; the word order is set here)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from tipdesk.reports.fonts import ARABIC

_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def _is_rtl_char(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _RTL_RANGES)


def is_rtl_word(word: str) -> bool:
    return any(_is_rtl_char(ch) for ch in word)


def starts_rtl(text: str) -> bool:
    """Whether the first letter of `text` is right-to-left (the paragraph's direction)."""
    for ch in text:
        if ch.isalpha():
            return _is_rtl_char(ch)
    return False


def markup(text: str | None) -> str:
    """ReportLab paragraph markup for plain `text` (escaped, newlines kept)."""
    if not text:
        return ""
    return "<br/>".join(_line(line) for line in str(text).splitlines())


def _line(line: str) -> str:
    runs: list[tuple[bool, list[str]]] = []
    for word in line.split():
        rtl = is_rtl_word(word)
        if runs and runs[-1][0] == rtl:
            runs[-1][1].append(word)
        else:
            runs.append((rtl, [word]))
    if starts_rtl(line):
        runs.reverse()
    parts = []
    for rtl, words in runs:
        if rtl:
            parts.append(f'<font name="{ARABIC}">{escape(" ".join(reversed(words)))}</font>')
        else:
            parts.append(escape(" ".join(words)))
    return " ".join(parts)
