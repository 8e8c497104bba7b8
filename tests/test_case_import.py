"""Importing a case register: all or nothing, every problem named, HTCDS columns accepted."""

import csv
import random

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import Case
from tipdesk.services import case_file, users
from tipdesk.services import office as office_service
from tipdesk.services.case_import import ImportRefused, import_register, write_template
from tipdesk.services.case_list import count_cases

HTCDS = [
    "prs_FirstName",
    "prs_SecondName",
    "prs_Gender",
    "prs_Birthdate",
    "prs_Citizenship",
    "vic_TypeOfExploitation",
    "vic_MethodsOfControl",
    "vic_TraffickingStatus",
    "cas_Status",
    "con_Consent",
    "cas_RegistrationDate",
    "org_Name",
]
GENDERS = ["Feminine", "Masculine", "Transgender feminine", "Not specified/unknown"]
FORMS = [
    "Forced labour",
    "SexualExploitation",
    "Forced begging",
    "Organ removal",
    "Forced marriage",
]
CONTROLS = ["Debt bondage", "Withholds documents", "Physical threats", "False promises"]
STATUSES = [
    "ActualVictimOfTrafficking",
    "Possible victim of trafficking",
    "NotAVictimOfTrafficking",
]
CAS = ["Active", "Follow Up", "Closed", "Closed Referred"]


def htcds_rows(n=50, seed=7):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append(
            [
                f"Given{i}",
                f"Family{i}",
                rng.choice(GENDERS),
                f"{rng.randint(1960, 2000)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                rng.choice(["NG", "CMR", "Chad", "LBR; SLE"]),
                "; ".join(rng.sample(FORMS, 2)),
                rng.choice(CONTROLS),
                rng.choice(STATUSES),
                rng.choice(CAS),
                "Yes",
                "2025-06-01",
                "Old register org",
            ]
        )
    return rows


def write_csv(path, headers, rows, *, delimiter=",", bom=False):
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def test_htcds_register_of_50_rows_is_imported_faithfully(admin_office, tmp_path):
    rows = htcds_rows()
    result = import_register(admin_office, write_csv(tmp_path / "register.csv", HTCDS, rows))
    assert len(result.codes) == 50 and result.ignored_columns == ["org_Name"]
    assert result.codes[0] == "CMR-2025-0001"
    for code, row in zip(result.codes[::7], rows[::7], strict=False):
        case = case_file.open_case_file(admin_office, code)
        assert (case.identity.given_names, case.identity.family_name) == (row[0], row[1])
        assert case.identity.date_of_birth.isoformat() == row[3]
        expected_sex = {
            "Feminine": "female",
            "Masculine": "male",
            "Transgender feminine": "trans-female",
            "Not specified/unknown": "unknown",
        }[row[2]]
        assert case.profile.sex == expected_sex
        screening = case.screenings[0]
        assert len(screening.forms_of_exploitation) == 2
        assert (
            screening.outcome
            == {
                "ActualVictimOfTrafficking": "presumed-victim",
                "Possible victim of trafficking": "assess-further",
                "NotAVictimOfTrafficking": "no-indicators",
            }[row[7]]
        )
        assert (
            case.status
            == {
                "Active": "active",
                "Follow Up": "follow-up",
                "Closed": "closed",
                "Closed Referred": "closed-referred",
            }[row[8]]
        )
    assert "LBR" in [
        c
        for code in result.codes
        for c in case_file.open_case_file(admin_office, code).profile.citizenships
    ]


def test_one_bad_row_among_many_imports_nothing_and_lists_every_problem(admin_office, tmp_path):
    rows = htcds_rows(20)
    rows[4][2] = "Robot"
    rows[11][3] = "31/02/1990"
    rows[11][5] = "Forced labour; Juggling"
    rows[17][9] = "no"  # names without consent to register
    with pytest.raises(ImportRefused) as caught:
        import_register(admin_office, write_csv(tmp_path / "bad.csv", HTCDS, rows))
    found = [(p.row, p.column, p.value) for p in caught.value.problems]
    assert found == [
        (6, "prs_Gender", "Robot"),
        (13, "prs_Birthdate", "31/02/1990"),
        (13, "vic_TypeOfExploitation", "Juggling"),
        (19, "con_Consent", "no"),
    ]
    assert "Nothing was imported" in str(caught.value)
    assert count_cases(admin_office) == 0


@pytest.mark.parametrize("delimiter, bom", [(";", True), (";", False), (",", True)])
def test_bom_and_semicolon_variants(admin_office, tmp_path, delimiter, bom):
    path = write_csv(tmp_path / "r.csv", HTCDS, htcds_rows(3), delimiter=delimiter, bom=bom)
    assert len(import_register(admin_office, path).codes) == 3


def test_xlsx_and_the_template_round_trip(admin_office, tmp_path):
    template = tmp_path / "template.xlsx"
    write_template(template)
    result = import_register(admin_office, template)
    case = case_file.open_case_file(admin_office, result.codes[0])
    assert case.screenings[0].outcome == "presumed-victim"
    assert case.profile.languages == ["eng", "hau"]
    assert {n.sector: n.status for n in case.needs} == {
        "health": "wants",
        "shelter-nfi": "declines",
    }
    book = Workbook()
    book.active.append(HTCDS)
    for row in htcds_rows(2, seed=9):
        book.active.append(row)
    book.save(tmp_path / "htcds.xlsx")
    assert len(import_register(admin_office, tmp_path / "htcds.xlsx").codes) == 2


def test_importing_the_same_register_twice_is_refused_as_duplicates(admin_office, tmp_path):
    path = write_csv(tmp_path / "r.csv", HTCDS, htcds_rows(3))
    first = import_register(admin_office, path)
    with pytest.raises(ImportRefused) as caught:
        import_register(admin_office, path)
    assert [p.reason.split(";")[0] for p in caught.value.problems] == [
        f"may be the person of case {code}" for code in first.codes
    ]
    assert len(import_register(admin_office, path, allow_duplicates=True).codes) == 3


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("r.txt", b"a,b", "use a .csv or .xlsx file"),
        ("r.csv", "prs_FirstName\nAïssa\n".encode("latin-1"), "not UTF-8"),
        ("r.xlsx", b"this is not a workbook", "not a readable .xlsx"),
        ("r.csv", b"", "is empty"),
    ],
)
def test_unreadable_files_are_refused_plainly(admin_office, tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(BadInput, match=message):
        import_register(admin_office, tmp_path / name)


def test_focal_points_cannot_import(admin_office, db_path, tmp_path):
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    with pytest.raises(PermissionDenied):
        import_register(kofi, write_csv(tmp_path / "r.csv", HTCDS, htcds_rows(1)))
    kofi.lock()
    with admin_office.reading() as s:
        assert s.scalars(select(Case)).all() == []
