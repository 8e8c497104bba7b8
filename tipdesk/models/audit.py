"""The audit trail: who did what to which record, hash-chained so tampering shows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from tipdesk.models.base import Base, utcnow


class AuditEvent(Base):
    """One action; `hash` covers this event's content and the previous event's hash."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    username: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64), index=True)
    record_type: Mapped[str | None] = mapped_column(String(32))
    record_ref: Mapped[str | None] = mapped_column(String(64), index=True)
    fields: Mapped[list[str] | None] = mapped_column(JSON)  # names of changed fields, no values
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
