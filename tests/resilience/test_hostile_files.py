"""Hostile spreadsheets for the directory and case-register imports.

Wrong encodings, cut-off or fake workbooks, empty and header-only sheets, 50,000 rows with
one bad row at the end, missing and duplicated headers, formulas, very long cells, NUL: each
import is all or nothing, and a refusal says which row and column and what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tests.resilience.hostile_text import (
    PASSWORD,
    hostile_text,
    hypothesis_examples,
    line_feeds,
    live_formulas,
    make_office,
    snapshot,
    storable,
)
from tipdesk.errors import BadInput
from tipdesk.models.text import limit_of
from tipdesk.services import case_import, directory, directory_io
from tipdesk.services import office as office_service
from tipdesk.services.directory import DirectoryFilter
from tipdesk.services.tabular import restore, write_table

COLUMNS = directory_io.COLUMNS
FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=HYPERLINK()"]


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = make_office(tmp_path_factory.mktemp("hostile-files"))
    signed_in = office_service.sign_in(db, "amina", PASSWORD)
    yield signed_in
    signed_in.lock()


def service_row(n: int, **cells: str) -> list[str]:
    values = {
        "organisation": f"Imported organisation {n}",
        "organisation_type": "ngo",
        "sector": "health",
        "service_type": "Clinic",
        "admin1": "Far North",
        "site": f"Imported site {n}",
    } | cells
    return [values.get(name, "") for name in COLUMNS]


def csv_bytes(headers: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    handle = io.StringIO()
    csv.writer(handle, delimiter=delimiter).writerows([headers, *rows])
    return handle.getvalue()


def refused(office, path, *expected: str, importer=directory_io.import_directory) -> str:
    """Import `path`, which must be refused with a message holding `expected`; nothing
    written. Returns the message."""
    before = snapshot(office)
    with pytest.raises(BadInput) as caught:
        importer(office, path)
    message = str(caught.value)
    for text in expected:
        assert text in message
    assert snapshot(office) == before
    return message


def test_a_latin_1_or_windows_1252_file_is_refused_naming_the_line(office, tmp_path):
    text = csv_bytes(COLUMNS, [service_row(1), service_row(2, site="Maroua – “Ngaoundéré”")])
    for encoding in ("latin-1", "cp1252"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.replace("–", "-").encode(encoding, errors="replace"))
        refused(office, path, "not UTF-8", "line 3", "save it as 'CSV UTF-8'")


@pytest.mark.parametrize("codec, delimiter", [("utf-16-le", "\t"), ("utf-16-be", ",")])
def test_utf_16_unicode_text_is_imported_exactly(office, tmp_path, codec, delimiter):
    site = "Maroua \u200fعائشة\u200f Zoe\u0308 👩🏽\u200d⚕️"
    rows = [
        service_row(
            10 if codec.endswith("le") else 11, site=site, organisation=f"Unicode text {codec}"
        )
    ]
    path = tmp_path / "unicode.csv"
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    path.write_bytes(bom + csv_bytes(COLUMNS, rows, delimiter).encode(codec))
    assert directory_io.import_directory(office, path).added == 1
    [found] = directory.list_services(office, DirectoryFilter(search=f"Unicode text {codec}"))
    assert found.site == site


def test_a_utf_8_byte_order_mark_is_not_part_of_the_first_header(office, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + csv_bytes(COLUMNS, [service_row(20)]).encode())
    assert directory_io.import_directory(office, path).added == 1


def workbook_bytes(tmp_path) -> bytes:
    path = tmp_path / "real.xlsx"
    write_table(path, COLUMNS, [service_row(n) for n in range(30, 230)])
    return path.read_bytes()


def junk_zip() -> bytes:
    handle = io.BytesIO()
    with zipfile.ZipFile(handle, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><broken")
        archive.writestr("xl/workbook.xml", b"\x00\x01 not xml")
    return handle.getvalue()


@pytest.mark.parametrize("kind", ["cut in half", "cut near the end", "junk zip", "csv", "pdf"])
def test_a_damaged_or_fake_workbook_is_refused_plainly(office, tmp_path, kind):
    real = workbook_bytes(tmp_path)
    content = {
        "cut in half": real[: len(real) // 2],
        "cut near the end": real[:-200],
        "junk zip": junk_zip(),
        "csv": csv_bytes(COLUMNS, [service_row(1)]).encode(),
        "pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
    }[kind]
    path = tmp_path / "directory.xlsx"
    path.write_bytes(content)
    refused(office, path, "not a readable .xlsx workbook", "save it again")


@pytest.mark.parametrize("name", ["empty.csv", "empty.xlsx"])
def test_an_empty_file_is_refused(office, tmp_path, name):
    (tmp_path / name).write_bytes(b"")
    refused(office, tmp_path / name)


@pytest.mark.parametrize("name", ["headers.csv", "headers.xlsx"])
def test_a_sheet_with_only_headers_imports_nothing_even_with_replace(office, tmp_path, name):
    first = write(tmp_path / f"one-{name}", [service_row(40 if name.endswith("csv") else 41)])
    directory_io.import_directory(office, first)
    write_table(tmp_path / name, COLUMNS, [])
    before = snapshot(office)
    with pytest.raises(BadInput, match="empty but for its header row"):
        directory_io.import_directory(office, tmp_path / name, replace=True)
    assert snapshot(office) == before  # --replace did not empty the directory


def write(path, rows, headers=COLUMNS):
    write_table(path, headers, rows)
    return path


def test_fifty_thousand_rows_with_one_bad_row_at_the_end_import_nothing(office, tmp_path):
    rows = [service_row(n) for n in range(50_000)]
    rows[-1] = service_row(50_000, sector="shelters")
    message = refused(office, write(tmp_path / "big.csv", rows), "row 50001, column sector")
    assert "use one of" in message


def test_missing_and_duplicated_headers_are_named_in_row_1(office, tmp_path):
    headers = [h for h in COLUMNS if h != "admin1"] + ["site"]
    rows = [service_row(1)[: len(COLUMNS) - 1] + ["Other site"]]
    path = write(tmp_path / "headers.csv", rows, headers)
    refused(office, path, "row 1, column admin1", "missing", "row 1, column site", "twice")


def test_formula_strings_are_imported_as_text_and_exported_neutralised(office, tmp_path):
    rows = [service_row(60 + n, description=f, focal_point=f) for n, f in enumerate(FORMULAS)]
    path = tmp_path / "formulas.csv"
    path.write_text(csv_bytes(COLUMNS, rows), encoding="utf-8")  # raw, as another tool writes
    assert directory_io.import_directory(office, path).added == len(FORMULAS)
    found = directory.list_services(office, DirectoryFilter(search="Imported"))
    assert {f.strip() for f in FORMULAS} <= {s.description for s in found}
    for name in ("export.csv", "export.xlsx"):
        directory_io.export_directory(office, tmp_path / name)
        assert live_formulas(tmp_path / name) == []
        assert "=cmd|' /C calc'!A0" in {s.description for s in found}


def test_a_very_long_cell_and_a_control_character_are_refused_by_row_and_column(office, tmp_path):
    rows = [
        service_row(70, description="x" * 100_000),
        service_row(71, focal_point="Ahmed\x1b[2J"),
        service_row(72, organisation="Zoë " * 60),
    ]
    message = refused(
        office,
        write(tmp_path / "long.csv", rows),
        "row 2, column description",
        "too long",
        "row 3, column focal_point",
        "control character (U+001B)",
        "row 4, column organisation",
    )
    assert len(message) < 2_000  # the 100,000 characters are not repeated back


def test_a_nul_byte_in_a_csv_is_refused_naming_the_line(office, tmp_path):
    text = csv_bytes(COLUMNS, [service_row(80), service_row(81, site="Mar\x00oua")])
    (tmp_path / "nul.csv").write_text(text, encoding="utf-8")
    refused(office, tmp_path / "nul.csv", "line 3 holds a NUL character")


def unwritable_xml(text: str) -> bool:
    return any(c in "\ufffe\uffff" or "\ud800" <= c <= "\udfff" for c in text)


GENERATED_COLUMNS = sorted(
    name
    for name, _model, _column in directory.TEXT_COLUMNS
    if name not in ("ref", "organisation", "phone", "email")  # formats of their own
)
SERIAL = itertools.count(1_000, 2)


@hypothesis_examples(60)
@given(
    column=st.sampled_from(GENERATED_COLUMNS),
    text=hostile_text(),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_a_generated_sheet_imports_exactly_or_is_refused_by_row_and_column(
    office, tmp_path, column, text, suffix
):
    if suffix == ".xlsx":
        # A workbook cannot even hold these (openpyxl refuses some, writes others unreadably).
        assume(not ILLEGAL_CHARACTERS_RE.search(text) and not unwritable_xml(text))
    n = next(SERIAL)
    rows = [service_row(n), service_row(n + 1, **{column: text})]
    path = tmp_path / f"generated-{n}{suffix}"
    if suffix == ".csv":  # written as another program would: UTF-8, nothing neutralised
        path.write_bytes(csv_bytes(COLUMNS, rows).encode("utf-8", "surrogatepass"))
    else:
        write_table(path, COLUMNS, rows)
    # What the cell gives back: a workbook (XML) turns line endings into line feeds; a raw
    # CSV cell loses an apostrophe put before a formula (that is how exports neutralise).
    kept = (line_feeds(text) if suffix == ".xlsx" else restore(text)).strip()
    limit = limit_of(*next((m, c) for name, m, c in directory.TEXT_COLUMNS if name == column))
    before = snapshot(office)
    if storable(kept, limit) and (kept or column not in directory_io.REQUIRED):
        assert directory_io.import_directory(office, path).added == 2
        [found] = directory.list_services(office, DirectoryFilter(search=f"organisation {n + 1}"))
        assert getattr(found, column) == kept
        return
    with pytest.raises(BadInput) as caught:
        directory_io.import_directory(office, path)
    message = str(caught.value)
    assert f"row 3, column {column}" in message or f"line {undecodable_line(path)}" in message
    assert snapshot(office) == before


def undecodable_line(path) -> int:
    """The line of the file a text editor shows the first byte that is not UTF-8 on (a cell
    holding a line break puts it below its row's first line); 3, the row, when all decode."""
    raw = path.read_bytes() if path.suffix == ".csv" else b""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return raw[: exc.start].count(b"\n") + 1
    return 3


CASE_HEADERS = ["given_names", "family_name", "sex", "age", "consent_register"]


def person(n: int, **cells: str) -> list[str]:
    values = {"given_names": f"Person{n}", "family_name": "Hostile", "sex": "female"}
    values |= {"age": "30", "consent_register": "yes"} | cells
    return [values[h] for h in CASE_HEADERS]


def import_cases(office, path):
    return case_import.import_register(office, path, allow_duplicates=True)


@pytest.mark.parametrize(
    "name, make, expected",
    [
        (
            "latin.csv",
            lambda p: p.write_bytes(
                csv_bytes(CASE_HEADERS, [person(1, given_names="Zoé")]).encode("latin-1")
            ),
            ["not UTF-8", "line 2"],
        ),
        ("cut.xlsx", lambda p: p.write_bytes(workbook_bytes(p.parent)[:900]), ["not a readable"]),
        ("headers.csv", lambda p: write(p, [], CASE_HEADERS), ["empty but for its header row"]),
        (
            "directory.csv",  # the wrong file: a service directory
            lambda p: write(p, [service_row(1)]),
            ["row 1", "none of these columns describes a person", "template"],
        ),
        (
            "long.csv",
            lambda p: write(p, [person(1), person(2, family_name="Ngozi" * 50)], CASE_HEADERS),
            ["row 3, column family_name", "too long"],
        ),
        (
            "escape.xlsx",
            lambda p: write(p, [person(1, given_names="Ama\x7fla")], CASE_HEADERS),
            ["row 2, column given_names", "control character (U+007F)"],
        ),
        (
            "twice.csv",
            lambda p: write(p, [[*person(1), "Again"]], [*CASE_HEADERS, "prs_FirstName"]),
            ["row 1, column prs_FirstName", "appears twice"],
        ),
        (
            "big.csv",
            lambda p: write(
                p, [person(n) for n in range(50_000)] + [person(0, sex="?")], CASE_HEADERS
            ),
            ["row 50002, column sex"],
        ),
    ],
)
def test_a_hostile_case_register_imports_nothing_and_says_where(
    office, tmp_path, name, make, expected
):
    make(tmp_path / name)
    refused(office, tmp_path / name, *expected, importer=import_cases)
