"""What every section page is given: the signed-in office, the worker, the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.worker import TaskRunner


@dataclass(frozen=True)
class PageContext:
    """The dependencies a section page may use; a page keeps no other way to the database."""

    office: UnlockedOffice
    runner: TaskRunner
    settings: QSettings
