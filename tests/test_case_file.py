"""The case file service: views and changes are audited by field name; access is enforced."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import AuditEvent, Referral
from tipdesk.services import case_file, users
from tipdesk.services import office as office_service
from tipdesk.services.case_registration import register_case


def _events(office, action):
    with office.reading() as s:
        return s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()


def test_open_case_file_is_audited_and_fully_loaded(admin_office):
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    case = case_file.open_case_file(admin_office, code)
    assert case.identity.family_name == "Essomba"  # loaded before the session closed
    assert [c.scope for c in case.consents] == ["register", "statistics", "referral"]
    assert case.screenings[0].industries == ["construction"]
    assert [e.record_ref for e in _events(admin_office, "case.view")] == [code]
    with pytest.raises(BadInput, match="no case"):
        case_file.open_case_file(admin_office, "CMR-2026-9999")


def test_changes_are_audited_field_by_field_without_values(admin_office):
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    changed = case_file.update_case(
        admin_office,
        code,
        profile={"age_years": 61},
        identity={"phone": "+237 600 000 001", "family_name": "Essomba"},
    )
    assert changed == ["profile.age_years", "profile.age_band", "identity.phone"]
    event = _events(admin_office, "case.change")[-1]
    assert event.fields == sorted(changed)
    assert "+237" not in repr(event.fields)
    assert case_file.open_case_file(admin_office, code).profile.age_band == "48+"
    assert case_file.update_case(admin_office, code, profile={"age_years": 61}) == []
    with pytest.raises(BadInput, match="Unknown field"):
        case_file.update_case(admin_office, code, identity={"passport": "X"})


def test_withdrawing_referral_consent_flags_open_referrals(admin_office):
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    case = case_file.open_case_file(admin_office, code)
    with admin_office.writing() as s:
        for status in ("sent", "service-provided"):
            s.add(Referral(case_id=case.id, sector="health", status=status))
        s.add(Referral(case_id=case.id, sector="food", status="sent"))
    consent = next(c for c in case.consents if c.scope == "referral")
    assert case_file.withdraw_consent(admin_office, code, consent.id) == 1
    flagged = {
        (r.sector, r.status): r.consent_withdrawn
        for r in case_file.open_case_file(admin_office, code).referrals
    }
    assert flagged == {
        ("health", "sent"): True,
        ("health", "service-provided"): False,
        ("food", "sent"): False,
    }
    with pytest.raises(BadInput, match="not currently given"):
        case_file.withdraw_consent(admin_office, code, consent.id)


def test_follow_ups_drive_the_next_follow_up_date(admin_office):
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    case_file.add_follow_up(admin_office, code, "Call the clinic", date(2026, 12, 5))
    case_file.add_follow_up(admin_office, code, "Visit shelter", date(2026, 12, 1))
    case = case_file.open_case_file(admin_office, code)
    assert case.next_follow_up_on == date(2026, 12, 1)
    first = next(a for a in case.follow_ups if a.description == "Visit shelter")
    case_file.complete_follow_up(admin_office, code, first.id, date(2026, 12, 1))
    assert case_file.open_case_file(admin_office, code).next_follow_up_on == date(2026, 12, 5)


def test_closure_needs_a_known_reason(admin_office):
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    with pytest.raises(BadInput, match="closure reason"):
        case_file.close_case(admin_office, code, "bored")
    case_file.close_case(
        admin_office, code, "referred", referred=True, closed_on=date(2026, 11, 30)
    )
    case = case_file.open_case_file(admin_office, code)
    assert (case.status, case.closure_reason, case.closed_on) == (
        "closed-referred",
        "referred",
        date(2026, 11, 30),
    )


def test_officers_manage_only_their_own_or_unassigned_cases(admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    mine = register_case(admin_office, adult_man_forced_labour_abroad())  # the admin's
    restricted = adult_man_forced_labour_abroad()
    restricted.sensitivity = "restricted"
    hidden = register_case(admin_office, restricted)
    fatou = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    assert case_file.open_case_file(fatou, mine).code == mine  # may view
    with pytest.raises(PermissionDenied, match="managed by another officer"):
        case_file.add_note(fatou, mine, "sneaky")
    with pytest.raises(PermissionDenied, match="restricted"):
        case_file.open_case_file(fatou, hidden)
    case_file.update_case(admin_office, mine, case={"assigned_officer_id": None})
    case_file.add_note(fatou, mine, "Now unassigned: I may write.")
    fatou.lock()
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    with pytest.raises(PermissionDenied):
        case_file.open_case_file(kofi, mine)
    kofi.lock()
