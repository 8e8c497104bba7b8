"""Reading and writing spreadsheets (CSV or XLSX, by extension) for imports and exports.

CSV: UTF-8 with or without a byte-order mark (or UTF-16 with one, as spreadsheets save
"Unicode text"), comma, semicolon or tab separated. XLSX: the first sheet, read with openpyxl
(values, never formulas). A file that cannot be read whole is refused with a message that says
where and what to do; a sheet with headers but no rows is refused too (nothing to import).
Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
return) is written with a leading apostrophe, and that apostrophe is removed again on import,
so a round trip changes nothing.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.store.atomic import fsync_directory, partial_path
from tipdesk.store.space import disk_full, is_disk_full

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_ROWS = 200_000
MAX_BYTES = 256 * 1024 * 1024
SHOWN_VALUE = 60  # characters of a refused cell quoted in a problem
SEPARATOR = ";"  # between the values of a multi-valued cell


@dataclass(frozen=True)
class ImportProblem:
    """One reason a row cannot be imported."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        value = self.value if len(self.value) <= SHOWN_VALUE else self.value[:SHOWN_VALUE] + "…"
        return f"row {self.row}, column {self.column} ({value!r}): {self.reason}"


class ImportRefused(BadInput):
    """Nothing was imported; `problems` says why, row by row."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"Nothing was imported: {len(problems)} problem(s): {shown}{more}.")

    def __reduce__(self):  # pickled from a worker process: rebuilt from the problems
        return type(self), (self.problems,)


@dataclass(frozen=True)
class Table:
    """A sheet of text cells; `rows[i]` is spreadsheet row `i + 2` (row 1 holds the headers)."""

    headers: list[str]
    rows: list[list[str]]


def _marked(text: str) -> bool:
    """Would a spreadsheet run `text`, once the apostrophes before it are taken away?"""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """Text safe to put in a spreadsheet cell: never a live formula. An apostrophe goes before
    text that starts (after any apostrophes of its own) with a formula character."""
    return "'" + text if _marked(text) else text


def restore(text: str) -> str:
    """Undo `neutralise` on import."""
    return text[1:] if text.startswith("'") and _marked(text[1:]) else text


def split_values(cell: str) -> list[str]:
    """The values of a multi-valued cell, e.g. "fra; eng" -> ["fra", "eng"]."""
    return [part.strip() for part in cell.split(SEPARATOR) if part.strip()]


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInput(
            translate(
                "tabular", "{file}: use a .csv or .xlsx file (the extension decides the format)."
            ).format(file=path.name)
        )
    return suffix[1:]


def read_table(path: Path) -> Table:
    """Read the file's first sheet as text; refuse unreadable files with a plain message."""
    path = Path(path)
    kind = _kind(path)
    if not path.is_file():
        raise BadInput(
            translate("tabular", "There is no file at {path}. Check the path.").format(path=path)
        )
    if path.stat().st_size > MAX_BYTES:
        raise BadInput(
            translate(
                "tabular", "{file} is larger than 256 MB; split it into smaller files."
            ).format(file=path.name)
        )
    rows = _read_csv(path) if kind == "csv" else _read_xlsx(path)
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if len(rows) < 2:
        raise BadInput(
            (
                translate(
                    "tabular", "{file} is empty but for its header row: it needs at least one row."
                )
                if rows
                else translate(
                    "tabular", "{file} is empty: it needs a header row and at least one row."
                )
            ).format(file=path.name)
        )
    headers = [h.strip() for h in rows[0]]
    if len(rows) - 1 > MAX_ROWS:
        raise BadInput(
            translate(
                "tabular", "{file} has more than {MAX_ROWS} rows; split it into smaller files."
            ).format(file=path.name, MAX_ROWS=MAX_ROWS)
        )
    width = len(headers)
    body = [[restore(c) for c in (r + [""] * width)[:width]] for r in rows[1:]]
    return Table(headers, body)


def _read_csv(path: Path) -> list[list[str]]:
    text = _decode(path.name, path.read_bytes())
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise BadInput(
            translate(
                "tabular",
                "{file} is not a text CSV file: line {line} holds a NUL "
                "character (is it a spreadsheet saved with a .csv name, or a "
                "damaged file?). Save it as 'CSV UTF-8'.",
            ).format(file=path.name, line=line)
        )
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise BadInput(
            translate("tabular", "{file} is not a well-formed CSV file ({exc}).").format(
                file=path.name, exc=exc
            )
        ) from None


def _decode(name: str, raw: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without a BOM), or UTF-16 with its BOM."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput(
                translate(
                    "tabular",
                    "{name} starts as UTF-16 text but is cut off or damaged. Save it "
                    "again as 'CSV UTF-8' and try again.",
                ).format(name=name)
            ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise BadInput(
            translate(
                "tabular",
                "{name} is not UTF-8 text (line {line} is in another encoding, "
                "such as Windows or Latin-1). In your spreadsheet, save it as "
                "'CSV UTF-8' and try again.",
            ).format(name=name, line=line)
        ) from None


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    unreadable = BadInput(
        translate(
            "tabular",
            "{file} is not a readable .xlsx workbook (it may be cut off, "
            "damaged, or another kind of file renamed). Open it in your "
            "spreadsheet and save it again as .xlsx (or as CSV UTF-8).",
        ).format(file=path.name)
    )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - whatever a foreign file breaks in openpyxl
        raise unreadable from None
    try:
        if not workbook.worksheets:
            raise unreadable
        rows = []
        for values in workbook.worksheets[0].iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except BadInput:
        raise
    except Exception:  # noqa: BLE001 - a sheet damaged past its first page
        raise unreadable from None
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
    tmp = partial_path(path)
    safe_rows = [[_cell(c, kind) for c in row] for row in rows]
    try:
        if kind == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(headers)
                for row in safe_rows:  # row by row: a worker thread lets the window run
                    writer.writerow(row)
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
            translate(
                "tabular",
                "{path} could not be written: {reason}. Free some space or choose another place.",
            ).format(path=path, reason=exc.strerror)
        ) from None


def _cell(value: object, kind: str) -> str:
    """A cell's text, neutralised. A workbook is XML, which reads every line ending as a line
    feed: they are written as line feeds, so the workbook holds what it will give back."""
    text = str(value)
    if kind == "xlsx":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return neutralise(text)


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
            sheet.append([_cell(c, "xlsx") for c in row] if index else row)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.data_type = "s"  # text, never a formula, whatever it starts with
        sheet.freeze_panes = "A2"
    workbook.save(path)
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
