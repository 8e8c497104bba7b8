"""Bulk writing of new cases (demo data): the same rows as a registration through the ORM."""

from datetime import date

from sqlalchemy import text

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.models import Base
from tipdesk.services.case_file import open_case_file
from tipdesk.services.case_registration import build_case, register_case
from tipdesk.store.bulk import collect_rows, insert_rows

VOLATILE = {"id", "case_id", "referral_id", "code", "created_at", "updated_at", "recorded_at"}


def _rows_of_case(office, code):
    """Every row about the case, by table, without keys and timestamps."""
    found = {}
    with office.engine.connect() as conn:
        case_id = conn.execute(text("SELECT id FROM cases WHERE code = :c"), {"c": code}).scalar()
        for table in Base.metadata.sorted_tables:
            column = "id" if table.name == "cases" else "case_id"
            if column not in table.c:
                continue
            rows = conn.execute(
                text(f"SELECT * FROM {table.name} WHERE {column} = :k ORDER BY 1"), {"k": case_id}
            ).mappings()
            found[table.name] = [
                {k: v for k, v in row.items() if k not in VOLATILE and not k.endswith("_at")}
                for row in rows
            ]
    return found


def test_bulk_rows_equal_a_registration_through_the_orm(admin_office):
    reg = adult_man_forced_labour_abroad()
    reg.registration_date = date(2026, 3, 2)
    reg.needs = {"health": "wants", "shelter-nfi": "already-receiving"}
    through_orm = register_case(admin_office, reg)
    case = build_case(reg, "CMR-2026-9999", admin_office.user.id)
    with admin_office.writing() as s:
        written = insert_rows(s, Base.metadata, collect_rows([case]))
    assert written == sum(
        len(rows) for rows in _rows_of_case(admin_office, "CMR-2026-9999").values()
    )
    assert _rows_of_case(admin_office, "CMR-2026-9999") == _rows_of_case(admin_office, through_orm)
    opened = open_case_file(admin_office, "CMR-2026-9999")
    assert opened.identity.family_name == reg.identity.family_name


def test_bulk_keys_follow_the_rows_already_stored(admin_office):
    first = register_case(admin_office, adult_man_forced_labour_abroad())
    cases = [build_case(adult_man_forced_labour_abroad(), f"CMR-2026-80{n}", None) for n in (1, 2)]
    rows = collect_rows(cases)
    assert [r["id"] for r in rows["cases"]] == [1, 2]  # numbered within the batch
    with admin_office.writing() as s:
        insert_rows(s, Base.metadata, rows)
    assert [r["id"] for r in rows["cases"]] == [2, 3]  # after the one already stored
    assert {r["case_id"] for r in rows["consents"]} == {2, 3}
    with admin_office.engine.connect() as conn:
        owners = conn.execute(text("SELECT DISTINCT case_id FROM screenings ORDER BY 1")).scalars()
        assert list(owners) == [1, 2, 3]
    assert open_case_file(admin_office, first).code == first
