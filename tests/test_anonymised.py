"""Anonymised reporting: consent to statistics, suppression, k-anonymity, no identifying data."""

import csv
from collections import Counter
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.reports.summary_report import write_summary_report
from tipdesk.services.anonymised_export import run_export
from tipdesk.services.case_registration import ConsentAnswer, register_case
from tipdesk.services.demo import generate_cases
from tipdesk.services.statistics import build_summary

SEEDS = {
    "given_names": "Quetzalia",
    "family_name": "Vandermolenaar",
    "aliases": "Skorpion",
    "phone": "+237 677 313 131",
    "address": "Behind the Wxyq tannery",
}
PRIORITIES = "Wants to find her brother Tobiasz in Zlatograd"


def seeded_case(office, *, statistics=True, sex="male", age=34, forms=("forced-labour",)):
    reg = adult_man_forced_labour_abroad()
    for name, value in SEEDS.items():
        setattr(reg.identity, name, value)
    reg.identity.date_of_birth, reg.profile.age_years = date(1977, 7, 17), None
    reg.participation.own_priorities = PRIORITIES
    reg.profile.sex = sex
    reg.profile.age_years = age
    reg.identity.date_of_birth = None
    reg.screening.forms_of_exploitation = list(forms)
    reg.consents = [ConsentAnswer("register", "given")]
    if statistics:
        reg.consents.append(ConsentAnswer("statistics", "given"))
    return register_case(office, reg)


@pytest.fixture
def populated(admin_office):
    list(generate_cases(admin_office, 300, seed=11, today=date(2026, 11, 28)))
    codes = [seeded_case(admin_office) for _ in range(3)]
    codes.append(
        seeded_case(admin_office, sex="trans-male", age=66, forms=("organ-removal",))
    )  # a rare person
    codes.append(seeded_case(admin_office, statistics=False))
    return codes


def forbidden_strings(codes):
    return [
        *SEEDS.values(),
        PRIORITIES,
        "1977-07-17",
        "Tobiasz",
        *codes,
        "Amina Bello",
        "Maroua-river",
    ]


def test_summary_pdf_holds_nothing_identifying(admin_office, populated, tmp_path):
    summary = build_summary(admin_office, k=5)
    out = tmp_path / "summary.pdf"
    write_summary_report(out, summary, admin_office.info.name, admin_office.info.country_name)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    raw = out.read_bytes()
    for secret in forbidden_strings(populated):
        assert secret not in text
        assert secret.encode() not in raw and secret.encode("utf-16-be") not in raw
        assert secret not in str(reader.metadata)
    assert "Sex and age band" in text and "Forms of exploitation" in text
    assert "<5" in text


def test_cases_without_consent_to_statistics_are_left_out_and_counted(admin_office):
    seeded_case(admin_office)
    seeded_case(admin_office, statistics=False)
    summary = build_summary(admin_office, k=3)
    assert (summary.counted, summary.excluded_without_consent) == (1, 1)


def test_a_rare_category_is_hidden_and_not_recoverable(admin_office):
    for _ in range(12):
        seeded_case(admin_office)
    seeded_case(admin_office, sex="trans-male", age=66, forms=("organ-removal",))
    summary = build_summary(admin_office, k=5)
    forms = next(t for t in summary.tables if t.title == "Forms of exploitation")
    organ = forms.column_labels.index("Organ removal")
    assert forms.counts[0][organ] == 1 and forms.hidden[0][organ]
    sex_age = next(t for t in summary.tables if t.title == "Sex and age band")
    row = sex_age.row_labels.index("Transgender male")
    column = sex_age.column_labels.index("48 and over")
    assert sex_age.hidden[row][column]
    for table in summary.tables:  # no line of a published table hides exactly one cell
        grid = table.grid()
        lines = [[(r, c) for c in range(len(grid[0]))] for r in range(len(grid))]
        if table.two_way:
            lines += [[(r, c) for r in range(len(grid))] for c in range(len(grid[0]))]
        if table.totals:
            for line in lines:
                assert sum(table.hidden[r][c] for r, c in line) != 1, table.title
        for r, counts in enumerate(table.counts):
            for c, count in enumerate(counts):
                if 0 < count < 5:
                    assert table.hidden[r][c], table.title


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_is_k_anonymous_recomputed_from_the_file(admin_office, populated, tmp_path, suffix):
    out = tmp_path / f"export.{suffix}"
    result = run_export(admin_office, out, k=11)
    if suffix == "csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        dictionary = (tmp_path / "export-dictionary.csv").read_text(encoding="utf-8-sig")
    else:
        book = load_workbook(out)
        sheet = book.worksheets[0]
        header = [c.value for c in sheet[1]]
        rows = [
            dict(zip(header, [c.value or "" for c in row], strict=True))
            for row in sheet.iter_rows(min_row=2)
        ]
        dictionary = "\n".join(
            str(c.value) for row in book["Data dictionary"].iter_rows() for c in row
        )
    # The test's own reading of the rule: these columns, at least k rows per combination.
    quasi = [
        "yearOfRegistration",
        "gender",
        "ageBroad",
        "majorityStatus",
        "citizenship",
        "CountryOfExploitation",
    ]
    for column in quasi:
        assert column in dictionary
    groups = Counter(tuple(row[q] for q in quasi) for row in rows)
    assert groups and min(groups.values()) >= 11
    assert len(rows) == result.rows > 200
    assert result.excluded_without_consent >= 1
    flat = repr(rows)
    for secret in forbidden_strings(populated):
        assert secret not in flat
    assert {
        "isForcedLabour",
        "typeOfExploitConcatenated",
        "RecruiterRelationship",
        "meansOfControlDebtBondage",
    } <= set(rows[0])
    assert all(not str(value).startswith(("=", "+", "@")) for row in rows for value in row.values())


def test_report_and_export_commands(
    admin_office, populated, db_path, tmp_path, capsys, monkeypatch
):
    from tests.conftest import ADMIN, ADMIN_PASSWORD
    from tipdesk.cli import main

    admin_office.lock()
    monkeypatch.setenv("TIPDESK_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", str(db_path), "--user", ADMIN]
    assert (
        main(
            [
                "report",
                "summary",
                "--out",
                str(tmp_path / "s.pdf"),
                "--from",
                "2025-01",
                "--to",
                "2026-11",
                "--min-cell",
                "7",
                *base,
            ]
        )
        == 0
    )
    assert (
        "<7"
        in PdfReader(tmp_path / "s.pdf").pages[2].extract_text()
        + PdfReader(tmp_path / "s.pdf").pages[3].extract_text()
    )
    assert (
        main(["report", "summary", "--out", str(tmp_path / "s.pdf"), "--min-cell", "2", *base]) == 4
    )
    assert (
        main(["report", "summary", "--out", str(tmp_path / "s.pdf"), "--from", "June", *base]) == 2
    )
    assert main(["export", "anonymised", "--out", str(tmp_path / "e.xlsx"), *base]) == 0
    assert "anonymised records" in capsys.readouterr().out
