"""Trafficking screening by the Palermo definition: indicators and an outcome, never a verdict."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base, utcnow
from tipdesk.models.case import Case


class Screening(Base):
    """Act, Means and Purpose indicators with the computed and the recorded outcome."""

    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    screened_at: Mapped[datetime] = mapped_column(default=utcnow)
    screened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    acts: Mapped[list[str]] = mapped_column(JSON, default=list)
    means: Mapped[list[str]] = mapped_column(JSON, default=list)
    purposes: Mapped[list[str]] = mapped_column(JSON, default=list)
    forms_of_exploitation: Mapped[list[str]] = mapped_column(JSON, default=list)
    sex_exploitation_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    industries: Mapped[list[str]] = mapped_column(JSON, default=list)
    means_of_control: Mapped[list[str]] = mapped_column(JSON, default=list)
    recruitment_methods: Mapped[list[str]] = mapped_column(JSON, default=list)
    relationship_to_recruiter: Mapped[str | None] = mapped_column(String(30))
    countries_of_recruitment: Mapped[list[str]] = mapped_column(JSON, default=list)
    countries_of_exploitation: Mapped[list[str]] = mapped_column(JSON, default=list)
    trafficked_where: Mapped[str] = mapped_column(String(20), default="unknown")
    computed_outcome: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    override_reason: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="screenings")
