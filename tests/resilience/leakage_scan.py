"""Canary values and the byte scan that looks for them in files TIPDesk leaves behind.

Each canary is looked for as typed, casefolded and upper-cased, in both Unicode normal forms,
and word by word (a search index or a wrapped line may hold a word alone), in UTF-8 and in
UTF-16 little- and big-endian.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader

CANARIES = {
    "name": "Zebulon Quixotefeather",
    "alias": "Pétronille Écaillère-Ÿvonnec",
    "arabic": "زبرجد القنفذاوي",
    "phone": "+237 6 71 93 28 46",
    "note": "Kwaxilite heronsong beside the ferry",
}
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
SHORTEST_WORD = 7  # shorter words could be anyone's


def forms(text: str) -> set[str]:
    """The canary as written, casefolded, upper-cased and NFC/NFD, and its longer words."""
    found = set()
    for variant in (text, text.casefold(), text.upper()):
        for form in ("NFC", "NFD"):
            found.add(unicodedata.normalize(form, variant))
    words = {w for f in found for w in f.split() if len(w) >= SHORTEST_WORD}
    return found | words


PATTERNS: list[tuple[str, bytes]] = sorted(
    {
        (label, form.encode(encoding))
        for label, text in CANARIES.items()
        for form in forms(text)
        for encoding in ENCODINGS
    }
)


def canaries_in(data: bytes) -> list[str]:
    """The labels of the canaries whose bytes appear in `data` (each label once); inside a
    zip file (a workbook) its members are read, and a PDF's text is extracted."""
    found = {label for label, pattern in PATTERNS if pattern in data}
    for inner in _unpacked(data):
        found.update(canaries_in(inner))
    return sorted(found)


def _unpacked(data: bytes) -> list[bytes]:
    """What a compressed container holds: zip members, or a PDF's extracted text."""
    try:
        if data.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return [archive.read(name) for name in archive.namelist()]
        if data.startswith(b"%PDF"):
            reader = PdfReader(io.BytesIO(data))
            text = "\n".join(page.extract_text() for page in reader.pages)
            return [text.encode("utf-8"), str(reader.metadata).encode("utf-8")]
    except Exception:  # noqa: BLE001 - not a readable container: its raw bytes were scanned
        return []
    return []


def scan(paths: Iterable[Path]) -> dict[str, list[str]]:
    """Every file under `paths` (folders walked) that holds a canary, with the labels found."""
    found = {}
    for path in files_under(paths):
        labels = canaries_in(path.read_bytes())
        if labels:
            found[str(path)] = labels
    return found


def files_under(paths: Iterable[Path]) -> list[Path]:
    """Every file under `paths`, for the record of what was scanned."""
    found = []
    for root in paths:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found += [p for p in root.rglob("*") if p.is_file()]
    return sorted(found)
