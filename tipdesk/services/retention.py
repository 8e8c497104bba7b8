"""Retention and purge: closed cases past the retention period are removed for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import Case, Draft, OfficeSettings
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require

CLOSED_STATUSES = ("closed", "closed-referred")


@dataclass(frozen=True)
class PurgeCandidate:
    """A closed case past the retention period (code and dates only)."""

    code: str
    closed_on: date | None
    registration_date: date


def retention_cutoff(months: int, today: date | None = None) -> date:
    """Cases closed on or before this date are past a retention of `months` months."""
    return (today or date.today()) - timedelta(days=round(months * 30.44))


def purge_candidates(office: UnlockedOffice, today: date | None = None) -> list[PurgeCandidate]:
    require(office, "cases.purge")
    with office.reading() as s:
        months = s.get(OfficeSettings, 1).retention_months
        cutoff = retention_cutoff(months, today)
        rows = s.execute(
            select(Case.code, Case.closed_on, Case.registration_date)
            .where(Case.status.in_(CLOSED_STATUSES), Case.closed_on <= cutoff)
            .order_by(Case.closed_on)
        ).all()
    return [PurgeCandidate(*row) for row in rows]


def purge_case(office: UnlockedOffice, code: str) -> None:
    """Delete a case and everything recorded about the person; only its code stays in the audit.

    With secure_delete on, the freed pages are overwritten, not just unlinked.
    """
    require(office, "cases.purge")
    with office.writing() as s:
        case = s.scalars(select(Case).where(Case.code == code)).first()
        if case is None:
            raise BadInput(
                translate("retention", "There is no case {code}. Check the case code.").format(
                    code=code
                )
            )
        s.execute(delete(Draft).where(Draft.case_id == case.id))
        s.delete(case)
        s.flush()
        audit.record(s, office.user.username, "case.purge", "case", code)


def purge_expired(office: UnlockedOffice, today: date | None = None) -> list[str]:
    """Purge every closed case past the retention period; returns their codes."""
    codes = [c.code for c in purge_candidates(office, today)]
    for code in codes:
        purge_case(office, code)
    return codes
