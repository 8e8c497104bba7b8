"""Hostile text in every free-text answer of a case registration (the wizard and imports).

Each answer is stored exactly (trimmed) and read back the same after a fresh sign-in, or the
registration is refused with a message naming the answer, and nothing at all is written.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.resilience.hostile_text import (
    fresh_sign_in,
    hostile_text,
    hypothesis_examples,
    make_office,
    snapshot,
    storable,
    storable_text,
)
from tipdesk.errors import BadInput
from tipdesk.models import TEXT_LIMIT
from tipdesk.services import office as office_service
from tipdesk.services.case_file import open_case_file
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    ProfileAnswers,
    register_case,
)

# (where the answer goes, its label in messages, how many characters it holds)
FIELDS = [
    ("identity.given_names", "Given names", 200),
    ("identity.family_name", "Family name", 200),
    ("identity.aliases", "Aliases", 400),
    ("identity.phone", "Phone", 60),
    ("identity.other_contact", "Other contact", 200),
    ("identity.address", "Address", TEXT_LIMIT),
    ("identity.caregiver_name", "Caregiver's name", 200),
    ("identity.caregiver_contact", "Caregiver's contact", 200),
    ("participation.own_priorities", "Own priorities", TEXT_LIMIT),
    ("participation.preferred_contact", "Preferred contact", 200),
    ("participation.safe_contact_times", "Safe times to contact", 200),
    ("participation.child_views", "Child's views", TEXT_LIMIT),
    ("profile.disability_details", "Disability details", 200),
    ("safety.safety_plan", "Safety plan", TEXT_LIMIT),
    ("safety.urgent_action_alerted", "Who was alerted", TEXT_LIMIT),
    ("safety.urgent_action_taken", "What was done", TEXT_LIMIT),
    ("statistics.partner", "Partner", 200),
    ("statistics.guardian_name", "Parent or guardian", 200),
    ("statistics.best_interests_reason", "Best-interests decision", TEXT_LIMIT),
    ("screening.override_reason", "Reason for the outcome", TEXT_LIMIT),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_office(tmp_path_factory.mktemp("hostile-registration"))


@pytest.fixture(scope="module")
def office(db):
    signed_in = office_service.sign_in(db, "amina", "Maroua-river-2026")
    yield signed_in
    signed_in.lock()


def registration() -> CaseRegistration:
    """A valid adult registration; every free-text answer empty and optional."""
    reg = CaseRegistration(
        profile=ProfileAnswers(sex="female", age_years=29),
        consents=[
            ConsentAnswer("register", "given"),
            ConsentAnswer("statistics", "refused"),
        ],
    )
    reg.screening.override_outcome = "no-indicators"  # agrees: its reason is optional
    return reg


def part(holder, where: str):
    """The object that holds the answer `where` ("identity.given_names", ...)."""
    group = where.split(".")[0]
    if group == "statistics":
        return next(c for c in holder.consents if c.scope == "statistics")
    if group == "safety" and hasattr(holder, "safety_assessments"):
        return holder.safety_assessments[0]
    if group == "screening" and hasattr(holder, "screenings"):
        return holder.screenings[0]
    return getattr(holder, group)


def place(reg: CaseRegistration, where: str, text: str) -> None:
    setattr(part(reg, where), where.split(".")[1], text)


def stored(case, where: str):
    return getattr(part(case, where), where.split(".")[1])


@hypothesis_examples(100)
@given(field=st.sampled_from(FIELDS), text=hostile_text())
def test_one_answer_is_stored_exactly_or_refused_by_name(db, office, field, text):
    where, label, limit = field
    reg = registration()
    place(reg, where, text)
    before = snapshot(office)
    if storable(text.strip(), limit):
        code = register_case(office, reg)
        with fresh_sign_in(db) as again:
            assert stored(open_case_file(again, code), where) == (text.strip() or None)
    else:
        with pytest.raises(BadInput) as refused:
            register_case(office, reg)
        message = str(refused.value)
        assert label in message
        assert "control character" in message or "too long" in message
        assert snapshot(office) == before


@hypothesis_examples(20)
@given(data=st.data())
def test_hostile_text_in_every_answer_at_once_reads_back_exactly(db, office, data):
    required = {
        "safety.urgent_action_alerted",
        "safety.urgent_action_taken",
        "statistics.partner",
        "statistics.best_interests_reason",
        "screening.override_reason",
    }
    texts = {
        where: data.draw(storable_text(limit, required=where in required), label=where)
        for where, _label, limit in FIELDS
    }
    reg = registration()
    for where, text in texts.items():
        place(reg, where, text)
    reg.safety.immediate_danger = True  # who was alerted and what was done become required
    consent = part(reg, "statistics")
    consent.decision, consent.given_by = "given", "best-interests"  # its reason is required
    consent.scope = "share"  # the partner is required
    reg.screening.override_outcome = "assess-further"  # differs: the reason is required
    code = register_case(office, reg)
    with fresh_sign_in(db) as again:
        case = open_case_file(again, code)
        for consent in case.consents:
            consent.scope = "statistics" if consent.scope == "share" else consent.scope
        for where, text in texts.items():
            assert stored(case, where) == (text.strip() or None), where
