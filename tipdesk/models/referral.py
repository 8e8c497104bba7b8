"""Referrals of a case to a service, with their status history and feedback."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base, utcnow
from tipdesk.models.case import Case
from tipdesk.models.directory import Service

# As the queue's ORDER BY reads, word for word: SQLite uses an index on expressions only then.
QUEUE_ORDER = (text("(due_on IS NULL)"), "due_on", text("id DESC"))


class Referral(Base):
    """A request to a service provider to help the person, carrying only consented fields."""

    __tablename__ = "referrals"
    __table_args__ = (
        # The referral queue's order (services/referral_views.py: dated ones first, soonest
        # first, then newest), whole or by status, read from an index: a page of 57,000
        # referrals is not sorted again for every page.
        Index("ix_referrals_queue", *QUEUE_ORDER),
        Index("ix_referrals_status_queue", "status", *QUEUE_ORDER),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("services.id", ondelete="SET NULL"), index=True
    )
    sector: Mapped[str] = mapped_column(String(30))
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    status: Mapped[str] = mapped_column(String(30), default="draft")
    reason: Mapped[str | None] = mapped_column(Text)
    services_requested: Mapped[str | None] = mapped_column(Text)
    services_already_provided: Mapped[str | None] = mapped_column(Text)
    disclosed_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_override_reason: Mapped[str | None] = mapped_column(Text)
    consent_withdrawn: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    sent_on: Mapped[date | None]
    due_on: Mapped[date | None] = mapped_column(index=True)
    feedback: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="referrals")
    service: Mapped[Service | None] = relationship()
    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="ReferralEvent.id"
    )


class ReferralEvent(Base):
    """A change of a referral's status, with its date and any feedback."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)

    referral: Mapped[Referral] = relationship(back_populates="events")
