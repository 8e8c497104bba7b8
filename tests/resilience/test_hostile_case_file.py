"""Hostile text through every change of a case file: edits, notes, follow-ups, consents,
safety assessments, screenings, referrals and their feedback.

Each text is stored and read back the same after a fresh sign-in (exactly as given by the
case file's edits, trimmed by the services that trim), or refused with a message naming the
field, and then nothing at all is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.resilience.hostile_text import (
    fresh_sign_in,
    hostile_text,
    hypothesis_examples,
    make_office,
    snapshot,
    storable,
)
from tipdesk.errors import BadInput
from tipdesk.models import TEXT_LIMIT, Referral
from tipdesk.services import case_file, case_records, referrals
from tipdesk.services import office as office_service
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    ProfileAnswers,
    SafetyAnswers,
    ScreeningAnswers,
    register_case,
)


@dataclass(frozen=True)
class Change:
    """One way a user puts text into a case file."""

    name: str
    label: str  # how a refusal names the field
    limit: int
    write: object  # (office, code, text) -> None
    read: object  # (office, case) -> the stored text
    trimmed: bool = True  # the service trims surrounding whitespace
    required: bool = False  # blank text is refused by another rule
    prepare: object = None  # (office, code) -> what `write` needs as its fourth argument

    def run(self, office, code, text, prepared) -> None:
        if self.prepare is None:
            self.write(office, code, text)
        else:
            self.write(office, code, text, prepared)


def _edit(group: str, field: str, label: str, limit: int) -> Change:
    return Change(
        f"{group}.{field}",
        label,
        limit,
        lambda office, code, text: case_file.update_case(office, code, **{group: {field: text}}),
        lambda office, case: getattr(getattr(case, group), field),
        trimmed=False,
    )


def _consent(field: str, label: str, limit: int, **answer) -> Change:
    def write(office, code, text):
        case_records.add_consent(office, code, ConsentAnswer(**answer, **{field: text}))

    return Change(
        f"consent.{field}",
        label,
        limit,
        write,
        lambda office, case: getattr(case.consents[-1], field),
        required=answer["scope"] == "share",
    )


def _referral_write(office, code, text, field):
    referrals.create_referral(office, code, sector="health", service_ref=None, **{field: text})


def _last_referral(office, field):
    with office.reading() as s:
        return getattr(s.scalars(select(Referral).order_by(Referral.id.desc())).first(), field)


def _new_referral(office, code):
    return referrals.create_referral(office, code, sector="health", service_ref=None)


CHANGES = (
    [
        _edit("identity", "given_names", "Given names", 200),
        _edit("identity", "phone", "Phone", 60),
        _edit("identity", "address", "Address", TEXT_LIMIT),
        _edit("participation", "own_priorities", "Own priorities", TEXT_LIMIT),
        _edit("participation", "safe_contact_times", "Safe times to contact", 200),
        _edit("profile", "disability_details", "Disability details", 200),
        Change(
            "note",
            "The note",
            TEXT_LIMIT,
            case_file.add_note,
            lambda office, case: case.notes[-1].text,
            required=True,
        ),
        Change(
            "follow-up",
            "The follow-up action",
            TEXT_LIMIT,
            lambda office, code, text: case_file.add_follow_up(
                office, code, text, date(2031, 1, 1)
            ),
            lambda office, case: max(case.follow_ups, key=lambda a: a.id).description,
            required=True,
        ),
        _consent("partner", "Partner", 200, scope="share", decision="given", information=["name"]),
        _consent(
            "guardian_name", "Parent or guardian", 200, scope="statistics", decision="refused"
        ),
        _consent(
            "best_interests_reason",
            "Best-interests decision",
            TEXT_LIMIT,
            scope="statistics",
            decision="refused",
        ),
        Change(
            "safety plan",
            "Safety plan",
            TEXT_LIMIT,
            lambda office, code, text: case_records.add_safety_assessment(
                office, code, SafetyAnswers(safety_plan=text)
            ),
            lambda office, case: case.safety_assessments[-1].safety_plan,
        ),
        Change(
            "screening override",
            "Reason for the outcome",
            TEXT_LIMIT,
            lambda office, code, text: case_records.add_screening(
                office,
                code,
                ScreeningAnswers(override_outcome="assess-further", override_reason=text),
            ),
            lambda office, case: case.screenings[-1].override_reason,
            required=True,
        ),
    ]
    + [
        Change(
            f"referral {field}",
            label,
            TEXT_LIMIT,
            lambda office, code, text, field=field: _referral_write(office, code, text, field),
            lambda office, case, field=field: _last_referral(office, field),
        )
        for field, label in (
            ("reason", "Reason for referral"),
            ("services_requested", "Services requested"),
            ("services_already_provided", "Services already provided"),
        )
    ]
    + [
        Change(
            "referral feedback",
            "Note",
            TEXT_LIMIT,
            lambda office, code, text, referral_id: referrals.set_status(
                office, referral_id, "sent", note=text
            ),
            lambda office, case: _last_referral(office, "feedback"),
            prepare=_new_referral,
        )
    ]
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_office(tmp_path_factory.mktemp("hostile-case-file"))


@pytest.fixture(scope="module")
def office(db):
    signed_in = office_service.sign_in(db, "amina", "Maroua-river-2026")
    yield signed_in
    signed_in.lock()


@pytest.fixture(scope="module")
def code(office):
    """An adult with consent to register and to be referred to health services."""
    return register_case(
        office,
        CaseRegistration(
            profile=ProfileAnswers(sex="male", age_years=41),
            consents=[
                ConsentAnswer("register", "given"),
                ConsentAnswer("referral", "given", sector="health"),
            ],
        ),
    )


@hypothesis_examples(120)
@given(change=st.sampled_from(CHANGES), text=hostile_text())
def test_each_change_stores_text_exactly_or_refuses_it_by_name(db, office, code, change, text):
    kept = text.strip() if change.trimmed else text
    prepared = change.prepare(office, code) if change.prepare else None
    before = snapshot(office)
    if storable(kept, change.limit) and (kept.strip() or not change.required):
        change.run(office, code, text, prepared)
        with fresh_sign_in(db) as again:
            case = case_file.open_case_file(again, code)
            expected = kept if kept or not change.trimmed else None
            assert change.read(again, case) == expected
        return
    with pytest.raises(BadInput) as refused:
        change.run(office, code, text, prepared)
    if kept.strip() or not change.required:
        message = str(refused.value)
        assert change.label in message
        assert "control character" in message or "too long" in message
    assert snapshot(office) == before
