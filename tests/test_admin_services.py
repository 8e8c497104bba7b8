"""Audit trail listing, settings and drafts: the services behind the Administration screen."""

from datetime import timedelta

import pytest

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import utcnow
from tipdesk.services import audit_log, drafts, settings, users
from tipdesk.services import office as office_service
from tipdesk.services.audit_log import AuditFilter


def test_failed_sign_ins_are_recorded_at_the_next_success(new_office, db_path):
    office = office_service.sign_in(
        db_path, ADMIN, ADMIN_PASSWORD, earlier_failures=["Amina", "my secret pass 99"]
    )
    rows = audit_log.list_events(office, AuditFilter(action="session."))
    office.lock()
    # A password typed into the user-name field must never reach the audit trail.
    assert [(r.action, r.record_ref) for r in reversed(rows)] == [
        ("session.sign-in-failed", "amina"),
        ("session.sign-in-failed", "(unknown user name)"),
        ("session.sign-in", ADMIN),
    ]


def test_events_are_listed_newest_first_and_filtered(admin_office):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    users.set_active(admin_office, "fatou", False)
    everything = audit_log.list_events(admin_office)
    assert [r.action for r in everything][:2] == ["user.disable", "user.add"]
    assert audit_log.count_events(admin_office) == len(everything) == 4
    only_users = audit_log.list_events(admin_office, AuditFilter(action="user."))
    assert [r.record_ref for r in only_users] == ["fatou", "fatou"]
    assert audit_log.count_events(admin_office, AuditFilter(record_ref="fatou")) == 2
    assert audit_log.count_events(admin_office, AuditFilter(username="AMINA")) == 4
    future = utcnow() + timedelta(days=1)
    assert audit_log.list_events(admin_office, AuditFilter(since=future)) == []
    assert [r.id for r in audit_log.list_events(admin_office, offset=1, limit=2)] == [3, 2]
    assert audit_log.check_chain(admin_office).intact


def test_settings_are_validated_audited_and_admin_only(admin_office, db_path):
    assert settings.get_settings(admin_office).idle_lock_minutes == 5
    changed = settings.update_settings(admin_office, idle_lock_minutes=10, retention_months=36)
    assert (changed.idle_lock_minutes, changed.retention_months) == (10, 36)
    last = audit_log.list_events(admin_office, limit=1)[0]
    assert last.action == "settings.change"
    assert last.fields == ("idle_lock_minutes", "retention_months")
    with pytest.raises(BadInput, match="between 1 and 120 minutes"):
        settings.update_settings(admin_office, idle_lock_minutes=0)
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    officer = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    assert settings.get_settings(officer).idle_lock_minutes == 10
    with pytest.raises(PermissionDenied):
        settings.update_settings(officer, idle_lock_minutes=60)
    with pytest.raises(PermissionDenied):
        audit_log.list_events(officer)
    officer.lock()


def test_drafts_belong_to_their_author(admin_office, db_path):
    draft_id = drafts.save_draft(
        admin_office, "case-wizard", {"page": 2, "alias": "Rose"}, title="New case (alias Rose)"
    )
    drafts.save_draft(
        admin_office,
        "case-wizard",
        {"page": 3, "alias": "Rose"},
        draft_id=draft_id,
        title="New case (alias Rose)",
    )
    [info] = drafts.list_drafts(admin_office)
    assert info.id == draft_id and info.payload == {"page": 3, "alias": "Rose"}
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    officer = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    assert drafts.list_drafts(officer) == []
    with pytest.raises(BadInput):
        drafts.load_draft(officer, draft_id)
    drafts.discard_draft(officer, draft_id)  # not hers: nothing happens
    officer.lock()
    assert drafts.load_draft(admin_office, draft_id).payload["page"] == 3
    drafts.discard_draft(admin_office, draft_id)
    assert drafts.list_drafts(admin_office) == []
