"""Dialogs of the Users tab: add an account, and give an account a new temporary password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import BadInput
from tipdesk.models.vocab import ROLES
from tipdesk.services import office as office_service
from tipdesk.services import passwords, users
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.passwords import MIN_LENGTH
from tipdesk.services.users import UserSummary
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.form_fields import error_label, line_edit
from tipdesk.ui.home_page import role_label
from tipdesk.ui.keyboard import tab_in_order
from tipdesk.ui.strength_meter import StrengthMeter
from tipdesk.ui.worker import TaskRunner


class _AccountDialog(QDialog):
    """A form with a temporary password typed twice; the change runs off the UI thread."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.busy = False
        self.summary: UserSummary | None = None  # the account after the change
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.password_edit = line_edit(self.tr("Temporary password"), secret=True)
        self.confirm_edit = line_edit(self.tr("Repeat the temporary password"), secret=True)
        self.strength = StrengthMeter()
        self.password_error = error_label()
        self.confirm_error = error_label()
        self.password_edit.textChanged.connect(self.strength.update_for)
        self.message_label = error_label()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, intro: str) -> None:
        self.form.addRow(self.tr("&Temporary password:"), self.password_edit)
        self.form.addRow("", self.strength)
        self.form.addRow("", self.password_error)
        self.form.addRow(self.tr("&Repeat it:"), self.confirm_edit)
        self.form.addRow("", self.confirm_error)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fields = (
            self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            for row in range(self.form.rowCount())
        )
        tab_in_order([item.widget() for item in fields if item and item.widget()])
        self.ok_button.setDefault(True)  # once in the dialog (or Enter may press Cancel)

    def _set_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if self.isVisible():  # grow so that a wrapped message is never clipped
            needed = self.layout().totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _check_passwords(self, username: str) -> bool:
        password = self.password_edit.text()
        weak = passwords.problems(password, username)
        self._set_error(
            self.password_error,
            self.tr("This password is too weak: %1.").replace(
                "%1", "; ".join(self._problem_words(p) for p in weak)
            )
            if weak
            else "",
        )
        mismatch = self.confirm_edit.text() != password
        self._set_error(
            self.confirm_error,
            self.tr("The two passwords are not the same. Type the same password in both fields.")
            if mismatch
            else "",
        )
        return not weak and not mismatch

    def _problem_words(self, problem: str) -> str:
        words = {
            # translate(): in a subclass, PySide6's self.tr() with a count misses this context
            f"use at least {passwords.MIN_LENGTH} characters": QCoreApplication.translate(
                "_AccountDialog", "use at least %1 characters"
            ).replace("%1", str(MIN_LENGTH)),
            "do not start or end with a space": self.tr("do not start or end with a space"),
            "avoid common or repetitive passwords": self.tr("avoid common or repetitive passwords"),
            "do not include the user name": self.tr("do not include the user name"),
        }
        return words.get(problem, problem)

    def _run(self, fn: Callable[..., UserSummary], *args: object) -> None:
        self._set_busy(True)
        self._set_error(self.message_label, "")
        task = self._runner.start(fn, *args)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)

    def _succeeded(self, summary: UserSummary) -> None:
        self._set_busy(False)
        self.summary = summary
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._set_error(self.message_label, describe_error(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_bar.setVisible(busy)
        for widget in self.findChildren(QLineEdit) + [self.buttons]:
            widget.setEnabled(not busy)

    def submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.busy:  # the change is under way: its outcome must be heard
            super().reject()


class AddUserDialog(_AccountDialog):
    """User name, full name, role and a first password the new colleague must change."""

    def __init__(
        self, office: UnlockedOffice, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self._office = office
        self.ok_button.setText(self.tr("&Add user"))
        self.setWindowTitle(self.tr("Add a user"))
        self.username_edit = line_edit(self.tr("User name"), self.tr("e.g. fatou"))
        self.display_edit = line_edit(self.tr("Full name"), self.tr("e.g. Fatou Ndiaye"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        for term in ROLES:
            self.role_combo.addItem(role_label(term.code), term.code)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData("officer"), 0))
        self.username_error = error_label()
        self.form.addRow(self.tr("&User name:"), self.username_edit)
        self.form.addRow("", self.username_error)
        self.form.addRow(self.tr("&Full name:"), self.display_edit)
        self.form.addRow(self.tr("R&ole:"), self.role_combo)
        self._finish_layout(
            self.tr(
                "The new colleague signs in with this temporary password and must choose their own "
                "at the first sign-in. Give it to them in person, never by message."
            )
        )

    def submit(self) -> None:
        try:
            name = office_service.check_username(self.username_edit.text())
            self._set_error(self.username_error, "")
        except BadInput:
            name = ""
            self._set_error(
                self.username_error,
                self.tr(
                    "Type a user name of letters, digits, dots, dashes or underscores, without "
                    "spaces (at most %n characters).",
                    "",
                    office_service.MAX_USERNAME,
                ),
            )
        if not self._check_passwords(name) or not name:
            self._set_error(
                self.message_label, self.tr("Correct the fields marked above, then try again.")
            )
            return
        self._run(
            users.add_user,
            self._office,
            name,
            self.display_edit.text().strip(),
            self.role_combo.currentData(),
            self.password_edit.text(),
        )


class TemporaryPasswordDialog(_AccountDialog):
    """A new temporary password for one account: `apply(password)` makes the change."""

    def __init__(
        self,
        runner: TaskRunner,
        username: str,
        title: str,
        intro: str,
        ok_text: str,
        apply: Callable[[str], UserSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.ok_button.setText(ok_text)
        self.username = username
        self._apply = apply
        self.setWindowTitle(title)
        self._finish_layout(intro)

    def submit(self) -> None:
        if not self._check_passwords(self.username):
            return
        self._run(self._apply, self.password_edit.text())
