"""Hostile text for property-based tests, the rule it must meet, and a real office to try it on.

The rule, stated here independently of the code under test: a text is stored exactly (after
its surrounding whitespace is trimmed, where a service trims) unless it holds a control
character other than tab, line feed or carriage return, a lone surrogate or U+FFFE/U+FFFF, or
is longer than its field; then it is refused with a message naming the field, and nothing at
all is written.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select

from tipdesk.models import AuditEvent, Base
from tipdesk.services import office as office_service
from tipdesk.store import keyslots

ADMIN, PASSWORD = "amina", "Maroua-river-2026"

RTL = ["\u200f", "\u202e", "\u2067", "\u2069", "\u061c", "عائشة", "שלום"]
COMBINING = ["e\u0301", "a\u0308\u0308\u0308", "\u0651", "\u20dd", "Z\u0336\u0337"]
EMOJI = ["😀", "👩🏽\u200d⚕️", "🇨🇲", "🧑\u200d🤝\u200d🧑", "\U0001faea"]
NASTY = [
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\ufeff",
    "\ufffe",
    "\udcff",  # a lone surrogate, as a file name that is not UTF-8 arrives
    "\u2028",
    "\r\n",
    "\t",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "'=1+1",
    "+1",
    "-1",
    "'",
    '"',
    "%s%n",
    "' OR 1=1 --",
    "NULL",
    "𝕋𝕀ℙ𝔻𝕖𝕤𝕜",
]
LONG_LENGTHS = [199, 200, 201, 400, 401, 32_000, 32_001, 100_000]

any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)


def hostile_text() -> st.SearchStrategy[str]:
    """Arbitrary text with right-to-left marks, combining marks, emoji, NUL and the like,
    and now and then a very long string around a field's limit (up to 100,000 characters)."""
    pieces = st.one_of(any_text, st.sampled_from(RTL + COMBINING + EMOJI + NASTY))
    mixed = st.lists(pieces, max_size=6).map("".join)
    long = st.builds(
        lambda seed, length: (seed * length)[:length],
        st.sampled_from(["a", "é", "ع", "😀", "a\u0301", " ", "\x00"]),
        st.sampled_from(LONG_LENGTHS),
    )
    return st.one_of(mixed, mixed, mixed, long)


def storable_text(limit: int, *, required: bool = False) -> st.SearchStrategy[str]:
    """Hostile text that the rule keeps for a field of `limit` characters."""
    text = hostile_text().map(lambda t: "".join(c for c in t if not forbidden(c))[:limit])
    if required:
        text = text.map(lambda t: t if t.strip() else t[: limit - 1] + "x")
    return text


def forbidden(char: str) -> bool:
    """A character TIPDesk refuses to store."""
    category = unicodedata.category(char)
    return (
        (category == "Cc" and char not in "\t\n\r")
        or category == "Cs"
        or char in ("\ufffe", "\uffff")
    )


def storable(text: str, limit: int) -> bool:
    """The rule: no forbidden character, and no longer than the field."""
    return len(text) <= limit and not any(forbidden(c) for c in text)


def hypothesis_examples(n: int) -> settings:
    """`n` examples in the default run, ten times as many with --hypothesis-profile=thorough."""
    return settings(max_examples=max(n, n * settings.default.max_examples // 100))


def snapshot(office) -> tuple:
    """Row counts of every table and the last audit event: equal means nothing was written."""
    with office.reading() as s:
        tables = Base.metadata.tables.values()
        counts = tuple(s.scalar(select(func.count()).select_from(t)) for t in tables)
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
        return counts, (last.id, last.hash) if last else None


def make_office(folder: Path):
    """A new office in `folder` (scrypt cost lowered); returns its database path."""
    db = folder / "office.tipdesk"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "SCRYPT_N", 2**12)
        office_service.initialise_office(
            db,
            office_name="Hostile input office",
            country="CMR",
            admin_username=ADMIN,
            admin_display_name="Amina Bello",
            password=PASSWORD,
        )
    return db


@contextmanager
def fresh_sign_in(db: Path, username: str = ADMIN, password: str = PASSWORD) -> Iterator:
    """A new sign-in (new engine, new connections), locked again afterwards."""
    office = office_service.sign_in(db, username, password)
    try:
        yield office
    finally:
        office.lock()


def line_feeds(text: str) -> str:
    """`text` as a workbook gives it back: XML reads every line ending as a line feed."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def live_formulas(path: Path) -> list[str]:
    """Cells of a written CSV or XLSX file that a spreadsheet would run as a formula."""
    starts = ("=", "+", "-", "@", "\t", "\r")
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        return [cell for cell in cells if cell.startswith(starts)]
    found = []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                text = cell.value if isinstance(cell.value, str) else ""
                if cell.data_type == "f" or text.startswith(starts):
                    found.append(f"{sheet.title}!{cell.coordinate}: {cell.value!r}")
    return found
