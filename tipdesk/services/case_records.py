"""Records added to a case file over time and never edited in place: consents, safety
assessments, screenings. Each is validated by the rules of the case wizard, needs the right
to change the case, and is audited by field names only.
"""

from __future__ import annotations

from dataclasses import replace

from tipdesk.errors import BadInput
from tipdesk.i18n import QT_TRANSLATE_NOOP, translate
from tipdesk.models import Case, utcnow
from tipdesk.models import vocab as v
from tipdesk.services import audit
from tipdesk.services.case_access import require_edit
from tipdesk.services.case_file import load_case
from tipdesk.services.case_registration import (
    ConsentAnswer,
    SafetyAnswers,
    ScreeningAnswers,
    consent_problems,
    consent_row,
    safety_problems,
    safety_row,
    screening_problems,
    screening_result,
    screening_row,
)
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.screening import ScreeningResult, is_child

ANONYMOUS = QT_TRANSLATE_NOOP(
    "problems",
    "This is an anonymous contact: {what} may only be recorded once the person "
    "consents to registration and is registered with the case wizard.",
)


def anonymous_refusal(what: str) -> str:
    """Why nothing of kind `what` (a marked "problems" text) is recorded for this contact."""
    return translate("problems", ANONYMOUS).format(what=translate("problems", what))


def case_is_child(case: Case) -> bool:
    """Under 18 by the profile's age, or by its age band when the age is not known."""
    profile = case.profile
    return profile is not None and is_child(profile.age_years, profile.age_band)


def _refuse(found: list[str]) -> None:
    if found:
        raise BadInput(" ".join(translate("problems", message) for message in found))


def consent_rules(answer: ConsentAnswer, *, child: bool, anonymous: bool) -> list[str]:
    """Every problem with a new consent, in plain words (the wizard's rules, and a named
    partner's consent lists what may be shared; an anonymous contact shares nothing)."""
    found = consent_problems(answer, child)
    if answer.scope == "share":
        information = answer.information or []
        found += [
            f"Unknown information '{i}'." for i in information if i not in v.SHARED_INFORMATION
        ]
        if answer.decision == "given" and not information:
            found.append(
                QT_TRANSLATE_NOOP(
                    "problems", "Tick the information the person agrees to share with this partner."
                )
            )
    if anonymous and answer.decision == "given" and answer.scope in ("share", "register"):
        found.append(anonymous_refusal(QT_TRANSLATE_NOOP("problems", "identifying information")))
    return found


def add_consent(office: UnlockedOffice, code: str, answer: ConsentAnswer) -> int:
    """Record a new consent decision (earlier ones stay in the history); returns its id."""
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        _refuse(consent_rules(answer, child=case_is_child(row), anonymous=row.anonymous_contact))
        answer = replace(
            answer,
            sector=answer.sector if answer.scope == "referral" else None,
            partner=answer.partner if answer.scope == "share" else None,
            information=answer.information if answer.scope == "share" else None,
        )
        consent = consent_row(answer, office.user.id or None)
        row.consents.append(consent)
        row.updated_at = utcnow()
        s.flush()
        audit.record(
            s, office.user.username, "consent.record", "case", code, [f"consent.{answer.scope}"]
        )
        return consent.id


def add_safety_assessment(office: UnlockedOffice, code: str, answers: SafetyAnswers) -> int:
    """Record a new safety assessment (the situation changed); returns its id."""
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        if row.anonymous_contact:
            raise BadInput(anonymous_refusal(QT_TRANSLATE_NOOP("problems", "safety assessments")))
        _refuse(safety_problems(answers))
        assessment = safety_row(answers)
        row.safety_assessments.append(assessment)
        row.updated_at = utcnow()
        s.flush()
        audit.record(s, office.user.username, "case.change", "case", code, ["safety_assessments"])
        return assessment.id


def preview_screening(case: Case, answers: ScreeningAnswers) -> ScreeningResult:
    """The outcome a screening of this case would compute (the child rule by its profile)."""
    return screening_result(answers, case_is_child(case))


def add_screening(office: UnlockedOffice, code: str, answers: ScreeningAnswers) -> str:
    """Record a new screening (e.g. after a second interview); returns the recorded outcome.

    The case list's outcome follows the latest screening (a database trigger keeps it).
    """
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        if row.anonymous_contact:
            raise BadInput(anonymous_refusal(QT_TRANSLATE_NOOP("problems", "screenings")))
        child = case_is_child(row)
        _refuse(screening_problems(answers, child))
        computed = screening_result(answers, child).outcome
        if answers.override_outcome == computed:  # agreeing with the computation
            answers = replace(answers, override_outcome=None, override_reason="")
        screening = screening_row(answers, computed, office.user.id or None)
        row.screenings.append(screening)
        row.updated_at = utcnow()
        s.flush()
        fields = ["screenings"] + (["screenings.override"] if answers.override_outcome else [])
        audit.record(s, office.user.username, "case.change", "case", code, fields)
        return screening.outcome
