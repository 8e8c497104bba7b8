"""Informed consent, recorded separately for each purpose and withdrawable at any time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base, utcnow
from tipdesk.models.case import Case


class Consent(Base):
    """One consent decision: to register, to refer to a sector, to share, or for statistics."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(20))  # vocab.CONSENT_SCOPES
    sector: Mapped[str | None] = mapped_column(String(30))  # for scope "referral"
    partner: Mapped[str | None] = mapped_column(String(200))  # for scope "share"
    information: Mapped[list[str] | None] = mapped_column(JSON)  # fields named for "share"
    decision: Mapped[str] = mapped_column(String(20))  # vocab.CONSENT_DECISIONS
    given_by: Mapped[str] = mapped_column(String(30), default="person")  # vocab.CONSENT_GIVERS
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    best_interests_reason: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20), default="verbal")  # vocab.CONSENT_METHODS
    language: Mapped[str | None] = mapped_column(String(8))  # ISO 639-3
    interpreter: Mapped[bool] = mapped_column(default=False)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    withdrawn_at: Mapped[datetime | None]

    case: Mapped[Case] = relationship(back_populates="consents")
