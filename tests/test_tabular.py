"""Spreadsheet reading and writing: formulas neutralised, round trips exact."""

import pytest
from openpyxl import load_workbook

from tipdesk.services.tabular import read_table, write_table

ROWS = [
    ['=HYPERLINK("http://x")', "+237 600", "-5", "@SUM(A1)", "plain", 'Aïssa, "Rose"'],
    ["", "; two; values", "line\nbreak", "'quoted", "١٢٣ عربى", "😀"],
]
HEADERS = ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_round_trip_is_exact_and_no_cell_is_a_formula(tmp_path, name):
    path = tmp_path / name
    write_table(path, HEADERS, ROWS)
    table = read_table(path)
    assert table.headers == HEADERS and table.rows == ROWS
    if name.endswith(".xlsx"):
        sheet = load_workbook(path).active
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
        assert all(c.data_type != "f" for c in cells)
        assert sheet["A2"].value.startswith("'=")
    else:
        assert "'=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
