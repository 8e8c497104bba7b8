"""Office settings that administrators change: auto-lock time and retention period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import OfficeSettings
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require

IDLE_LOCK_RANGE = (1, 120)  # minutes
RETENTION_RANGE = (6, 240)  # months


@dataclass(frozen=True)
class Settings:
    """The office's settings as plain values."""

    idle_lock_minutes: int
    retention_months: int
    language: str | None
    last_backup_at: datetime | None


def get_settings(office: UnlockedOffice) -> Settings:
    """Everyone may read the settings (the auto-lock needs them)."""
    with office.reading() as s:
        row = s.get(OfficeSettings, 1)
        return Settings(
            row.idle_lock_minutes, row.retention_months, row.language, row.last_backup_at
        )


def update_settings(
    office: UnlockedOffice,
    *,
    idle_lock_minutes: int | None = None,
    retention_months: int | None = None,
) -> Settings:
    require(office, "settings.change")
    changes = {}
    if idle_lock_minutes is not None:
        low, high = IDLE_LOCK_RANGE
        if not low <= idle_lock_minutes <= high:
            raise BadInput(
                translate(
                    "settings", "The auto-lock time must be between {low} and {high} minutes."
                ).format(low=low, high=high)
            )
        changes["idle_lock_minutes"] = idle_lock_minutes
    if retention_months is not None:
        low, high = RETENTION_RANGE
        if not low <= retention_months <= high:
            raise BadInput(
                translate(
                    "settings", "The retention period must be between {low} and {high} months."
                ).format(low=low, high=high)
            )
        changes["retention_months"] = retention_months
    with office.writing() as s:
        row = s.get(OfficeSettings, 1)
        changed = [name for name, value in changes.items() if getattr(row, name) != value]
        for name in changed:
            setattr(row, name, changes[name])
        if changed:
            audit.record(
                s,
                office.user.username,
                "settings.change",
                "office",
                office.info.country_code,
                changed,
            )
    return get_settings(office)
