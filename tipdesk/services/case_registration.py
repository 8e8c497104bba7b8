"""Registering a case from the wizard (or an import): validation, case code, consent rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from tipdesk.errors import BadInput
from tipdesk.i18n import QT_TRANSLATE_NOOP, translate
from tipdesk.models import (
    Case,
    CaseCodeCounter,
    Consent,
    Need,
    Participation,
    PersonIdentity,
    PersonProfile,
    SafetyAssessment,
    Screening,
)
from tipdesk.models import vocab as v
from tipdesk.models.text import field_problem
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require
from tipdesk.services.screening import ScreeningResult, compute_outcome, is_child


@dataclass
class SafetyAnswers:
    """Do no harm."""

    immediate_danger: bool = False
    exploiter_nearby: bool = False
    private_space: bool = True
    urgent_medical_need: bool = False
    retaliation_risk: bool = False
    safe_to_contact_later: bool = True
    urgent_action_alerted: str = ""
    urgent_action_taken: str = ""
    safety_plan: str = ""


@dataclass
class ConsentAnswer:
    """One consent decision (scope: register, referral, share or statistics)."""

    scope: str
    decision: str  # "given" or "refused"
    sector: str | None = None
    partner: str | None = None
    information: list[str] | None = None
    given_by: str = "person"
    guardian_name: str | None = None
    best_interests_reason: str | None = None
    method: str = "verbal"
    language: str | None = None
    interpreter: bool = False


@dataclass
class ScreeningAnswers:
    """Identification by the Palermo definition."""

    acts: list[str] = field(default_factory=list)
    means: list[str] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    forms_of_exploitation: list[str] = field(default_factory=list)
    sex_exploitation_types: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    means_of_control: list[str] = field(default_factory=list)
    recruitment_methods: list[str] = field(default_factory=list)
    relationship_to_recruiter: str | None = None
    countries_of_recruitment: list[str] = field(default_factory=list)
    countries_of_exploitation: list[str] = field(default_factory=list)
    trafficked_where: str = "unknown"
    override_outcome: str | None = None
    override_reason: str = ""


@dataclass
class ProfileAnswers:
    """Non-discrimination: who the person is, without identifying them."""

    sex: str = "unknown"
    age_years: int | None = None
    age_band: str | None = None  # when only a band is known
    nationality_status: str = "unknown"
    citizenships: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    disability: bool | None = None
    disability_details: str = ""


@dataclass
class IdentityAnswers:
    """Identifying details, only with consent to register."""

    given_names: str = ""
    family_name: str = ""
    aliases: str = ""
    date_of_birth: date | None = None
    phone: str = ""
    other_contact: str = ""
    address: str = ""
    caregiver_name: str = ""
    caregiver_contact: str = ""
    separated_or_unaccompanied: str = ""


@dataclass
class ParticipationAnswers:
    """The person's own account, priorities and safe contact."""

    own_priorities: str = ""
    preferred_contact: str = ""
    safe_contact_times: str = ""
    child_views: str = ""


@dataclass
class CaseRegistration:
    """Everything the wizard collected."""

    safety: SafetyAnswers = field(default_factory=SafetyAnswers)
    consents: list[ConsentAnswer] = field(default_factory=list)
    screening: ScreeningAnswers = field(default_factory=ScreeningAnswers)
    needs: dict[str, str] = field(default_factory=dict)  # sector -> need status
    profile: ProfileAnswers = field(default_factory=ProfileAnswers)
    identity: IdentityAnswers = field(default_factory=IdentityAnswers)
    participation: ParticipationAnswers = field(default_factory=ParticipationAnswers)
    sensitivity: str = "standard"
    prior_pathway: str = "none"
    registration_date: date | None = None
    status: str = "active"  # an imported register may bring cases in any status

    def consent(self, scope: str) -> ConsentAnswer | None:
        return next((c for c in self.consents if c.scope == scope and c.sector is None), None)

    @property
    def consents_to_register(self) -> bool:
        answer = self.consent("register")
        return answer is not None and answer.decision == "given"

    @property
    def child(self) -> bool:
        return is_child(self.age_years, self.profile.age_band)

    @property
    def age_years(self) -> int | None:
        if self.profile.age_years is not None:
            return self.profile.age_years
        born = self.identity.date_of_birth if self.consents_to_register else None
        if born is None:
            return None
        today = self.registration_date or date.today()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _texts(values: list[tuple[str, str | None, type, str]]) -> list[str]:
    """The problems of free-text answers (label, text, model, column) under the text rule."""
    found = [
        field_problem(label, (text or "").strip(), model, name)
        for label, text, model, name in values
    ]
    return [problem for problem in found if problem]


def safety_problems(s: SafetyAnswers) -> list[str]:
    """What a safety assessment still lacks (in immediate danger, who was alerted and what
    was done), and text that cannot be stored."""
    found = _texts(
        [
            ("Who was alerted", s.urgent_action_alerted, SafetyAssessment, "urgent_action_alerted"),
            ("What was done", s.urgent_action_taken, SafetyAssessment, "urgent_action_taken"),
            ("Safety plan", s.safety_plan, SafetyAssessment, "safety_plan"),
        ]
    )
    if s.immediate_danger:
        if not s.urgent_action_alerted.strip():
            found.append(QT_TRANSLATE_NOOP("problems", "Immediate danger: record who was alerted."))
        if not s.urgent_action_taken.strip():
            found.append(QT_TRANSLATE_NOOP("problems", "Immediate danger: record what was done."))
    return found


def consent_problems(c: ConsentAnswer, child: bool) -> list[str]:
    """What is wrong with one consent decision (`child`: the person is under 18)."""
    found = _texts(
        [
            ("Partner", c.partner, Consent, "partner"),
            ("Parent or guardian", c.guardian_name, Consent, "guardian_name"),
            ("Best-interests decision", c.best_interests_reason, Consent, "best_interests_reason"),
        ]
    )

    def check(ok: bool, message: str) -> None:
        if not ok:
            found.append(message)

    check(c.scope in v.CONSENT_SCOPES, f"Unknown consent purpose '{c.scope}'.")
    check(c.decision in v.CONSENT_DECISIONS, f"Unknown consent decision '{c.decision}'.")
    check(c.given_by in v.CONSENT_GIVERS, f"Unknown consent giver '{c.given_by}'.")
    check(c.method in v.CONSENT_METHODS, f"Unknown consent method '{c.method}'.")
    if c.scope == "referral":
        check(
            c.sector in v.SECTORS,
            QT_TRANSLATE_NOOP("problems", "A referral consent names its sector."),
        )
    if c.scope == "share":
        check(
            bool((c.partner or "").strip()),
            QT_TRANSLATE_NOOP("problems", "Consent to share names the partner it is shared with."),
        )
    if c.decision == "given" and child:
        check(
            c.given_by in {"child-and-guardian", "best-interests"},
            QT_TRANSLATE_NOOP(
                "problems",
                "For a child, record the child's assent with a parent or guardian's consent, "
                "or a best-interests decision.",
            ),
        )
    if c.given_by == "best-interests":
        check(
            bool((c.best_interests_reason or "").strip()),
            QT_TRANSLATE_NOOP(
                "problems", "Document the best-interests decision (why the guardian is not asked)."
            ),
        )
    if c.given_by == "child-and-guardian" and c.decision == "given":
        check(
            bool((c.guardian_name or "").strip()),
            QT_TRANSLATE_NOOP("problems", "Name the parent or guardian who consented."),
        )
    return found


def screening_result(sc: ScreeningAnswers, child: bool) -> ScreeningResult:
    """The outcome computed from the indicators (Act + Purpose suffice for a child)."""
    return compute_outcome(
        sc.acts,
        sc.means,
        sc.purposes,
        child=child,
        other_indicators=sc.means_of_control + sc.forms_of_exploitation,
    )


def screening_problems(sc: ScreeningAnswers, child: bool) -> list[str]:
    """Unknown indicators, and an override of the computed outcome without a reason."""
    found = _texts([("Reason for the outcome", sc.override_reason, Screening, "override_reason")])
    relation = sc.relationship_to_recruiter
    if relation and relation not in v.RELATIONSHIP_TO_RECRUITER:
        found.append(f"Unknown relationship to the recruiter '{relation}'.")
    if sc.trafficked_where not in v.TRAFFICKED_WHERE:
        found.append(f"Unknown place of trafficking '{sc.trafficked_where}'.")
    for name, values, vocabulary in (
        ("act", sc.acts, v.ACTS),
        ("means", sc.means, v.MEANS),
        ("purpose", sc.purposes, v.PURPOSES),
        ("form of exploitation", sc.forms_of_exploitation, v.FORMS_OF_EXPLOITATION),
        ("type of sexual exploitation", sc.sex_exploitation_types, v.SEX_EXPLOITATION_TYPES),
        ("industry", sc.industries, v.INDUSTRIES),
        ("means of control", sc.means_of_control, v.MEANS_OF_CONTROL),
        ("method of recruitment", sc.recruitment_methods, v.RECRUITMENT_METHODS),
    ):
        found += [f"Unknown {name} '{value}'." for value in values if value not in vocabulary]
    if sc.override_outcome:
        if sc.override_outcome not in v.SCREENING_OUTCOMES:
            found.append(f"Unknown screening outcome '{sc.override_outcome}'.")
        if (
            sc.override_outcome != screening_result(sc, child).outcome
            and not sc.override_reason.strip()
        ):
            found.append(
                QT_TRANSLATE_NOOP(
                    "problems", "Overriding the computed outcome needs a written reason."
                )
            )
    return found


def problems(reg: CaseRegistration) -> list[tuple[str, str]]:
    """Every validation problem as (step, message in plain words); empty when it can be saved."""
    found: list[tuple[str, str]] = []

    def check(ok: bool, step: str, message: str) -> None:
        if not ok:
            found.append((step, message))

    found += [("safety", m) for m in safety_problems(reg.safety)]
    found += [(step, m) for step, m in text_problems(reg)]
    check(
        reg.consent("register") is not None,
        "consent",
        QT_TRANSLATE_NOOP(
            "problems", "Record whether the person consents to registering their personal data."
        ),
    )
    child = reg.child
    for c in reg.consents:
        found += [("consent", m) for m in consent_problems(c, child)]
    found += [("screening", m) for m in screening_problems(reg.screening, child)]
    for sector, status in reg.needs.items():
        check(sector in v.SECTORS, "needs", f"Unknown sector '{sector}'.")
        check(status in v.NEED_STATUS, "needs", f"Unknown need status '{status}'.")
    p = reg.profile
    check(p.sex in v.SEX, "profile", f"Unknown sex '{p.sex}'.")
    check(
        p.age_years is None or 0 <= p.age_years <= 120,
        "profile",
        QT_TRANSLATE_NOOP(
            "problems", "The age must be between 0 and 120 years (leave it empty when unknown)."
        ),
    )
    check(
        p.age_band is None or p.age_band in v.AGE_BAND,
        "profile",
        f"Unknown age band '{p.age_band}'.",
    )
    check(
        p.nationality_status in v.NATIONALITY_STATUS,
        "profile",
        f"Unknown nationality status '{p.nationality_status}'.",
    )
    check(reg.status in v.CASE_STATUS, "case", f"Unknown case status '{reg.status}'.")
    check(
        reg.sensitivity in v.SENSITIVITY,
        "confidentiality",
        f"Unknown sensitivity '{reg.sensitivity}'.",
    )
    check(
        reg.prior_pathway in v.PRIOR_PATHWAY,
        "identification",
        f"Unknown pathway '{reg.prior_pathway}'.",
    )
    born = reg.identity.date_of_birth
    if born is not None:
        check(
            born <= (reg.registration_date or date.today()),
            "profile",
            QT_TRANSLATE_NOOP("problems", "The date of birth cannot be in the future."),
        )
    return found


IDENTITY_LABELS = {
    "given_names": "Given names",
    "family_name": "Family name",
    "aliases": "Aliases",
    "phone": "Phone",
    "other_contact": "Other contact",
    "address": "Address",
    "caregiver_name": "Caregiver's name",
    "caregiver_contact": "Caregiver's contact",
    "separated_or_unaccompanied": "Separated or unaccompanied",
}
PARTICIPATION_LABELS = {
    "own_priorities": "Own priorities",
    "preferred_contact": "Preferred contact",
    "safe_contact_times": "Safe times to contact",
    "child_views": "Child's views",
}


def text_problems(reg: CaseRegistration) -> list[tuple[str, str]]:
    """(step, message) for each profile, identity or participation text that cannot be stored."""
    profile = _texts(
        [
            (
                "Disability details",
                reg.profile.disability_details,
                PersonProfile,
                "disability_details",
            )
        ]
    )
    identity = _texts(
        [
            (label, getattr(reg.identity, name), PersonIdentity, name)
            for name, label in IDENTITY_LABELS.items()
        ]
    )
    participation = _texts(
        [
            (label, getattr(reg.participation, name), Participation, name)
            for name, label in PARTICIPATION_LABELS.items()
        ]
    )
    return (
        [("profile", m) for m in profile]
        + [("confidentiality", m) for m in identity]
        + [("needs", m) for m in participation]  # the participation page shows "needs"
    )


def computed_screening(reg: CaseRegistration) -> ScreeningResult:
    return screening_result(reg.screening, reg.child)


def next_case_code(session, country_code: str, year: int) -> str:
    """The next case code of the office for `year`, e.g. CMR-2026-0042 (never reused)."""
    counter = session.get(CaseCodeCounter, year)
    if counter is None:
        counter = CaseCodeCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return f"{country_code}-{year}-{counter.last_number:04d}"


def _text(value: str) -> str | None:
    value = (value or "").strip()
    return value or None


def build_case(reg: CaseRegistration, code: str, officer_id: int | None) -> Case:
    """The ORM rows for a registration (without consent to register: an anonymous contact)."""
    today = reg.registration_date or date.today()
    p = reg.profile
    age = reg.age_years
    band = v.age_band(age) if age is not None else (p.age_band or "unknown")
    anonymous = not reg.consents_to_register
    case = Case(
        code=code,
        status=reg.status,
        registration_date=today,
        assigned_officer_id=officer_id,
        created_by_id=officer_id,
        sensitivity=reg.sensitivity,
        anonymous_contact=anonymous,
        prior_pathway=reg.prior_pathway,
    )
    case.needs = [Need(sector=sector, status=status) for sector, status in reg.needs.items()]
    if anonymous:
        case.profile = PersonProfile(sex=p.sex, age_band=band)
        case.consents = [consent_row(reg.consent("register"), officer_id)]
        return case
    case.profile = PersonProfile(
        sex=p.sex,
        age_years=age,
        age_band=band,
        nationality_status=p.nationality_status,
        citizenships=list(p.citizenships),
        languages=list(p.languages),
        disability=p.disability,
        disability_details=_text(p.disability_details),
    )
    i = reg.identity
    case.identity = PersonIdentity(
        given_names=_text(i.given_names),
        family_name=_text(i.family_name),
        aliases=_text(i.aliases),
        date_of_birth=i.date_of_birth,
        phone=_text(i.phone),
        other_contact=_text(i.other_contact),
        address=_text(i.address),
        caregiver_name=_text(i.caregiver_name),
        caregiver_contact=_text(i.caregiver_contact),
        separated_or_unaccompanied=_text(i.separated_or_unaccompanied),
    )
    part = reg.participation
    case.participation = Participation(
        own_priorities=_text(part.own_priorities),
        preferred_contact=_text(part.preferred_contact),
        safe_contact_times=_text(part.safe_contact_times),
        child_views=_text(part.child_views),
    )
    case.safety_assessments = [safety_row(reg.safety)]
    case.consents = [consent_row(c, officer_id) for c in reg.consents]
    case.screenings = [screening_row(reg.screening, computed_screening(reg).outcome, officer_id)]
    return case


def safety_row(s: SafetyAnswers) -> SafetyAssessment:
    """The stored row of a safety assessment."""
    return SafetyAssessment(
        immediate_danger=s.immediate_danger,
        exploiter_nearby=s.exploiter_nearby,
        private_space=s.private_space,
        urgent_medical_need=s.urgent_medical_need,
        retaliation_risk=s.retaliation_risk,
        safe_to_contact_later=s.safe_to_contact_later,
        urgent_action_alerted=_text(s.urgent_action_alerted),
        urgent_action_taken=_text(s.urgent_action_taken),
        safety_plan=_text(s.safety_plan),
    )


def screening_row(sc: ScreeningAnswers, computed: str, officer_id: int | None) -> Screening:
    """The stored row of a screening whose computed outcome is `computed`."""
    return Screening(
        screened_by_id=officer_id,
        acts=list(sc.acts),
        means=list(sc.means),
        purposes=list(sc.purposes),
        forms_of_exploitation=list(sc.forms_of_exploitation),
        sex_exploitation_types=list(sc.sex_exploitation_types),
        industries=list(sc.industries),
        means_of_control=list(sc.means_of_control),
        recruitment_methods=list(sc.recruitment_methods),
        relationship_to_recruiter=sc.relationship_to_recruiter,
        countries_of_recruitment=list(sc.countries_of_recruitment),
        countries_of_exploitation=list(sc.countries_of_exploitation),
        trafficked_where=sc.trafficked_where,
        computed_outcome=computed,
        outcome=sc.override_outcome or computed,
        override_reason=_text(sc.override_reason) if sc.override_outcome else None,
    )


def consent_row(c: ConsentAnswer, officer_id: int | None) -> Consent:
    """The stored row of a consent decision."""
    return Consent(
        scope=c.scope,
        decision=c.decision,
        sector=c.sector,
        partner=_text(c.partner),
        information=c.information,
        given_by=c.given_by,
        guardian_name=_text(c.guardian_name),
        best_interests_reason=_text(c.best_interests_reason),
        method=c.method,
        language=c.language,
        interpreter=c.interpreter,
        recorded_by_id=officer_id,
    )


def register_case(office: UnlockedOffice, reg: CaseRegistration) -> str:
    """Validate and save a new case in one unit of work; returns its case code."""
    require(office, "cases.register")
    found = problems(reg)
    if found:
        raise BadInput(
            translate("problems", "The case cannot be saved yet: {problems}").format(
                problems=" ".join(translate("problems", message) for _, message in found)
            )
        )
    today = reg.registration_date or date.today()
    with office.writing() as s:
        code = next_case_code(s, office.info.country_code, today.year)
        case = build_case(reg, code, office.user.id or None)
        s.add(case)
        s.flush()
        audit.record(s, office.user.username, "case.create", "case", code)
    return code


def case_exists(office: UnlockedOffice, code: str) -> bool:
    with office.reading() as s:
        return s.scalar(select(Case.id).where(Case.code == code)) is not None
