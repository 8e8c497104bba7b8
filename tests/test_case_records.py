"""New consents, safety assessments and screenings added to a case file: validated by the
wizard's rules, refused without the right to change the case, audited by field names."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import AuditEvent, Service
from tipdesk.services import case_file, directory, users
from tipdesk.services import office as office_service
from tipdesk.services.case_list import list_cases
from tipdesk.services.case_records import add_consent, add_safety_assessment, add_screening
from tipdesk.services.case_registration import (
    ConsentAnswer,
    SafetyAnswers,
    ScreeningAnswers,
    register_case,
)
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.referrals import allowed_fields, create_referral

PASSWORD = "temporary phrase 42"


def _events(office, action):
    with office.reading() as s:
        return s.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()


@pytest.fixture
def code(admin_office):
    return register_case(admin_office, adult_man_forced_labour_abroad())


def child_case(office) -> str:
    reg = adult_man_forced_labour_abroad()
    reg.profile.age_years = 15
    for consent in reg.consents:
        consent.given_by, consent.guardian_name = "child-and-guardian", "Aunt Fictional"
    return register_case(office, reg)


def anonymous_case(office) -> str:
    reg = adult_man_forced_labour_abroad()
    reg.consents = [ConsentAnswer("register", "refused")]
    return register_case(office, reg)


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (ConsentAnswer("referral", "given"), "names its sector"),
        (ConsentAnswer("referral", "given", sector="spa"), "names its sector"),
        (ConsentAnswer("share", "given", information=["name"]), "names the partner"),
        (ConsentAnswer("share", "given", partner="FCR"), "Tick the information"),
        (
            ConsentAnswer("share", "given", partner="FCR", information=["soul"]),
            "Unknown information 'soul'",
        ),
        (ConsentAnswer("statistics", "maybe"), "Unknown consent decision"),
        (ConsentAnswer("statistics", "given", method="telepathy"), "Unknown consent method"),
        (ConsentAnswer("statistics", "given", given_by="neighbour"), "Unknown consent giver"),
        (ConsentAnswer("statistics", "given", given_by="best-interests"), "best-interests"),
    ],
)
def test_a_consent_is_checked_by_the_wizard_rules(admin_office, code, answer, message):
    with pytest.raises(BadInput, match=message):
        add_consent(admin_office, code, answer)
    assert _events(admin_office, "consent.record") == []
    assert len(case_file.open_case_file(admin_office, code).consents) == 3


def test_a_childs_consent_needs_a_guardian_or_a_best_interests_decision(admin_office):
    code = child_case(admin_office)
    with pytest.raises(BadInput, match="For a child"):
        add_consent(admin_office, code, ConsentAnswer("referral", "given", sector="mhpss"))
    with pytest.raises(BadInput, match="Name the parent or guardian"):
        add_consent(
            admin_office,
            code,
            ConsentAnswer("referral", "given", sector="mhpss", given_by="child-and-guardian"),
        )
    add_consent(
        admin_office,
        code,
        ConsentAnswer(
            "referral",
            "given",
            sector="mhpss",
            given_by="best-interests",
            best_interests_reason="The uncle who holds guardianship recruited her.",
        ),
    )
    consent = case_file.open_case_file(admin_office, code).consents[-1]
    assert (consent.scope, consent.sector, consent.given_by) == (
        "referral",
        "mhpss",
        "best-interests",
    )


def test_a_new_referral_consent_opens_the_referral_gate_and_is_audited(admin_office, code):
    with pytest.raises(PermissionDenied, match="no consent to refer"):
        create_referral(admin_office, code, sector="mhpss", service_ref=None)
    consent_id = add_consent(
        admin_office,
        code,
        ConsentAnswer(
            "referral",
            "given",
            sector="mhpss",
            partner="ignored",
            method="written",
            language="fra",
            interpreter=True,
        ),
    )
    stored = case_file.open_case_file(admin_office, code).consents[-1]
    assert stored.id == consent_id and stored.partner is None and stored.interpreter
    assert create_referral(
        admin_office, code, sector="mhpss", service_ref=None, disclosed_fields=["sex"]
    )
    [event] = _events(admin_office, "consent.record")
    assert (event.record_ref, event.fields) == (code, ["consent.referral"])


def test_a_share_consent_lets_the_named_partner_receive_the_name(admin_office, code):
    clinic = directory.save_service(
        admin_office,
        ServiceRecord(
            organisation="Fictional Clinic Réseau",
            organisation_acronym="FCR",
            organisation_type="health",
            sector="health",
            service_type="Primary health care",
            admin1="Far North",
            site="Maroua",
        ),
    )

    def allowed():
        case = case_file.open_case_file(admin_office, code)
        with admin_office.reading() as s:
            service = s.scalars(
                select(Service)
                .where(Service.ref == clinic)
                .options(selectinload(Service.organisation))
            ).one()
            return allowed_fields(case, "health", service)

    assert "name" not in allowed()
    with pytest.raises(PermissionDenied, match="do not allow disclosing: Name"):
        create_referral(
            admin_office, code, sector="health", service_ref=clinic, disclosed_fields=["name"]
        )
    add_consent(
        admin_office,
        code,
        ConsentAnswer("share", "given", partner="FCR", information=["name", "phone"]),
    )
    assert {"name", "phone"} <= set(allowed())
    assert create_referral(
        admin_office, code, sector="health", service_ref=clinic, disclosed_fields=["name"]
    )
    event = _events(admin_office, "consent.record")[-1]
    assert event.fields == ["consent.share"] and "FCR" not in repr(event.fields)


def test_an_anonymous_contact_takes_no_identifying_record(admin_office):
    code = anonymous_case(admin_office)
    with pytest.raises(BadInput, match="anonymous contact"):
        add_consent(
            admin_office, code, ConsentAnswer("share", "given", partner="FCR", information=["name"])
        )
    with pytest.raises(BadInput, match="anonymous contact"):
        add_screening(admin_office, code, ScreeningAnswers(acts=["recruitment"]))
    with pytest.raises(BadInput, match="anonymous contact"):
        add_safety_assessment(admin_office, code, SafetyAnswers())
    add_consent(admin_office, code, ConsentAnswer("statistics", "given"))  # nothing identifying


def test_immediate_danger_needs_who_was_alerted_and_what_was_done(admin_office, code):
    with pytest.raises(BadInput, match="who was alerted.*what was done"):
        add_safety_assessment(admin_office, code, SafetyAnswers(immediate_danger=True))
    add_safety_assessment(
        admin_office,
        code,
        SafetyAnswers(
            immediate_danger=True,
            urgent_action_alerted="Police focal point",
            urgent_action_taken="Moved to the safe house",
            safety_plan="Code word: mango",
        ),
    )
    latest = case_file.open_case_file(admin_office, code).safety_assessments[-1]
    assert latest.immediate_danger and latest.urgent_action_taken == "Moved to the safe house"
    assert len(case_file.open_case_file(admin_office, code).safety_assessments) == 2
    event = _events(admin_office, "case.change")[-1]
    assert event.fields == ["safety_assessments"] and "mango" not in repr(event.fields)


def test_rescreening_computes_the_outcome_and_the_case_list_follows(admin_office, code):
    def listed():
        return next(r.outcome for r in list_cases(admin_office) if r.code == code)

    assert listed() == "presumed-victim"
    assert (
        add_screening(
            admin_office, code, ScreeningAnswers(acts=["recruitment"], purposes=["forced-labour"])
        )
        == "assess-further"
    )  # adult: Means
    assert listed() == "assess-further"
    with pytest.raises(BadInput, match="needs a written reason"):
        add_screening(admin_office, code, ScreeningAnswers(override_outcome="assess-further"))
    with pytest.raises(BadInput, match="Unknown act 'kidnap'"):
        add_screening(admin_office, code, ScreeningAnswers(acts=["kidnap"]))
    assert (
        add_screening(
            admin_office,
            code,
            ScreeningAnswers(
                override_outcome="assess-further", override_reason="Second interview pending"
            ),
        )
        == "assess-further"
    )
    latest = case_file.open_case_file(admin_office, code).screenings[-1]
    assert (latest.computed_outcome, latest.outcome, latest.override_reason) == (
        "no-indicators",
        "assess-further",
        "Second interview pending",
    )
    assert _events(admin_office, "case.change")[-1].fields == ["screenings", "screenings.override"]
    assert listed() == "assess-further"


def test_a_child_needs_no_means(admin_office):
    code = child_case(admin_office)
    assert (
        add_screening(
            admin_office, code, ScreeningAnswers(acts=["recruitment"], purposes=["forced-labour"])
        )
        == "presumed-victim"
    )


def test_only_those_who_manage_the_case_add_records(admin_office, db_path, code):
    users.add_user(admin_office, "fatou", "Fatou", "officer", PASSWORD)
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    fatou = office_service.sign_in(db_path, "fatou", PASSWORD)
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    for someone in (fatou, kofi):
        with pytest.raises(PermissionDenied):
            add_consent(someone, code, ConsentAnswer("referral", "given", sector="mhpss"))
        with pytest.raises(PermissionDenied):
            add_safety_assessment(someone, code, SafetyAnswers())
        with pytest.raises(PermissionDenied):
            add_screening(someone, code, ScreeningAnswers())
    case_file.update_case(admin_office, code, case={"assigned_officer_id": fatou.user.id})
    add_consent(fatou, code, ConsentAnswer("referral", "given", sector="mhpss"))
    assert [e.username for e in _events(admin_office, "consent.record")] == ["fatou"]
    fatou.lock()
    kofi.lock()
