"""Sign in: user name and password open the office database (off the UI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import AuthenticationFailed
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.sign_in_throttle import SignInThrottle  # the shell makes one
from tipdesk.store.keyslots import normalise_username
from tipdesk.ui.feedback import describe_error, show_error
from tipdesk.ui.form_fields import ERROR_STYLE
from tipdesk.ui.language import LanguageBox
from tipdesk.ui.warm_up import sign_in_and_warm_up
from tipdesk.ui.worker import TaskRunner

LAST_USER_KEY = "unlock/last_user"


class UnlockDialog(QDialog):
    """User name and password; on success `office` holds the UnlockedOffice.

    With `locked_user`, the window was locked: that user's password reopens it (audited as
    "session.unlock"), and "Switch user" lets someone else sign in instead. With `language`,
    a language choice is shown; picking one emits `language_chosen` (the shell rebuilds).
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        db_path: Path,
        runner: TaskRunner,
        settings: QSettings,
        *,
        throttle: SignInThrottle | None = None,
        username: str = "",
        notice: str = "",
        locked_user: str = "",
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._runner = runner
        self._settings = settings
        self.throttle = throttle or SignInThrottle()
        self.office: UnlockedOffice | None = None
        self.locked_user = locked_user
        self.error_box: QMessageBox | None = None
        self._busy = False
        self._timer = QTimer(self)  # shows the wait after failures counting down
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self.setWindowTitle(self.tr("Sign in to TIPDesk"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("TIPDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        heading = QLabel(
            self.tr("Type your password to unlock TIPDesk.")
            if locked_user
            else self.tr("Sign in to open the office database.")
        )
        self.notice_label = QLabel(notice)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px;"
        )
        self.notice_label.setVisible(bool(notice))
        self.username_edit = QLineEdit(
            locked_user or username or str(settings.value(LAST_USER_KEY, "") or "")
        )
        self.username_edit.setReadOnly(bool(locked_user))
        self.username_edit.setStyleSheet("QLineEdit:read-only { background: palette(window); }")
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        where = QLabel(self.tr("Database file: %1").replace("%1", str(self.db_path)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox()
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setAccessibleName(self.tr("Quit TIPDesk"))
        self.quit_button.setAutoDefault(False)  # Enter must never quit, even during a wait
        self.sign_in_button = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.switch_button = self.buttons.addButton(
            self.tr("S&witch user"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.switch_button.setAccessibleName(self.tr("Sign in as another user"))
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_user)
        self.switch_button.setVisible(bool(locked_user))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.language_box: LanguageBox | None = None
        if language is not None:
            self.language_box = LanguageBox(language)
            self.language_box.chosen.connect(self.language_chosen)
            layout.addWidget(self.language_box)
        layout.addWidget(title)
        layout.addWidget(heading)
        layout.addWidget(self.notice_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.wait_label)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.sign_in_button.setDefault(True)  # once in the dialog, or Qt picks the first button
        (self.password_edit if self.username_edit.text() else self.username_edit).setFocus()
        if self.waiting:  # failures before a Lock still count
            self._start_wait()

    def switch_user(self) -> None:
        """Let another user sign in; the locked user's drafts stay theirs."""
        self.username_edit.setReadOnly(False)
        self.username_edit.clear()
        self.password_edit.clear()
        self.switch_button.hide()
        self.username_edit.setFocus()

    @property
    def action(self) -> str:
        """The audit action of this sign-in: an unlock by the same user, else a sign-in."""
        same = normalise_username(self.username_edit.text()) == normalise_username(self.locked_user)
        return "session.unlock" if self.locked_user and same else "session.sign-in"

    @property
    def waiting(self) -> bool:
        """Whether a wait after repeated failures is still running."""
        return self.throttle.seconds_left() > 0

    def sign_in(self) -> None:
        """Check the fields, then try the password on a worker thread."""
        if self._busy or self.waiting:
            return
        username = self.username_edit.text().strip()
        if not username:
            self._say(self.tr("Type your user name."))
            self.username_edit.setFocus()
            return
        if not self.password_edit.text():
            self._say(self.tr("Type your password."))
            self.password_edit.setFocus()
            return
        self._say("")
        self._set_busy(True)
        task = self._runner.start(
            sign_in_and_warm_up,  # the first case list and case file come quicker
            self.db_path,
            username,
            self.password_edit.text(),
            action=self.action,
            throttle=self.throttle,  # it counts failures and holds the names tried
        )
        task.succeeded.connect(self._signed_in)
        task.failed.connect(self._failed)

    def _signed_in(self, office: UnlockedOffice) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.throttle.reset()
        self._settings.setValue(LAST_USER_KEY, self.username_edit.text().strip())
        self.office = office
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        if isinstance(exc, AuthenticationFailed):  # the service counted it in the throttle
            self._say(describe_error(exc))
            if self.waiting:
                self._start_wait()
            return
        # A missing key file or a damaged database: say so plainly; offer nothing drastic.
        self._say(self.tr("The office database could not be opened."))
        self.error_box = show_error(
            self, self.tr("Cannot open the office database"), describe_error(exc)
        )

    def _start_wait(self) -> None:
        self._timer.start()
        self._show_wait()

    def _tick(self) -> None:
        if not self.waiting:
            self._timer.stop()
        self._show_wait()

    def _show_wait(self) -> None:
        remaining = self.throttle.seconds_left()
        waiting = remaining > 0
        self.sign_in_button.setEnabled(not waiting and not self._busy)
        self.wait_label.setVisible(waiting)
        if waiting:
            self.sign_in_button.setText(self.tr("&Sign in (%n s)", "", remaining))
            self.wait_label.setText(
                self.tr(
                    "Several attempts have failed. Wait %n seconds before trying again.",
                    "",
                    remaining,
                )
            )
        else:
            self.sign_in_button.setText(self.tr("&Sign in"))

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.username_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy and not self.waiting)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("&Sign in"))

    def reject(self) -> None:
        """Quit, except while a sign-in is running (its office must not be left open)."""
        if not self._busy:
            super().reject()
