"""Retention and purge: a purged case leaves no row anywhere, only its code in the audit."""

from datetime import date

import pytest
from sqlalchemy import select, text

from tests.helpers import store_full_case
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import AuditEvent, Base
from tipdesk.services import office as office_service
from tipdesk.services import retention, users

CASE_TABLES = [
    t
    for t in Base.metadata.tables
    if t
    not in {
        "users",
        "office_settings",
        "audit_events",
        "case_code_counters",
        "organisations",
        "services",
    }
]


def _row_counts(office):
    with office.engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in CASE_TABLES}


def test_purge_removes_every_row_of_the_case_and_keeps_others(admin_office, db_path):
    store_full_case(
        admin_office,
        "CMR-2019-0001",
        status="closed",
        closed_on=date(2020, 3, 1),
        given_names="Purgeme",
    )
    store_full_case(admin_office, "CMR-2026-0002", given_names="Keepme")
    assert all(n == 2 for n in _row_counts(admin_office).values())
    retention.purge_case(admin_office, "CMR-2019-0001")
    assert all(n == 1 for n in _row_counts(admin_office).values()), _row_counts(admin_office)
    with admin_office.reading() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (event.action, event.record_ref, event.fields) == ("case.purge", "CMR-2019-0001", None)
    admin_office.lock()
    assert office_service.check_office(db_path, "amina", "Maroua-river-2026").ok


def test_candidates_are_closed_cases_past_the_retention_period(admin_office):
    store_full_case(admin_office, "CMR-2019-0001", status="closed", closed_on=date(2020, 3, 1))
    store_full_case(admin_office, "CMR-2026-0002", status="closed", closed_on=date(2026, 10, 1))
    store_full_case(admin_office, "CMR-2019-0003", status="active")
    today = date(2026, 11, 28)
    assert [c.code for c in retention.purge_candidates(admin_office, today)] == ["CMR-2019-0001"]
    assert retention.purge_expired(admin_office, today) == ["CMR-2019-0001"]
    assert retention.purge_candidates(admin_office, today) == []


def test_only_administrators_purge(admin_office, db_path):
    store_full_case(admin_office, "CMR-2019-0001", status="closed", closed_on=date(2020, 3, 1))
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    officer = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    with pytest.raises(PermissionDenied):
        retention.purge_case(officer, "CMR-2019-0001")
    with pytest.raises(PermissionDenied):
        retention.purge_candidates(officer)
    officer.lock()
    with pytest.raises(BadInput, match="no case CMR-1999-0001"):
        retention.purge_case(admin_office, "CMR-1999-0001")
