"""Confidentiality: the case code, sensitivity, and the identifying details (with consent only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration
from tipdesk.ui.keyboard import plain
from tipdesk.ui.wizard.base import PrinciplePage
from tipdesk.ui.wizard.widgets import (
    WARNING_STYLE,
    note,
    set_combo,
    shrinkable,
    text_box,
    vocab_combo,
)

SEPARATION = (
    ("", QT_TRANSLATE_NOOP("ConfidentialityPage", "Not asked")),
    ("accompanied", QT_TRANSLATE_NOOP("ConfidentialityPage", "With parents or usual caregiver")),
    (
        "separated",
        QT_TRANSLATE_NOOP(
            "ConfidentialityPage", "Separated (with another adult, not the usual caregiver)"
        ),
    ),
    ("unaccompanied", QT_TRANSLATE_NOOP("ConfidentialityPage", "Unaccompanied")),
    ("unknown", QT_TRANSLATE_NOOP("ConfidentialityPage", "Not known")),
)
TEXT_FIELDS = (
    "given_names",
    "family_name",
    "aliases",
    "phone",
    "other_contact",
    "caregiver_name",
    "caregiver_contact",
)


class ConfidentialityPage(PrinciplePage):
    """The code comes at save; names and contacts only here, and only with consent."""

    key = "confidentiality"
    steps = ("confidentiality",)

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Confidentiality"), guidance_shown, parent)

    def build(self) -> None:
        _, form = self.group(self.tr("Case code and access"))
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        form.addRow(self.code_note)
        self.sensitivity = vocab_combo(v.SENSITIVITY, self.tr("Sensitivity"))
        self.sensitivity.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("Sensitivit&y:"), self.sensitivity)
        explain = QLabel(
            self.tr(
                "Restricted: only the assigned officer and administrators can "
                "open the case. Standard: protection staff of the office."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)

        self.anonymous_note = note(
            self.tr(
                "The person did not consent to registering personal data: no name, alias, date of "
                "birth or contact is recorded. This stays an anonymous contact."
            ),
            WARNING_STYLE,
        )
        self.body_layout.addWidget(self.anonymous_note)
        self.identity_box, form = self.group(
            self.tr("Identifying details (with consent to register)")
        )
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "aliases": (
                self.tr("A&lias (optional):"),
                self.tr("A name the person uses instead of their own"),
            ),
            "given_names": (self.tr("Gi&ven names:"), ""),
            "family_name": (self.tr("&Family name:"), ""),
            "phone": (self.tr("&Phone:"), self.tr("Only if safe: others may read this phone")),
            "other_contact": (
                self.tr("&Other contact:"),
                self.tr("e.g. through a named relative or centre"),
            ),
        }
        for name, (caption, hint) in captions.items():
            self._edit(form, name, caption, hint)
        self.address = text_box(
            self.tr("Address or location"), self.tr("Where the person can be found safely"), 2
        )
        self.address.textChanged.connect(self.changed)
        self.question(form, self.tr("Addre&ss:"), self.address)
        self.dob_note = QLabel()
        self.dob_note.setWordWrap(True)
        form.addRow(self.dob_note)

        self.caregiver_box, form = self.group(self.tr("Caregiver (for a child)"))
        self._edit(form, "caregiver_name", self.tr("Caregiver's na&me:"), "")
        self._edit(form, "caregiver_contact", self.tr("Caregiver's con&tact:"), "")
        self.separation = shrinkable(QComboBox())
        self.separation.setAccessibleName(self.tr("Separated or unaccompanied"))
        for code, text in SEPARATION:
            self.separation.addItem(QCoreApplication.translate("ConfidentialityPage", text), code)
        self.separation.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("Separated or &unaccompanied:"), self.separation)

    def _edit(self, form, name: str, caption: str, hint: str) -> None:
        edit = QLineEdit()
        edit.setAccessibleName(plain(caption).rstrip(":"))
        edit.setPlaceholderText(hint)
        edit.textChanged.connect(self.changed)
        self.edits[name] = edit
        self.question(form, caption, edit)

    def apply(self, reg: CaseRegistration) -> None:
        reg.sensitivity = self.sensitivity.currentData()
        if self.case_wizard().anonymous:
            return
        identity = reg.identity
        child = self.case_wizard().child_state() in {"yes", "unsure"}
        for name, edit in self.edits.items():
            if child or not name.startswith("caregiver"):
                setattr(identity, name, edit.text())
        identity.address = self.address.toPlainText()
        identity.separated_or_unaccompanied = self.separation.currentData() if child else ""

    def load(self, reg: CaseRegistration, state: dict) -> None:
        set_combo(self.sensitivity, reg.sensitivity)
        for name, edit in self.edits.items():
            edit.setText(getattr(reg.identity, name))
        self.address.setPlainText(reg.identity.address)
        set_combo(self.separation, reg.identity.separated_or_unaccompanied)

    def update_view(self, reg: CaseRegistration) -> None:
        wizard = self.case_wizard()
        prefix = f"{wizard.office.info.country_code}-{date.today().year}-"
        self.code_note.setText(
            self.tr(
                "The case code is made when you save (it will look like %1…). It never contains a "
                "name: use it on forms, in referrals and when you talk about the case."
            ).replace("%1", prefix)
        )
        anonymous = wizard.anonymous
        self.anonymous_note.setVisible(anonymous)
        self.identity_box.setVisible(not anonymous)
        self.caregiver_box.setVisible(not anonymous and wizard.child_state() in {"yes", "unsure"})
        born = reg.identity.date_of_birth
        self.dob_note.setText(
            self.tr("Date of birth: %1 (entered with the age on the profile page).").replace(
                "%1", born.isoformat()
            )
            if born
            else self.tr("Date of birth: enter it, if known, as the age on the profile page.")
        )
