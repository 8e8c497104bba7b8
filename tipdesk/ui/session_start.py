"""What follows a sign-in, in order: a forced password change, the backup reminder, drafts."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tipdesk.services import backup, drafts
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.drafts_notice import DraftsNotice
from tipdesk.ui.password_dialog import ChangePasswordDialog
from tipdesk.ui.worker import TaskRunner

log = logging.getLogger(__name__)


class SessionStart(QObject):
    """Runs once per session, over `window`; `stop()` (at a lock) silences it for good."""

    sign_out_requested = Signal()  # the user would not choose their own password
    resume_requested = Signal(int, str)  # draft id, kind
    drafts_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        office: UnlockedOffice,
        runner: TaskRunner,
        *,
        remind_backup: bool,
        offer_drafts: bool,
        warn_backup: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._office = office
        self._runner = runner
        self._remind_backup = remind_backup
        self._offer_drafts = offer_drafts
        self._warn_backup = warn_backup
        self.stopped = False
        self.done = False  # every step has run (or the session ended)
        self.password_dialog: ChangePasswordDialog | None = None
        self.backup_box: QMessageBox | None = None
        self.drafts_notice: DraftsNotice | None = None

    def run(self) -> None:
        """Begin: the password first when it is a temporary one, else straight on."""
        if self.stopped or not self._office.is_open:
            return
        if self._office.user.must_change_password:
            dialog = ChangePasswordDialog(
                self._office, self._runner, forced=True, parent=self._window
            )
            dialog.finished.connect(self._password_finished)
            self.password_dialog = dialog
            dialog.open()
        else:
            self._check_backup()

    def stop(self) -> None:
        self.stopped = self.done = True

    def _password_finished(self, result: int) -> None:
        if self.stopped:  # closed by a lock: the next sign-in asks again
            return
        self.password_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self.done = True
            self.sign_out_requested.emit()
            return
        # The account's flag is now cleared in the database; the session's copy follows it.
        self._office.user = dataclasses.replace(self._office.user, must_change_password=False)
        self._check_backup()

    def _check_backup(self) -> None:
        try:
            overdue = backup.backup_overdue(self._office)
        except Exception as exc:  # noqa: BLE001 - a reminder is not worth an error box
            log.warning("Could not check the last backup (%s).", type(exc))
            overdue = False
        if overdue:
            self._warn_backup(self.tr("No backup for 7 days or more"))
        if overdue and self._remind_backup:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Backup reminder"),
                self.tr("No backup for 7 days or more: Administration > Office > Back up now"),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            box.setInformativeText(
                self.tr("Keep the backup file somewhere safe, away from this laptop.")
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setWindowModality(Qt.WindowModality.NonModal)  # a reminder, not a gate
            box.finished.connect(self._show_drafts)
            self.backup_box = box
            box.show()
            return
        self._show_drafts()

    def _show_drafts(self, *_args: object) -> None:
        self.backup_box = None
        if self.stopped:
            return
        self.done = True
        if not self._offer_drafts or not self._office.is_open:
            return
        if not drafts.list_drafts(self._office):
            return
        notice = DraftsNotice(self._office, self._window)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.resume_requested.connect(self.resume_requested)
        notice.changed.connect(self.drafts_changed)
        notice.destroyed.connect(self._notice_gone)
        self.drafts_notice = notice
        notice.show()

    def _notice_gone(self) -> None:
        self.drafts_notice = None

    def reload_drafts(self) -> None:
        """Show the notice's list again (a draft was discarded elsewhere)."""
        if self.drafts_notice is not None and not self.drafts_notice.list.reload():
            self.drafts_notice.accept()
