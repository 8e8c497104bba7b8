"""Exports never hand a spreadsheet a live formula, whatever text was stored.

Read back with openpyxl (no cell of type "f", no text starting with = + - @ tab or CR) and as
CSV (no cell starting with those characters unless neutralised by a leading apostrophe).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.resilience.hostile_text import (
    PASSWORD,
    hypothesis_examples,
    line_feeds,
    live_formulas,
    make_office,
    storable_text,
)
from tipdesk.services import case_import, directory, directory_io
from tipdesk.services import office as office_service
from tipdesk.services.anonymised_export import run_export
from tipdesk.services.case_registration import CaseRegistration, ConsentAnswer, register_case
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.tabular import read_table, write_table

FORMULAS = ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "\t=1", "\r=1", "'=1+1", "''=2"]
cell = st.one_of(storable_text(400), st.sampled_from(FORMULAS))


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    db = make_office(tmp_path_factory.mktemp("hostile-exports"))
    signed_in = office_service.sign_in(db, "amina", PASSWORD)
    yield signed_in
    signed_in.lock()


@hypothesis_examples(100)
@given(
    rows=st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=4),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_any_stored_text_is_written_without_formulas_and_read_back_exactly(
    tmp_path_factory, rows, suffix
):
    path = tmp_path_factory.mktemp("table") / f"table{suffix}"
    rows = [[f"row {n}", *row] for n, row in enumerate(rows)]  # no row is blank
    write_table(path, ["id", "a", "b", "c"], rows)
    assert live_formulas(path) == []
    if suffix == ".xlsx":  # XML reads every line ending as a line feed
        rows = [[line_feeds(c) for c in row] for row in rows]
    assert read_table(path).rows == rows


@hypothesis_examples(40)
@given(
    field=st.sampled_from(["description", "focal_point", "opening_hours", "referral_procedure"]),
    text=st.one_of(storable_text(200), st.sampled_from(FORMULAS)),
)
def test_the_directory_export_holds_stored_text_but_no_formula(
    office, tmp_path_factory, field, text
):
    record = ServiceRecord(
        organisation="Export check", sector="health", service_type="Clinic", admin1="Far North"
    )
    setattr(record, field, text)
    ref = directory.save_service(office, record)
    folder = tmp_path_factory.mktemp("export")
    for name in ("directory.csv", "directory.xlsx"):
        directory_io.export_directory(office, folder / name)
        assert live_formulas(folder / name) == []
        table = read_table(folder / name)
        [row] = [r for r in table.rows if r[0] == ref]
        expected = text.strip() if name.endswith("csv") else line_feeds(text.strip())
        assert row[directory_io.COLUMNS.index(field)] == expected
    directory.set_active(office, ref, False)  # the next example may use the same site


def test_templates_and_the_anonymised_export_hold_no_formula(office, tmp_path):
    for n in range(12):  # enough people for k-anonymity to publish rows
        reg = CaseRegistration(
            consents=[ConsentAnswer("register", "given"), ConsentAnswer("statistics", "given")]
        )
        reg.identity.given_names = f"=cmd|' /C calc'!A{n}"
        reg.profile.sex, reg.profile.age_years = "female", 30
        register_case(office, reg)
    written = []
    for suffix in (".csv", ".xlsx"):
        case_import.write_template(tmp_path / f"cases{suffix}")
        directory_io.write_template(tmp_path / f"directory{suffix}")
        result = run_export(office, tmp_path / f"anonymised{suffix}", k=2)
        assert result.rows >= 12
        written += [tmp_path / f"cases{suffix}", tmp_path / f"directory{suffix}", result.path]
    written.append(tmp_path / "anonymised-dictionary.csv")
    for path in written:
        assert live_formulas(path) == [], path.name
        assert "calc" not in path.read_bytes().decode("utf-8", "replace")  # no names at all
