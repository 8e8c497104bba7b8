"""The person of a case, split so that identifying data lives apart from the profile.

The profile (sex, age, nationality status...) is what statistics and lists may use; the
identity (names, contacts, date of birth, address) exists only with consent to register.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base
from tipdesk.models.case import Case


class PersonProfile(Base):
    """Non-identifying characteristics of the person."""

    __tablename__ = "person_profiles"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    sex: Mapped[str] = mapped_column(String(20), default="unknown", index=True)
    age_years: Mapped[int | None]
    age_band: Mapped[str] = mapped_column(String(10), default="unknown", index=True)
    nationality_status: Mapped[str] = mapped_column(String(20), default="unknown")
    citizenships: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO 3166 alpha-3
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO 639-3
    disability: Mapped[bool | None]
    disability_details: Mapped[str | None] = mapped_column(String(200))

    case: Mapped[Case] = relationship(back_populates="profile")


class PersonIdentity(Base):
    """Identifying data, recorded only with consent to register personal data."""

    __tablename__ = "person_identities"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    given_names: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    aliases: Mapped[str | None] = mapped_column(String(400))
    date_of_birth: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(60))
    other_contact: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    caregiver_name: Mapped[str | None] = mapped_column(String(200))
    caregiver_contact: Mapped[str | None] = mapped_column(String(200))
    separated_or_unaccompanied: Mapped[str | None] = mapped_column(String(20))

    case: Mapped[Case] = relationship(back_populates="identity")
