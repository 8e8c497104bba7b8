"""The case: its code, status, officer and sensitivity, with follow-up actions and notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base, utcnow

VISIBILITY = ("sensitivity", "assigned_officer_id")  # the columns case_access reads


class Case(Base):
    """A person met by the office, known in every list by a non-identifying case code."""

    __tablename__ = "cases"
    __table_args__ = (
        # The case list, newest first (ties by id), unfiltered or filtered by status or
        # officer, reads these in order: the first page of 100,000 cases costs what it costs
        # for 100. With what decides who may see a case (case_access) in them, it counts
        # without reading the table.
        Index("ix_cases_registered", "registration_date", "id", *VISIBILITY),
        Index("ix_cases_status_registered", "status", "registration_date", "id", *VISIBILITY),
        Index(
            "ix_cases_officer_registered",
            "assigned_officer_id",
            "registration_date",
            "id",
            "sensitivity",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # e.g. CMR-2026-0042
    status: Mapped[str] = mapped_column(String(20), default="active")
    registration_date: Mapped[date]
    assigned_officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    sensitivity: Mapped[str] = mapped_column(String(20), default="standard")
    # Without consent to register, only an anonymous contact (sex, age band, needs) is kept.
    anonymous_contact: Mapped[bool] = mapped_column(default=False)
    prior_pathway: Mapped[str] = mapped_column(String(20), default="none")
    closure_reason: Mapped[str | None] = mapped_column(String(30))
    closed_on: Mapped[date | None]
    next_follow_up_on: Mapped[date | None] = mapped_column(index=True)
    # The latest screening's outcome, kept by a trigger (store/search_schema.py) for lists.
    screening_outcome: Mapped[str | None] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    profile: Mapped[PersonProfile] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", uselist=False
    )
    identity: Mapped[PersonIdentity | None] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", uselist=False
    )
    participation: Mapped[Participation | None] = relationship(
        back_populates="case", cascade="all, delete-orphan", uselist=False
    )
    consents: Mapped[list[Consent]] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", order_by="Consent.id"
    )
    safety_assessments: Mapped[list[SafetyAssessment]] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", order_by="SafetyAssessment.id"
    )
    screenings: Mapped[list[Screening]] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", order_by="Screening.id"
    )
    needs: Mapped[list[Need]] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", order_by="Need.sector"
    )
    referrals: Mapped[list[Referral]] = relationship(  # noqa: F821
        back_populates="case", cascade="all, delete-orphan", order_by="Referral.id"
    )
    follow_ups: Mapped[list[FollowUpAction]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="FollowUpAction.due_on"
    )
    notes: Mapped[list[CaseNote]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseNote.id"
    )


class Participation(Base):
    """The person's own account: priorities in their words, safe contact, a child's views."""

    __tablename__ = "participation"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    own_priorities: Mapped[str | None] = mapped_column(Text)
    preferred_contact: Mapped[str | None] = mapped_column(String(200))
    safe_contact_times: Mapped[str | None] = mapped_column(String(200))
    child_views: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="participation")


class FollowUpAction(Base):
    """Something to do for the person by a due date."""

    __tablename__ = "follow_up_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(index=True)
    done_on: Mapped[date | None]
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    case: Mapped[Case] = relationship(back_populates="follow_ups")


class CaseNote(Base):
    """A case note written by staff."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    written_at: Mapped[datetime] = mapped_column(default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="notes")
