"""Reading the audit trail: filtered pages of events for administrators, and the chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from tipdesk.models import AuditEvent
from tipdesk.services.audit import ChainReport, verify_chain
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require


@dataclass(frozen=True)
class AuditFilter:
    """What to show: any combination; empty means everything."""

    action: str | None = None  # prefix, e.g. "user." or "case.view"
    username: str | None = None
    record_ref: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    """One event as plain values."""

    id: int
    at: datetime
    username: str | None
    action: str
    record_type: str | None
    record_ref: str | None
    fields: tuple[str, ...]


def _filtered(query: Select, where: AuditFilter) -> Select:
    if where.action:
        query = query.where(AuditEvent.action.startswith(where.action, autoescape=True))
    if where.username:
        query = query.where(AuditEvent.username == where.username.strip().casefold())
    if where.record_ref:
        query = query.where(AuditEvent.record_ref == where.record_ref.strip())
    if where.since:
        query = query.where(AuditEvent.at >= where.since)
    if where.until:
        query = query.where(AuditEvent.at < where.until)
    return query


def count_events(office: UnlockedOffice, where: AuditFilter = AuditFilter()) -> int:
    require(office, "audit.view")
    with office.reading() as s:
        return s.scalar(_filtered(select(func.count(AuditEvent.id)), where))


def list_events(
    office: UnlockedOffice, where: AuditFilter = AuditFilter(), *, offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """A page of events, newest first."""
    require(office, "audit.view")
    query = _filtered(select(AuditEvent), where).order_by(AuditEvent.id.desc())
    with office.reading() as s:
        return [
            AuditRow(
                e.id, e.at, e.username, e.action, e.record_type, e.record_ref, tuple(e.fields or ())
            )
            for e in s.scalars(query.offset(offset).limit(limit))
        ]


def check_chain(office: UnlockedOffice) -> ChainReport:
    """Walk the whole chain; the report names the first event that was tampered with."""
    require(office, "audit.view")
    with office.reading() as s:
        return verify_chain(s)
