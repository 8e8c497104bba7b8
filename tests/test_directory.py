"""The service directory: editing rules, spreadsheet round trips, all-or-nothing imports, gaps."""

import csv
from datetime import date

import pytest
from sqlalchemy import select

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import AuditEvent, Case, Referral, Service
from tipdesk.paths import resource_path
from tipdesk.services import directory, users
from tipdesk.services import office as office_service
from tipdesk.services.case_registration import register_case
from tipdesk.services.directory import DirectoryFilter, ServiceRecord
from tipdesk.services.directory_io import (
    COLUMNS,
    export_directory,
    import_directory,
    write_template,
)
from tipdesk.services.gaps import directory_gaps
from tipdesk.services.tabular import ImportRefused, read_table

SAMPLE = resource_path("sample_directory.csv")


def shelter(**changes) -> ServiceRecord:
    record = ServiceRecord(
        organisation="Fictional Shelter",
        organisation_type="ngo",
        sector="shelter-nfi",
        service_type="Safe shelter",
        admin1="Far North",
        site="Maroua",
        phone="+237 600 000 000",
        email="a@b.example",
        sexes=["female"],
        accepts_trafficking_cases=True,
        last_verified_on=date(2026, 11, 1),
    )
    for name, value in changes.items():
        setattr(record, name, value)
    return record


def test_add_edit_deactivate_and_verify_are_audited(admin_office):
    ref = directory.save_service(admin_office, shelter())
    assert ref.startswith("SVC-")
    record = directory.get_service(admin_office, ref)
    record.opening_hours = "Always"
    assert directory.save_service(admin_office, record) == ref
    directory.mark_verified(admin_office, ref, date(2026, 11, 28))
    directory.set_active(admin_office, ref, False)
    with admin_office.reading() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.record_ref == ref).order_by(AuditEvent.id)
        ).all()
    assert actions == [
        "directory.add",
        "directory.change",
        "directory.verify",
        "directory.deactivate",
    ]
    assert directory.count_services(admin_office) == 0
    assert directory.count_services(admin_office, DirectoryFilter(include_inactive=True)) == 1


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"organisation": ""}, "organisation: the organisation is required"),
        ({"sector": "circus"}, "sector: use one of"),
        ({"service_type": " "}, "service_type: the type of service is required"),
        ({"phone": "call me"}, "phone: write a phone number"),
        ({"email": "nobody"}, "email: write an e-mail address"),
        ({"sexes": ["robot"]}, "sexes: 'robot' is not one of"),
    ],
)
def test_validation_errors(admin_office, changes, message):
    with pytest.raises(BadInput, match=message):
        directory.save_service(admin_office, shelter(**changes))


def test_no_second_active_service_for_the_same_organisation_sector_and_site(admin_office):
    directory.save_service(admin_office, shelter())
    with pytest.raises(BadInput, match="already has an active shelter-nfi service"):
        directory.save_service(admin_office, shelter(service_type="Another shelter"))
    directory.save_service(admin_office, shelter(site="Mora"))  # another site is fine


def test_stale_filter_and_search(admin_office):
    import_directory(admin_office, SAMPLE)
    total = directory.count_services(admin_office)
    stale = directory.count_services(
        admin_office, DirectoryFilter(stale_only=True), today=date(2026, 11, 28)
    )
    assert total == 48 and 0 < stale < total
    assert all(
        r.stale(date(2026, 11, 28))
        for r in directory.list_services(
            admin_office, DirectoryFilter(stale_only=True), today=date(2026, 11, 28)
        )
    )
    mora = directory.list_services(admin_office, DirectoryFilter(search="mora", sector="health"))
    assert [(r.site, r.sector) for r in mora] == [("Mora", "health")]
    women_only = directory.list_services(admin_office, DirectoryFilter(sex="male", sector="gbv"))
    assert women_only == []


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_import_export_round_trip(admin_office, tmp_path, suffix):
    import_directory(admin_office, SAMPLE)
    first, second = tmp_path / f"a.{suffix}", tmp_path / f"b.{suffix}"
    assert export_directory(admin_office, first) == 48
    result = import_directory(admin_office, first)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 48)
    export_directory(admin_office, second)
    assert read_table(first) == read_table(second)
    assert read_table(first).headers == COLUMNS


def test_one_bad_row_imports_nothing_and_every_problem_is_named(admin_office, tmp_path):
    table = read_table(SAMPLE)
    table.rows[3][COLUMNS.index("email")] = "not-an-email"
    table.rows[7][COLUMNS.index("sector")] = "circus"
    table.rows[9][COLUMNS.index("accepts_trafficking_cases")] = "maybe"
    table.rows[11][COLUMNS.index("service_id")] = table.rows[10][0]
    path = tmp_path / "bad.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows([table.headers, *table.rows])
    with pytest.raises(ImportRefused) as caught:
        import_directory(admin_office, path)
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (5, "email"),
        (9, "sector"),
        (11, "accepts_trafficking_cases"),
        (13, "service_id"),
    ]
    assert directory.count_services(admin_office, DirectoryFilter(include_inactive=True)) == 0


def test_update_by_id_and_replace(admin_office, tmp_path):
    import_directory(admin_office, SAMPLE)
    table = read_table(SAMPLE)
    table.rows[0][COLUMNS.index("opening_hours")] = "Weekends only"
    kept = table.rows[:10]
    path = tmp_path / "ten.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows([table.headers, *kept])
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    with admin_office.writing() as s:  # a referral keeps service 30 from being deleted
        referred = s.scalars(select(Service).where(Service.ref == table.rows[29][0])).one()
        case_id = s.scalars(select(Case.id).where(Case.code == code)).one()
        s.add(Referral(case_id=case_id, sector=referred.sector, service_id=referred.id))
    result = import_directory(admin_office, path)
    assert (result.updated, result.unchanged, result.removed) == (1, 9, 0)
    assert directory.get_service(admin_office, table.rows[0][0]).opening_hours == "Weekends only"
    result = import_directory(admin_office, path, replace=True)
    assert (result.removed, result.deactivated) == (37, 1)
    assert directory.count_services(admin_office) == 10
    assert directory.get_service(admin_office, table.rows[29][0]).active is False


def test_formulas_are_neutralised_on_export(admin_office, tmp_path):
    directory.save_service(
        admin_office, shelter(description="=cmd|' /C calc'!A0", focal_point="@SUM(1+1)")
    )
    out = tmp_path / "out.csv"
    export_directory(admin_office, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=cmd" in text and "'@SUM" in text
    assert directory.list_services(admin_office)[0].description == "=cmd|' /C calc'!A0"


def test_template_imports_cleanly(admin_office, tmp_path):
    write_template(tmp_path / "t.xlsx")
    assert import_directory(admin_office, tmp_path / "t.xlsx").added == 1


def test_an_officer_cannot_change_the_directory(admin_office, db_path, tmp_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    fatou = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    with pytest.raises(PermissionDenied, match="may not change the service directory"):
        directory.save_service(fatou, shelter())
    with pytest.raises(PermissionDenied):
        import_directory(fatou, SAMPLE)
    assert directory.count_services(fatou) == 0  # but may read it
    fatou.lock()


def test_gap_view_on_a_known_directory(admin_office):
    directory.save_service(admin_office, shelter())  # women only, takes trafficking cases
    directory.save_service(
        admin_office,
        shelter(
            organisation="Fictional Clinic",
            sector="health",
            sexes=[],
            accepts_trafficking_cases=False,
            age_groups=["adults"],
        ),
    )
    gaps = {(g.sector, g.admin1): g.kinds for g in directory_gaps(admin_office)}
    assert gaps[("shelter-nfi", "Far North")] == ("no-men",)
    assert gaps[("health", "Far North")] == ("no-trafficking", "no-older-people")
    assert gaps[("food", "Far North")] == (
        "no-trafficking",
        "no-men",
        "no-older-people",
        "no-non-nationals",
    )
    assert len(gaps) == 12


def test_gaps_follow_the_lists_each_service_names(admin_office):
    """A list names one of the wanted values, or is empty and serves everyone; a value that
    only contains a wanted one ("female" holds "male") does not count; inactive services and
    other regions cover nothing."""
    for changes in (
        {"sexes": ["female"], "nationality_statuses": ["national"]},
        {"sector": "health", "sexes": ["trans-male"], "age_groups": ["older-people"]},
        {"sector": "food", "sexes": [], "nationality_statuses": ["stateless", "idp"]},
        {"sector": "wash", "sexes": [], "active": False},
        {"sector": "wash", "admin1": "North", "site": "Garoua", "accepts_trafficking_cases": False},
    ):
        directory.save_service(admin_office, shelter(**changes))
    gaps = {(g.sector, g.admin1): g.kinds for g in directory_gaps(admin_office)}
    assert gaps[("shelter-nfi", "Far North")] == ("no-men", "no-non-nationals")
    assert ("health", "Far North") not in gaps and ("food", "Far North") not in gaps
    assert len(gaps[("wash", "Far North")]) == 4  # its only service there is inactive
    assert gaps[("wash", "North")] == ("no-trafficking", "no-men")
    assert len(gaps) == 12 + 12 - 2


def test_languages_named_in_the_directory(admin_office):
    assert directory.languages(admin_office) == []
    import_directory(admin_office, SAMPLE)
    directory.save_service(admin_office, shelter(languages=["hau"], active=False))
    assert directory.languages(admin_office) == ["eng", "fra", "ful", "hau"]
