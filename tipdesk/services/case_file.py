"""Opening and changing a case file; every view and change is audited (field names only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import (
    Case,
    CaseNote,
    FollowUpAction,
    Need,
    Participation,
    PersonIdentity,
    PersonProfile,
    Referral,
    utcnow,
)
from tipdesk.models import vocab as v
from tipdesk.models.text import field_problem
from tipdesk.services import audit
from tipdesk.services.case_access import require_edit, require_view
from tipdesk.services.case_registration import IDENTITY_LABELS, PARTICIPATION_LABELS
from tipdesk.services.context import UnlockedOffice

_EAGER = (
    selectinload(Case.profile),
    selectinload(Case.identity),
    selectinload(Case.participation),
    selectinload(Case.consents),
    selectinload(Case.safety_assessments),
    selectinload(Case.screenings),
    selectinload(Case.needs),
    selectinload(Case.referrals).selectinload(Referral.events),
    selectinload(Case.follow_ups),
    selectinload(Case.notes),
)

OPEN_REFERRAL_STATUSES = ("draft", "sent", "received", "accepted")


def load_case(session: Session, code: str) -> Case:
    """The case with everything loaded, in `session`; BadInput when there is none."""
    case = session.scalars(select(Case).where(Case.code == code).options(*_EAGER)).first()
    if case is None:
        raise BadInput(
            translate("case_file", "There is no case {code}. Check the case code.").format(
                code=code
            )
        )
    return case


def open_case_file(office: UnlockedOffice, code: str) -> Case:
    """The whole case as detached rows (everything loaded); the view is audited."""
    with office.writing() as s:
        case = load_case(s, code)
        require_view(office, case)
        audit.record(s, office.user.username, "case.view", "case", code)
    return case


def _changed(row, values: dict) -> list[str]:
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed


PROFILE_FIELDS = {
    "sex",
    "age_years",
    "nationality_status",
    "citizenships",
    "languages",
    "disability",
    "disability_details",
}
IDENTITY_FIELDS = {
    "given_names",
    "family_name",
    "aliases",
    "date_of_birth",
    "phone",
    "other_contact",
    "address",
    "caregiver_name",
    "caregiver_contact",
    "separated_or_unaccompanied",
}
PARTICIPATION_FIELDS = {"own_priorities", "preferred_contact", "safe_contact_times", "child_views"}
CASE_FIELDS = {"status", "sensitivity", "assigned_officer_id", "prior_pathway"}


def update_case(
    office: UnlockedOffice,
    code: str,
    *,
    case: dict | None = None,
    profile: dict | None = None,
    identity: dict | None = None,
    participation: dict | None = None,
) -> list[str]:
    """Change fields of a case; returns (and audits) the names of the fields that changed."""
    case_values, profile, identity, participation = (
        case or {},
        profile or {},
        identity or {},
        participation or {},
    )
    for given, allowed in (
        (case_values, CASE_FIELDS),
        (profile, PROFILE_FIELDS),
        (identity, IDENTITY_FIELDS),
        (participation, PARTICIPATION_FIELDS),
    ):
        unknown = set(given) - allowed
        if unknown:
            raise BadInput(
                translate("case_file", "Unknown field(s): {value}.").format(
                    value=", ".join(sorted(unknown))
                )
            )
    _validate(case_values, profile)
    _validate_text(profile, identity, participation)
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        changed = [f"case.{n}" for n in _changed(row, case_values)]
        if profile:
            if "age_years" in profile:
                profile = profile | {"age_band": v.age_band(profile["age_years"])}
            changed += [f"profile.{n}" for n in _changed(row.profile, profile)]
        if identity:
            if row.anonymous_contact:
                raise BadInput(
                    translate(
                        "case_file",
                        "This is an anonymous contact: identifying details may only be "
                        "recorded after the person consents to registration.",
                    )
                )
            row.identity = row.identity or PersonIdentity()
            changed += [f"identity.{n}" for n in _changed(row.identity, identity)]
        if participation:
            row.participation = row.participation or Participation()
            changed += [f"participation.{n}" for n in _changed(row.participation, participation)]
        if changed:
            row.updated_at = utcnow()
            audit.record(s, office.user.username, "case.change", "case", code, changed)
    return changed


def _validate(case_values: dict, profile: dict) -> None:
    if "status" in case_values and case_values["status"] not in v.CASE_STATUS:
        raise BadInput(
            translate("case_file", "Unknown case status '{value}'.").format(
                value=case_values["status"]
            )
        )
    if "sensitivity" in case_values and case_values["sensitivity"] not in v.SENSITIVITY:
        raise BadInput(
            translate("case_file", "Unknown sensitivity '{value}'.").format(
                value=case_values["sensitivity"]
            )
        )
    if "sex" in profile and profile["sex"] not in v.SEX:
        raise BadInput(
            translate("case_file", "Unknown sex '{value}'.").format(value=profile["sex"])
        )
    age = profile.get("age_years")
    if age is not None and not 0 <= age <= 120:
        raise BadInput(
            translate(
                "case_file",
                "The age must be between 0 and 120 years (leave it empty when unknown).",
            )
        )


def _validate_text(profile: dict, identity: dict, participation: dict) -> None:
    """Refuse text the store cannot keep (control characters, longer than its field)."""
    found = [
        field_problem(labels.get(name, name), value, model, name)
        for values, model, labels in (
            (profile, PersonProfile, {"disability_details": "Disability details"}),
            (identity, PersonIdentity, IDENTITY_LABELS),
            (participation, Participation, PARTICIPATION_LABELS),
        )
        for name, value in values.items()
        if isinstance(value, str)
    ]
    found = [problem for problem in found if problem]
    if found:
        raise BadInput(" ".join(found) + " Nothing was changed.")


def set_need(office: UnlockedOffice, code: str, sector: str, status: str | None) -> None:
    """Record what the person wants, declines or already receives in a sector (None: unset)."""
    if sector not in v.SECTORS or (status is not None and status not in v.NEED_STATUS):
        raise BadInput(
            translate("case_file", "Unknown sector or need status: {sector}, {status}.").format(
                sector=sector, status=status
            )
        )
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        need = next((n for n in row.needs if n.sector == sector), None)
        if status is None and need is not None:
            row.needs.remove(need)
        elif need is None and status is not None:
            row.needs.append(Need(sector=sector, status=status))
        elif need is not None:
            need.status = status
        audit.record(s, office.user.username, "case.change", "case", code, [f"needs.{sector}"])


def withdraw_consent(office: UnlockedOffice, code: str, consent_id: int) -> int:
    """Withdraw a consent; open referrals it covered are flagged (and their forms blocked).

    Returns how many open referrals were flagged.
    """
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        consent = next((c for c in row.consents if c.id == consent_id), None)
        if consent is None or consent.decision != "given" or consent.withdrawn_at:
            raise BadInput(
                translate(
                    "case_file", "That consent is not currently given, so it cannot be withdrawn."
                )
            )
        consent.withdrawn_at = utcnow()
        flagged = 0
        if consent.scope in ("referral", "register"):
            for referral in row.referrals:
                covered = consent.scope == "register" or referral.sector == consent.sector
                if covered and referral.status in OPEN_REFERRAL_STATUSES:
                    referral.consent_withdrawn = True
                    flagged += 1
        audit.record(
            s, office.user.username, "consent.withdraw", "case", code, [f"consent.{consent.scope}"]
        )
        return flagged


def add_follow_up(office: UnlockedOffice, code: str, description: str, due_on: date) -> None:
    if not description.strip():
        raise BadInput(translate("case_file", "Describe the follow-up action."))
    _refuse_text("The follow-up action", description.strip(), FollowUpAction, "description")
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        row.follow_ups.append(
            FollowUpAction(
                description=description.strip(),
                due_on=due_on,
                assigned_to_id=office.user.id or None,
            )
        )
        _refresh_next_follow_up(row)
        audit.record(s, office.user.username, "case.change", "case", code, ["follow_ups"])


def complete_follow_up(
    office: UnlockedOffice, code: str, action_id: int, done_on: date | None = None
) -> None:
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        action = next((a for a in row.follow_ups if a.id == action_id), None)
        if action is None:
            raise BadInput(translate("case_file", "That follow-up action no longer exists."))
        action.done_on = done_on or date.today()
        _refresh_next_follow_up(row)
        audit.record(s, office.user.username, "case.change", "case", code, ["follow_ups"])


def _refuse_text(label: str, text: str, model: type, name: str) -> None:
    problem = field_problem(label, text, model, name)
    if problem:
        raise BadInput(problem + " Nothing was saved.")


def _refresh_next_follow_up(case: Case) -> None:
    pending = [a.due_on for a in case.follow_ups if a.done_on is None]
    case.next_follow_up_on = min(pending) if pending else None


def add_note(office: UnlockedOffice, code: str, text: str) -> None:
    if not text.strip():
        raise BadInput(translate("case_file", "The note is empty."))
    _refuse_text("The note", text.strip(), CaseNote, "text")
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        row.notes.append(CaseNote(text=text.strip(), author_id=office.user.id or None))
        audit.record(s, office.user.username, "case.change", "case", code, ["notes"])


def close_case(
    office: UnlockedOffice,
    code: str,
    reason: str,
    *,
    referred: bool = False,
    closed_on: date | None = None,
) -> None:
    """Close a case with an HTCDS closure reason (closed, or closed-referred)."""
    if reason not in v.CLOSURE_REASONS:
        raise BadInput(
            translate("case_file", "Choose a closure reason ({value}).").format(
                value=", ".join(v.CLOSURE_REASONS.codes)
            )
        )
    with office.writing() as s:
        row = load_case(s, code)
        require_edit(office, row)
        row.status = "closed-referred" if referred else "closed"
        row.closure_reason = reason
        row.closed_on = closed_on or date.today()
        audit.record(
            s,
            office.user.username,
            "case.close",
            "case",
            code,
            ["case.status", "case.closure_reason", "case.closed_on"],
        )
