"""First start: create the encrypted office database and its first administrator."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import BadInput
from tipdesk.services import office as office_service
from tipdesk.services import passwords
from tipdesk.services.office import NewOffice
from tipdesk.ui.country_combo import CountryComboBox
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.form_fields import ERROR_STYLE, error_label, line_edit
from tipdesk.ui.language import LanguageBox
from tipdesk.ui.recovery_page import RecoveryCodePage
from tipdesk.ui.strength_meter import StrengthMeter
from tipdesk.ui.worker import TaskRunner


class SetupDialog(QDialog):
    """Office name, country and first administrator, then the recovery code shown once.

    With `language`, the form offers a language choice (`language_chosen`: the shell rebuilds).
    """

    language_chosen = Signal(str)

    def __init__(
        self,
        db_path: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._language = language
        self._runner = runner
        self._busy = False
        self._tried = False
        self.username = ""  # the administrator's name once the office exists
        self.recovery_page: RecoveryCodePage | None = None
        self.setWindowTitle(self.tr("Set up TIPDesk"))
        self.setMinimumWidth(580)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.create_button.setDefault(True)  # once in the dialog, or Qt picks the first button

    # -- layout ----------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Create the office database"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "This laptop has no TIPDesk office database yet. Create it here: it is encrypted, "
                "and only the people you give an account can open it."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(self.tr("Database file: %1").replace("%1", str(self.db_path)))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(placeholder-text);")

        self.office_edit = line_edit(self.tr("Office name"), self.tr("e.g. Maroua field office"))
        self.country_combo = CountryComboBox()
        self.username_edit = line_edit(self.tr("User name"), self.tr("e.g. amina"))
        self.display_edit = line_edit(self.tr("Full name"), self.tr("e.g. Amina Bello"))
        self.password_edit = line_edit(self.tr("Password"), "", secret=True)
        self.confirm_edit = line_edit(self.tr("Repeat the password"), "", secret=True)
        self.strength = StrengthMeter()
        self.errors = {
            key: error_label() for key in ("office", "country", "username", "password", "confirm")
        }

        form = QFormLayout()
        form.setVerticalSpacing(8)
        self._row(form, self.tr("&Office name:"), self.office_edit, self.errors["office"])
        self._row(form, self.tr("&Country:"), self.country_combo, self.errors["country"])
        admin_heading = QLabel(self.tr("First administrator (you)"))
        admin_heading.setStyleSheet("font-weight: bold; margin-top: 10px;")
        form.addRow(admin_heading)
        self._row(form, self.tr("&User name:"), self.username_edit, self.errors["username"])
        self._row(form, self.tr("&Full name:"), self.display_edit)
        self._row(
            form, self.tr("&Password:"), self.password_edit, self.strength, self.errors["password"]
        )
        self._row(form, self.tr("&Repeat password:"), self.confirm_edit, self.errors["confirm"])

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Creating the office database"))
        self.busy_bar.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Cr&eate office"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setAccessibleName(self.tr("Create office"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.create_office)
        self.buttons.rejected.connect(self.reject)

        for edit in (self.office_edit, self.username_edit, self.display_edit, self.confirm_edit):
            edit.textChanged.connect(self._changed)
        self.country_combo.currentTextChanged.connect(self._changed)
        self.password_edit.textChanged.connect(self.strength.update_for)
        self.password_edit.textChanged.connect(self._changed)

        layout = QVBoxLayout(page)
        self.language_box: LanguageBox | None = None
        if self._language is not None:
            self.language_box = LanguageBox(self._language)
            self.language_box.chosen.connect(self.language_chosen)
            layout.addWidget(self.language_box)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.form_page = page
        return page

    def _row(self, form: QFormLayout, text: str, field: QWidget, *below: QWidget) -> None:
        """A labelled field with its feedback right under it (hidden feedback takes no room)."""
        label = QLabel(text)
        label.setBuddy(field)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(field)
        for widget in below:
            column.addWidget(widget)
        form.addRow(label, box)

    # -- validation ------------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        """Plain-words problems with the form, by field; empty when it can be submitted."""
        found: dict[str, str] = {}
        if not self.office_edit.text().strip():
            found["office"] = self.tr("Type the name of the office, e.g. Maroua field office.")
        if self.country_combo.code() is None:
            found["country"] = self.tr("Choose the country from the list (type to search).")
        username = self.username_edit.text()
        try:
            username = office_service.check_username(username)
        except BadInput:
            found["username"] = self.tr(
                "Type a user name of letters, digits, dots, dashes or underscores, without "
                "spaces (at most %n characters).",
                "",
                office_service.MAX_USERNAME,
            )
        password = self.password_edit.text()
        weak = passwords.problems(password, username)
        if weak:
            found["password"] = self.tr("This password is too weak: %1.").replace(
                "%1", "; ".join(self._problem_words(p) for p in weak)
            )
        confirm = self.confirm_edit.text()
        if confirm != password:
            found["confirm"] = self.tr(
                "The two passwords are not the same. Type the same password in both fields."
            )
        return found

    def _problem_words(self, problem: str) -> str:
        words = {
            f"use at least {passwords.MIN_LENGTH} characters": self.tr(
                "use at least %n characters", "", passwords.MIN_LENGTH
            ),
            "do not start or end with a space": self.tr("do not start or end with a space"),
            "avoid common or repetitive passwords": self.tr("avoid common or repetitive passwords"),
            "do not include the user name": self.tr("do not include the user name"),
        }
        return words.get(problem, problem)

    def _show_problems(self, found: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)

    def _changed(self) -> None:
        if self._tried:
            self._show_problems(self.validate())
            return
        confirm, password = self.confirm_edit.text(), self.password_edit.text()
        live = {}
        if confirm and not password.startswith(confirm):
            live["confirm"] = self.tr(
                "The two passwords are not the same. Type the same password in both fields."
            )
        self._show_problems(live)

    # -- creating --------------------------------------------------------------------------
    def create_office(self) -> None:
        """Validate, then create the office on a worker thread (scrypt takes a second)."""
        if self._busy:
            return
        self._tried = True
        found = self.validate()
        self._show_problems(found)
        if found:
            self._show_message(self.tr("Correct the fields marked above, then try again."))
            return
        self._set_busy(True)
        self._show_message(self.tr("Creating the encrypted office database…"), error=False)
        self._created = datetime.now().astimezone()
        task = self._runner.start(
            office_service.initialise_office,
            self.db_path,
            office_name=self.office_edit.text().strip(),
            country=self.country_combo.code(),
            admin_username=self.username_edit.text(),
            admin_display_name=self.display_edit.text().strip(),
            password=self.password_edit.text(),
        )
        task.succeeded.connect(self._created_office)
        task.failed.connect(self._failed)

    def _created_office(self, new: NewOffice) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.username = office_service.check_username(self.username_edit.text())
        self.recovery_page = RecoveryCodePage(
            new.office.name, new.office.country_name, new.recovery_code, self._created
        )
        self.recovery_page.continued.connect(self.accept)
        self.stack.addWidget(self.recovery_page)
        self.recovery_page.continue_button.setDefault(True)
        self.stack.setCurrentWidget(self.recovery_page)
        self.setWindowTitle(self.tr("Set up TIPDesk: recovery code"))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_message(describe_error(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.office_edit,
            self.country_combo,
            self.username_edit,
            self.display_edit,
            self.password_edit,
            self.confirm_edit,
            self.buttons,
        ):
            widget.setEnabled(not busy)

    def _show_message(self, text: str, *, error: bool = True) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def reject(self) -> None:
        """Cancel, except while the office is being created or before the code is kept."""
        if self._busy:
            return
        if self.recovery_page is not None:
            # The office exists now: closing goes on to sign-in, once the code is kept.
            if self.recovery_page.confirmed:
                self.accept()
            else:
                self.recovery_page.remind()
            return
        super().reject()
