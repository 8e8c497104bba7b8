"""Office settings: one row describing the field office this database belongs to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from tipdesk.models.base import Base, utcnow


class OfficeSettings(Base):
    """The field office and its settings (exactly one row, id 1)."""

    __tablename__ = "office_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_name: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(3))  # ISO 3166-1 alpha-3
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    language: Mapped[str | None] = mapped_column(String(16))
    idle_lock_minutes: Mapped[int] = mapped_column(default=5)
    retention_months: Mapped[int] = mapped_column(default=60)
    last_backup_at: Mapped[datetime | None]


class CaseCodeCounter(Base):
    """The last case number issued in a year, so codes are never reused, even after a purge."""

    __tablename__ = "case_code_counters"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)
