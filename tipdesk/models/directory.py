"""The local service directory: organisations and the services they offer, where, to whom."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tipdesk.models.base import Base, utcnow


def new_service_ref() -> str:
    """A stable identifier that survives export and import (e.g. SVC-1F3A9C2B)."""
    return "SVC-" + uuid.uuid4().hex[:8].upper()


class Organisation(Base):
    """An agency that offers services."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    acronym: Mapped[str | None] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(30), default="other")  # vocab.ORGANISATION_TYPES
    contact: Mapped[str | None] = mapped_column(String(400))

    services: Mapped[list[Service]] = relationship(back_populates="organisation")


class Service(Base):
    """One service of one organisation, in one sector and place."""

    __tablename__ = "services"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True, default=new_service_ref)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    sector: Mapped[str] = mapped_column(String(30), index=True)  # vocab.SECTORS
    service_type: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(String(100), index=True)
    admin2: Mapped[str | None] = mapped_column(String(100))
    site: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(String(400))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    focal_point: Mapped[str | None] = mapped_column(String(200))
    opening_hours: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)  # ISO 639-3
    age_groups: Mapped[list[str]] = mapped_column(JSON, default=list)  # "children", "adults"...
    sexes: Mapped[list[str]] = mapped_column(JSON, default=list)  # vocab.SEX
    nationality_statuses: Mapped[list[str]] = mapped_column(JSON, default=list)
    disability_accessible: Mapped[bool] = mapped_column(default=False)
    accepts_trafficking_cases: Mapped[bool] = mapped_column(default=False)
    free_of_charge: Mapped[bool] = mapped_column(default=True)
    referral_procedure: Mapped[str | None] = mapped_column(Text)
    last_verified_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="services")
