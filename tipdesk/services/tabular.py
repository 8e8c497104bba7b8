"""Reading and writing spreadsheets (CSV or XLSX, by extension) for imports and exports.

CSV: UTF-8 with or without a byte-order mark, comma or semicolon separated. XLSX: the first
sheet, read with openpyxl (values, never formulas). Text that a spreadsheet would run as a
formula (starting with =, +, -, @, tab or carriage return) is written with a leading
apostrophe, and that apostrophe is removed again on import, so a round trip changes nothing.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tipdesk.errors import BadInput
from tipdesk.store.atomic import fsync_directory
from tipdesk.store.space import disk_full, is_disk_full

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_ROWS = 200_000
SEPARATOR = ";"  # between the values of a multi-valued cell


@dataclass(frozen=True)
class ImportProblem:
    """One reason a row cannot be imported."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column} ({self.value!r}): {self.reason}"


class ImportRefused(BadInput):
    """Nothing was imported; `problems` says why, row by row."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"Nothing was imported: {len(problems)} problem(s): {shown}{more}.")


@dataclass(frozen=True)
class Table:
    """A sheet of text cells; `rows[i]` is spreadsheet row `i + 2` (row 1 holds the headers)."""

    headers: list[str]
    rows: list[list[str]]


def neutralise(text: str) -> str:
    """Text safe to put in a spreadsheet cell: never a live formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore(text: str) -> str:
    """Undo `neutralise` on import."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def split_values(cell: str) -> list[str]:
    """The values of a multi-valued cell, e.g. "fra; eng" -> ["fra", "eng"]."""
    return [part.strip() for part in cell.split(SEPARATOR) if part.strip()]


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInput(f"{path.name}: use a .csv or .xlsx file (the extension decides the format).")
    return suffix[1:]


def read_table(path: Path) -> Table:
    """Read the file's first sheet as text; refuse unreadable files with a plain message."""
    path = Path(path)
    kind = _kind(path)
    if not path.is_file():
        raise BadInput(f"There is no file at {path}. Check the path.")
    rows = _read_csv(path) if kind == "csv" else _read_xlsx(path)
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise BadInput(f"{path.name} is empty: it needs a header row and at least one row.")
    headers = [h.strip() for h in rows[0]]
    if len(rows) - 1 > MAX_ROWS:
        raise BadInput(f"{path.name} has more than {MAX_ROWS} rows; split it into smaller files.")
    width = len(headers)
    body = [[restore(c) for c in (r + [""] * width)[:width]] for r in rows[1:]]
    return Table(headers, body)


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise BadInput(
            f"{path.name} is not a text CSV file (is it a spreadsheet saved with a "
            ".csv name?). Save it as 'CSV UTF-8'."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(
            f"{path.name} is not UTF-8 text. In your spreadsheet, save it as "
            "'CSV UTF-8' and try again."
        ) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise BadInput(f"{path.name} is not a well-formed CSV file ({exc}).") from None


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise BadInput(
            f"{path.name} is not a readable .xlsx workbook. Open it in your "
            "spreadsheet and save it again as .xlsx (or as CSV UTF-8)."
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        workbook.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(sep=" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_table(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    extra_sheets: list[tuple[str, list[str], list[list[str]]]] = (),
) -> None:
    """Write a CSV (UTF-8 with BOM, comma) or XLSX file atomically, formulas neutralised.

    `extra_sheets` (title, headers, rows) become further sheets of an XLSX file; a CSV file
    cannot hold them (write them as files of their own).
    """
    path = Path(path)
    kind = _kind(path)
    tmp = path.with_name(f".{path.name}.partial")
    safe_rows = [[neutralise(str(c)) for c in row] for row in rows]
    try:
        if kind == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                writer.writerows(safe_rows)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            _write_xlsx(tmp, headers, safe_rows, extra_sheets)
        os.replace(tmp, path)
        fsync_directory(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise disk_full(path) from None
        raise BadInput(
            f"{path} could not be written: {exc.strerror}. Free some space or choose another place."
        ) from None


def _write_xlsx(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    extra_sheets: list[tuple[str, list[str], list[list[str]]]] = (),
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=False)
    sheets = [(None, headers, rows), *extra_sheets]
    for index, (title, sheet_headers, sheet_rows) in enumerate(sheets):
        sheet = workbook.active if index == 0 else workbook.create_sheet()
        if title:
            sheet.title = title
        sheet.append(sheet_headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in sheet_rows:
            sheet.append([neutralise(str(c)) for c in row] if index else row)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.data_type = "s"  # text, never a formula, whatever it starts with
        sheet.freeze_panes = "A2"
    workbook.save(path)
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
