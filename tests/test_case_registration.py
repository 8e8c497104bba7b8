"""Registering cases: case codes, consent rules, anonymous contacts, validation, audit."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import CANARY_NAME
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import AuditEvent, Case, PersonIdentity
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    IdentityAnswers,
    ProfileAnswers,
    SafetyAnswers,
    ScreeningAnswers,
    problems,
    register_case,
)


def adult_man_forced_labour_abroad() -> CaseRegistration:
    return CaseRegistration(
        consents=[
            ConsentAnswer("register", "given", language="fra"),
            ConsentAnswer("statistics", "given"),
            ConsentAnswer("referral", "given", sector="health"),
        ],
        screening=ScreeningAnswers(
            acts=["recruitment", "transportation"],
            means=["deception"],
            purposes=["forced-labour"],
            forms_of_exploitation=["forced-labour"],
            industries=["construction"],
            countries_of_exploitation=["LBY"],
            trafficked_where="abroad",
        ),
        needs={"health": "wants", "shelter-nfi": "declines"},
        profile=ProfileAnswers(
            sex="male",
            age_years=34,
            nationality_status="national",
            citizenships=["CMR"],
            languages=["fra"],
        ),
        identity=IdentityAnswers(given_names=CANARY_NAME, family_name="Essomba"),
        registration_date=date(2026, 11, 2),
    )


def test_register_gives_sequential_office_codes_and_audits(admin_office):
    first = register_case(admin_office, adult_man_forced_labour_abroad())
    second = register_case(admin_office, adult_man_forced_labour_abroad())
    assert (first, second) == ("CMR-2026-0001", "CMR-2026-0002")
    with admin_office.reading() as s:
        case = s.scalars(select(Case).where(Case.code == first)).one()
        assert case.profile.age_band == "30-38"
        assert case.screenings[0].outcome == "presumed-victim"
        assert case.identity.given_names == CANARY_NAME
        assert {n.sector: n.status for n in case.needs} == {
            "health": "wants",
            "shelter-nfi": "declines",
        }
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "case.create")).all()
    assert [e.record_ref for e in events] == [first, second]


def test_without_consent_to_register_only_an_anonymous_contact_is_kept(admin_office):
    reg = adult_man_forced_labour_abroad()
    reg.consents = [ConsentAnswer("register", "refused")]
    code = register_case(admin_office, reg)
    with admin_office.reading() as s:
        case = s.scalars(select(Case).where(Case.code == code)).one()
        assert case.anonymous_contact and case.identity is None
        assert (case.profile.sex, case.profile.age_band, case.profile.age_years) == (
            "male",
            "30-38",
            None,
        )
        assert case.profile.citizenships == [] and case.screenings == []
        assert len(case.needs) == 2
        assert s.scalars(select(PersonIdentity)).all() == []


def test_child_needs_guardian_consent_or_best_interests():
    reg = adult_man_forced_labour_abroad()
    reg.profile.age_years = 15
    assert any("assent" in m for _, m in problems(reg))
    for c in reg.consents:
        c.given_by = "best-interests"
    assert any("Document the best-interests decision" in m for _, m in problems(reg))
    for c in reg.consents:
        c.best_interests_reason = "The uncle who holds her is the recruiter."
    assert problems(reg) == []


def test_date_of_birth_gives_the_age_and_the_child_rule(admin_office):
    reg = adult_man_forced_labour_abroad()
    reg.profile.age_years = None
    reg.identity.date_of_birth = date(2011, 5, 1)  # 15 on registration day
    reg.screening.means = []
    for c in reg.consents:
        c.given_by, c.guardian_name = "child-and-guardian", "Mother"
    code = register_case(admin_office, reg)
    with admin_office.reading() as s:
        case = s.scalars(select(Case).where(Case.code == code)).one()
        assert case.profile.age_years == 15 and case.profile.age_band == "9-17"
        assert case.screenings[0].outcome == "presumed-victim"  # no Means needed


def test_override_needs_a_reason():
    reg = adult_man_forced_labour_abroad()
    reg.screening.override_outcome = "assess-further"
    assert ("screening", "Overriding the computed outcome needs a written reason.") in problems(reg)
    reg.screening.override_reason = "Account is second-hand; meet again."
    assert problems(reg) == []


def test_immediate_danger_needs_the_urgent_action():
    reg = adult_man_forced_labour_abroad()
    reg.safety = SafetyAnswers(immediate_danger=True)
    assert [m for step, m in problems(reg) if step == "safety"] == [
        "Immediate danger: record who was alerted.",
        "Immediate danger: record what was done.",
    ]


def test_invalid_registration_saves_nothing(admin_office):
    reg = adult_man_forced_labour_abroad()
    reg.profile.age_years = 250
    with pytest.raises(BadInput, match="between 0 and 120"):
        register_case(admin_office, reg)
    with admin_office.reading() as s:
        assert s.scalars(select(Case)).all() == []


def test_focal_points_cannot_register(admin_office, db_path):
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    with pytest.raises(PermissionDenied):
        register_case(kofi, adult_man_forced_labour_abroad())
    kofi.lock()
