"""The Office tab: auto-lock and retention settings, backups, the database key, retention."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import backup, settings
from tipdesk.services.backup import BackupResult
from tipdesk.ui.admin.common import WARNING_STYLE, StatusLabel, plural, run_with_progress
from tipdesk.ui.admin.key_rotation_box import KeyRotationBox
from tipdesk.ui.admin.retention_box import RetentionBox
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.user_table_model import local_time_text

BACKUP_SUFFIX = ".tipdesk-backup"


def default_backup_path(today: date | None = None) -> Path:
    """office-YYYY-MM-DD.tipdesk-backup in the user's Documents folder (home if it has none)."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )
    if not folder.is_dir():
        folder = Path.home()
    return folder / f"office-{(today or date.today()).isoformat()}{BACKUP_SUFFIX}"


class OfficeTab(QWidget):
    """Settings, backup, key rotation and retention, one group each, in a scrolling column."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = context.office
        self._runner = context.runner
        self.task = None
        self.last_backup_overdue = False

        left = QVBoxLayout()
        left.addWidget(self._build_settings())
        left.addWidget(self._build_backup())
        self.key_box = KeyRotationBox(context)
        left.addWidget(self.key_box)
        left.addStretch(1)
        self.retention_box = RetentionBox(context)
        column = QWidget()
        layout = QHBoxLayout(column)
        layout.addLayout(left, 1)
        layout.addWidget(self.retention_box, 1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Nothing is read until the page shows the tab (`refresh`).

    # -- settings -----------------------------------------------------------------------------
    def _build_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"))
        low, high = settings.IDLE_LOCK_RANGE
        self.idle_spin = self._spin(
            self.tr("Auto-lock after minutes without use"), low, high, self.tr(" minutes")
        )
        low, high = settings.RETENTION_RANGE
        self.retention_spin = self._spin(
            self.tr("Keep closed cases for months"), low, high, self.tr(" months")
        )
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save_settings)
        self.settings_status = StatusLabel()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Lock TIPDesk after:"), self.idle_spin)
        form.addRow(self.tr("Keep &closed cases for:"), self.retention_spin)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.settings_status)
        return box

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setAccessibleName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(140)
        spin.setToolTip(self.tr("From %1 to %2.").replace("%1", str(low)).replace("%2", str(high)))
        return spin

    def save_settings(self) -> None:
        """Validate what was typed, then save; out-of-range values are refused in plain words."""
        problems = []
        if not self.idle_spin.hasAcceptableInput():
            low, high = settings.IDLE_LOCK_RANGE
            problems.append(
                self.tr("The auto-lock time must be between %1 and %2 minutes.")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        if not self.retention_spin.hasAcceptableInput():
            low, high = settings.RETENTION_RANGE
            problems.append(
                self.tr("The retention period must be between %1 and %2 months.")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        if problems:
            problems.append(self.tr("Nothing was saved."))
            self.settings_status.show_error(" ".join(problems))
            return
        try:
            saved = settings.update_settings(
                self._office,
                idle_lock_minutes=self.idle_spin.value(),
                retention_months=self.retention_spin.value(),
            )
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.settings_status.show_error(describe_error(exc))
            return
        self._show_settings(saved)
        self.settings_status.show_success(self.tr("Saved."))
        self.retention_box.refresh()

    def _show_settings(self, current: settings.Settings) -> None:
        self.idle_spin.setValue(current.idle_lock_minutes)
        self.retention_spin.setValue(current.retention_months)

    # -- backup -------------------------------------------------------------------------------
    def _build_backup(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup"))
        explain = QLabel(
            self.tr(
                "A backup is an encrypted copy of the office database with its key slots. Keep it "
                "on a USB stick in the office safe; it opens with any user's password or the "
                "recovery code."
            )
        )
        explain.setWordWrap(True)
        self.last_backup_label = QLabel()
        self.last_backup_label.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.backup_status = StatusLabel()
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addWidget(self.last_backup_label)
        layout.addLayout(row)
        layout.addWidget(self.backup_status)
        return box

    def _show_last_backup(self, current: settings.Settings) -> None:
        overdue = backup.backup_overdue(self._office)
        if current.last_backup_at is None:
            text = self.tr("No backup has been made yet.")
        else:
            text = self.tr("Last backup: %1.").replace(
                "%1", local_time_text(current.last_backup_at)
            )
        if overdue:
            text += " " + self.tr(
                "Make a backup now: the last one is more than %1 days old or missing."
            ).replace("%1", str(backup.REMIND_AFTER_DAYS))
        self.last_backup_label.setText(text)
        self.last_backup_label.setStyleSheet(WARNING_STYLE if overdue else "")
        self.last_backup_overdue = overdue

    def back_up(self) -> None:
        """Ask where, then write and verify the backup on a worker thread."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the office database"),
            str(default_backup_path()),
            self.tr("TIPDesk backups (*%1)").replace("%1", BACKUP_SUFFIX),
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.name.endswith(BACKUP_SUFFIX):
            out = out.with_name(out.name + BACKUP_SUFFIX)
        self.backup_button.setEnabled(False)
        self.backup_status.clear_message()
        self.task, self.progress = run_with_progress(
            self,
            self._runner,
            self.tr("Writing and checking the backup…"),
            backup.make_backup,
            self._office,
            out,
        )
        self.task.succeeded.connect(self._backed_up)
        self.task.failed.connect(self._backup_failed)

    def _backed_up(self, result: BackupResult) -> None:
        self.backup_button.setEnabled(True)
        self.backup_status.show_success(
            self.tr("Backup written and checked: %1 (%2, %3). Store it away from this laptop.")
            .replace("%1", str(result.path))
            .replace("%2", plural(result.cases, self.tr("1 case"), self.tr("%1 cases")))
            .replace(
                "%3", plural(result.users, self.tr("1 user account"), self.tr("%1 user accounts"))
            )
        )
        self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.backup_status.show_error(describe_error(exc))

    # -- all ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the stored settings, the last backup and (once looked for on the worker
        thread) the purge candidates again."""
        try:
            current = settings.get_settings(self._office)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.settings_status.show_error(describe_error(exc))
            return
        self._show_settings(current)
        self._show_last_backup(current)
        self.retention_box.refresh()
