"""Referrals: consent-gated, carrying exactly the consented fields, tracked to an outcome."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.i18n import translate
from tipdesk.models import Case, Consent, Referral, ReferralEvent, Service
from tipdesk.models import vocab as v
from tipdesk.models.text import field_problem
from tipdesk.services import audit
from tipdesk.services.case_access import require_edit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import may, require

# Fields a referral can disclose (codes and labels live in the vocabularies). The basic,
# non-identifying ones need the sector's referral consent; the identifying ones also need
# consent to share them with that partner.
NON_IDENTIFYING = {t.code: t.label for t in v.REFERRAL_BASIC_FIELDS}
IDENTIFYING = {t.code: t.label for t in v.SHARED_INFORMATION}
FIELDS = NON_IDENTIFYING | IDENTIFYING

DUE_AFTER = {
    "emergency": timedelta(days=1),
    "urgent": timedelta(days=3),
    "normal": timedelta(days=14),
}
OPEN_STATUSES = ("draft", "sent", "received", "accepted")
AWAITING_PROVIDER = ("sent", "received")
TRANSITIONS = {
    "draft": {"sent", "cancelled"},
    "sent": {"received", "accepted", "declined-by-provider", "no-response", "cancelled"},
    "received": {"accepted", "declined-by-provider", "no-response", "cancelled"},
    "accepted": {"service-provided", "declined-by-provider", "cancelled"},
    "no-response": {"sent", "cancelled"},
    "service-provided": set(),
    "declined-by-provider": set(),
    "cancelled": set(),
}


def referral_number(referral_id: int, created_year: int) -> str:
    return f"REF-{created_year}-{referral_id:05d}"


def _active_consents(case: Case) -> list[Consent]:
    return [c for c in case.consents if c.decision == "given" and c.withdrawn_at is None]


def sector_consent(case: Case, sector: str) -> Consent | None:
    """The consent, still in force, to refer this person to `sector`."""
    return next(
        (c for c in _active_consents(case) if c.scope == "referral" and c.sector == sector), None
    )


def _names_partner(consent: Consent, service: Service | None) -> bool:
    if service is None or not consent.partner:
        return False
    wanted = consent.partner.strip().casefold()
    org = service.organisation
    return wanted in {org.name.casefold(), (org.acronym or "").casefold()}


def allowed_fields(case: Case, sector: str, service: Service | None) -> list[str]:
    """The fields this case's consents allow a referral to `service` in `sector` to carry."""
    if case.anonymous_contact or sector_consent(case, sector) is None:
        return []
    allowed = list(NON_IDENTIFYING)
    for consent in _active_consents(case):
        if consent.scope == "share" and _names_partner(consent, service):
            allowed += [
                f for f in consent.information or () if f in IDENTIFYING and f not in allowed
            ]
    return allowed


def _load_case(session: Session, code: str) -> Case:
    case = session.scalars(
        select(Case)
        .where(Case.code == code)
        .options(selectinload(Case.consents), selectinload(Case.needs))
    ).first()
    if case is None:
        raise BadInput(
            translate("referrals", "There is no case {code}. Check the case code.").format(
                code=code
            )
        )
    return case


def _load_service(session: Session, ref: str | None) -> Service | None:
    if not ref:
        return None
    service = session.scalars(
        select(Service).where(Service.ref == ref).options(selectinload(Service.organisation))
    ).first()
    if service is None or not service.active:
        raise BadInput(
            translate(
                "referrals", "The service {ref} is not an active service of the directory."
            ).format(ref=ref)
        )
    return service


def _refuse_text(*texts: tuple[str, str, str]) -> None:
    """Refuse (label, text, column) answers the store cannot keep, naming each one."""
    found = [field_problem(label, text.strip(), Referral, name) for label, text, name in texts]
    found = [problem for problem in found if problem]
    if found:
        raise BadInput(" ".join(found) + " Nothing was saved.")


def create_referral(
    office: UnlockedOffice,
    code: str,
    *,
    sector: str,
    service_ref: str | None,
    priority: str = "normal",
    reason: str = "",
    services_requested: str = "",
    services_already_provided: str = "",
    disclosed_fields: list[str] = (),
    override_reason: str = "",
) -> int:
    """A draft referral. Without the sector's consent only an administrator may override,
    with a written reason (audited and printed on the form); a declined need is never
    referred; only fields the consents allow may be disclosed."""
    require(office, "referrals.create")
    if sector not in v.SECTORS or priority not in v.REFERRAL_PRIORITY:
        raise BadInput(
            translate("referrals", "Unknown sector or priority: {sector}, {priority}.").format(
                sector=sector, priority=priority
            )
        )
    unknown = [f for f in disclosed_fields if f not in FIELDS]
    if unknown:
        raise BadInput(
            translate("referrals", "Unknown field(s) to disclose: {value}.").format(
                value=", ".join(unknown)
            )
        )
    _refuse_text(
        ("Reason for referral", reason, "reason"),
        ("Services requested", services_requested, "services_requested"),
        ("Services already provided", services_already_provided, "services_already_provided"),
        ("Reason to override consent", override_reason, "consent_override_reason"),
    )
    with office.writing() as s:
        case = _load_case(s, code)
        require_edit(office, case)
        need = next((n for n in case.needs if n.sector == sector), None)
        if need is not None and need.status == "declines":
            raise BadInput(
                translate(
                    "referrals",
                    "The person declined this sector's services: a declined need is "
                    "not referred (self-determination). Record a change of mind on "
                    "the needs tab first.",
                )
            )
        service = _load_service(s, service_ref)
        if service is not None and service.sector != sector:
            raise BadInput(
                translate("referrals", "The service {ref} is not in the {sector} sector.").format(
                    ref=service.ref, sector=sector
                )
            )
        consented = sector_consent(case, sector) is not None and not case.anonymous_contact
        override = override_reason.strip()
        if not consented:
            if not override:
                raise PermissionDenied(
                    translate(
                        "referrals",
                        "There is no consent to refer this person to this sector. Record "
                        "the consent first; only an administrator may override, with a "
                        "written reason.",
                    )
                )
            require(office, "referrals.override_consent")
        allowed = allowed_fields(case, sector, service) if consented else list(NON_IDENTIFYING)
        refused = [f for f in disclosed_fields if f not in allowed]
        if refused:
            raise PermissionDenied(
                translate(
                    "referrals",
                    "The consents do not allow disclosing: {fields}. Record consent to "
                    "share them with this partner, or leave them out.",
                ).format(fields=", ".join(translate("vocab", FIELDS.get(f, f)) for f in refused))
            )
        referral = Referral(
            case_id=case.id,
            service_id=service.id if service else None,
            sector=sector,
            priority=priority,
            status="draft",
            reason=reason.strip() or None,
            services_requested=services_requested.strip() or None,
            services_already_provided=services_already_provided.strip() or None,
            disclosed_fields=list(disclosed_fields),
            consent_override_reason=override or None,
            created_by_id=office.user.id or None,
        )
        referral.events.append(ReferralEvent(status="draft", by_id=office.user.id or None))
        s.add(referral)
        s.flush()
        number = referral_number(referral.id, referral.created_at.year)
        audit.record(
            s, office.user.username, "referral.create", "referral", number, sorted(disclosed_fields)
        )
        if override:
            audit.record(s, office.user.username, "referral.consent-override", "referral", number)
        return referral.id


def set_status(
    office: UnlockedOffice, referral_id: int, status: str, *, note: str = "", on: date | None = None
) -> None:
    """Move a referral along (sent, received, accepted, ...); feedback goes in `note`."""
    require(office, "referrals.feedback")
    if status not in v.REFERRAL_STATUS:
        raise BadInput(
            translate("referrals", "Unknown referral status '{status}'.").format(status=status)
        )
    _refuse_text(("Note", note, "feedback"))
    with office.writing() as s:
        referral = s.get(Referral, referral_id)
        if referral is None:
            raise BadInput(translate("referrals", "That referral no longer exists."))
        if status not in TRANSITIONS[referral.status]:
            raise BadInput(
                translate(
                    "referrals", "A referral that is {status} cannot become {status2}."
                ).format(status=referral.status, status2=status)
            )
        if status == "sent" and referral.consent_withdrawn:
            raise PermissionDenied(
                translate(
                    "referrals", "The person withdrew consent for this referral: it cannot be sent."
                )
            )
        day = on or date.today()
        referral.status = status
        if status == "sent":
            referral.sent_on = day
            referral.due_on = day + DUE_AFTER[referral.priority]
        if note.strip():
            referral.feedback = note.strip()
        referral.events.append(
            ReferralEvent(status=status, by_id=office.user.id or None, note=note.strip() or None)
        )
        audit.record(
            s,
            office.user.username,
            "referral.status",
            "referral",
            referral_number(referral.id, referral.created_at.year),
            ["status"],
        )


def is_overdue(status: str, due_on: date | None, today: date | None = None) -> bool:
    """Sent (or received) and not answered by the priority's deadline."""
    return status in AWAITING_PROVIDER and due_on is not None and due_on < (today or date.today())


def overdue_counts(office: UnlockedOffice, today: date | None = None) -> dict[str, int]:
    """Overdue referrals by priority."""
    require(office, "referrals.queue")
    today = today or date.today()
    with office.reading() as s:
        rows = s.execute(
            select(Referral.priority, func.count(Referral.id))
            .where(Referral.status.in_(AWAITING_PROVIDER), Referral.due_on < today)
            .group_by(Referral.priority)
        ).all()
    counts = {p: 0 for p in v.REFERRAL_PRIORITY.codes}
    counts.update(dict(rows))
    return counts


def may_override(office: UnlockedOffice) -> bool:
    return may(office.user.role, "referrals.override_consent")
