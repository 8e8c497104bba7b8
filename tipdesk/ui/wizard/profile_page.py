"""Non-discrimination: who the person is (sex, age, nationality, languages, disability)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration
from tipdesk.services.screening import is_child
from tipdesk.ui.keyboard import first_shown, forward_focus
from tipdesk.ui.wizard.base import PrinciplePage
from tipdesk.ui.wizard.code_picker import CodePicker, countries, language_choices
from tipdesk.ui.wizard.widgets import (
    WARNING_STYLE,
    ChoiceRow,
    note,
    set_combo,
    text_box,
    vocab_combo,
    yes_no,
)


def years_since(born: date, today: date | None = None) -> int:
    today = today or date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class ProfilePage(PrinciplePage):
    """Nothing here blocks a registration: 'other' and 'unknown' are always possible."""

    key = "profile"
    steps = ("profile",)

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Non-discrimination"), guidance_shown, parent)

    def build(self) -> None:
        self.anonymous_note = note(
            self.tr(
                "Anonymous contact: only sex and age band are saved; "
                "an exact age is turned into its band."
            )
        )
        self.body_layout.addWidget(self.anonymous_note)
        _, form = self.group(self.tr("Sex and age"))
        self.sex = vocab_combo(v.SEX, self.tr("Sex"))
        set_combo(self.sex, "unknown")
        self.sex.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("&Sex:"), self.sex)
        self.age_mode = ChoiceRow(
            self.tr("What is known of the age"),
            [
                ("years", self.tr("Age in years")),
                ("dob", self.tr("Date of birth")),
                ("band", self.tr("Age band only")),
                ("unknown", self.tr("Not known")),
            ],
        )
        self.age_mode.set_value("unknown")
        self.age_mode.changed.connect(self.changed)
        self.question(form, self.tr("Age &known as:"), self.age_mode)
        self.age_years = QSpinBox()
        self.age_years.setRange(0, 120)
        self.age_years.setSuffix(self.tr(" years"))
        self.age_years.setAccessibleName(self.tr("Age in years"))
        self.date_of_birth = QDateEdit()
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.date_of_birth.setDisplayFormat("yyyy-MM-dd")
        self.date_of_birth.setCalendarPopup(True)
        self.date_of_birth.setDateRange(QDate(1900, 1, 1), QDate.currentDate())
        self.date_of_birth.setDate(QDate.currentDate().addYears(-25))
        self.age_band = vocab_combo(v.AGE_BAND, self.tr("Age band"))
        set_combo(self.age_band, "unknown")
        age_row = QWidget()
        row = QHBoxLayout(age_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.age_hint = QLabel()
        for widget in (self.age_years, self.date_of_birth, self.age_band, self.age_hint):
            row.addWidget(widget)
        row.addStretch(1)
        forward_focus(
            age_row, lambda: first_shown((self.age_years, self.date_of_birth, self.age_band))
        )
        self.age_years.valueChanged.connect(self.changed)
        self.date_of_birth.dateChanged.connect(self.changed)
        self.age_band.currentIndexChanged.connect(self.changed)
        self.age_caption = self.question(form, self.tr("&Age:"), age_row)
        self.age_note = note("", WARNING_STYLE)
        form.addRow(self.age_note)

        self.origin_box, form = self.group(self.tr("Nationality and languages"))
        self.nationality_status = vocab_combo(v.NATIONALITY_STATUS, self.tr("Nationality status"))
        set_combo(self.nationality_status, "unknown")
        self.nationality_status.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("Nationality s&tatus:"), self.nationality_status)
        self.citizenships = CodePicker(countries(), self.tr("Citizenships"))
        self.languages = CodePicker(language_choices(), self.tr("Languages spoken"))
        for picker in (self.citizenships, self.languages):
            picker.changed.connect(self.changed)
        self.question(form, self.tr("&Citizenship(s):"), self.citizenships)
        self.question(form, self.tr("&Languages spoken:"), self.languages)

        self.disability_box, form = self.group(self.tr("Disability"))
        self.disability = yes_no(self.tr("Does the person have a disability?"), unsure=True)
        self.disability.buttons["unsure"].setText(self.tr("Not known"))
        self.disability.changed.connect(self.changed)
        self.question(form, self.tr("D&isability:"), self.disability)
        self.disability_details = text_box(
            self.tr("Disability details"), self.tr("What support or access the person needs"), 2
        )
        self.disability_details.textChanged.connect(self.changed)
        self.disability_caption = self.question(form, self.tr("D&etails:"), self.disability_details)

    # -- the age, for the child rules of the other pages -----------------------------------
    def known_age(self) -> tuple[int | None, str | None]:
        """(age in years, age band) as far as this page knows them; (None, None) when not."""
        mode = self.age_mode.value()
        if mode == "years":
            return self.age_years.value(), None
        if mode == "dob" and not self.case_wizard().anonymous:
            return years_since(self.date_of_birth.date().toPython()), None
        if mode == "band" and self.age_band.currentData() != "unknown":
            return None, self.age_band.currentData()
        return None, None

    def child(self) -> bool | None:
        years, band = self.known_age()
        if years is None and band is None:
            return None
        return is_child(years, band)

    def apply(self, reg: CaseRegistration) -> None:
        p = reg.profile
        p.sex = self.sex.currentData()
        mode = self.age_mode.value()
        p.age_years = self.age_years.value() if mode == "years" else None
        p.age_band = self.age_band.currentData() if mode == "band" else None
        if self.case_wizard().anonymous:
            return
        if mode == "dob":
            reg.identity.date_of_birth = self.date_of_birth.date().toPython()
        p.nationality_status = self.nationality_status.currentData()
        p.citizenships = self.citizenships.values()
        p.languages = self.languages.values()
        answer = self.disability.value()
        p.disability = None if answer in (None, "unsure") else answer == "yes"
        p.disability_details = self.disability_details.toPlainText() if p.disability else ""

    def load(self, reg: CaseRegistration, state: dict) -> None:
        p = reg.profile
        set_combo(self.sex, p.sex)
        if p.age_years is not None:
            self.age_mode.set_value("years")
            self.age_years.setValue(p.age_years)
        elif reg.identity.date_of_birth is not None:
            self.age_mode.set_value("dob")
            self.date_of_birth.setDate(QDate(reg.identity.date_of_birth))
        elif p.age_band:
            self.age_mode.set_value("band")
            set_combo(self.age_band, p.age_band)
        else:
            self.age_mode.set_value("unknown")
        set_combo(self.nationality_status, p.nationality_status)
        self.citizenships.set_values(p.citizenships)
        self.languages.set_values(p.languages)
        self.disability.set_value(
            {True: "yes", False: "no"}.get(p.disability, "unsure")
            if state.get("disability_answered", True)
            else None
        )
        self.disability_details.setPlainText(p.disability_details)

    def state(self) -> dict:
        return {"disability_answered": self.disability.value() is not None}

    def update_view(self, reg: CaseRegistration) -> None:
        wizard = self.case_wizard()
        anonymous = wizard.anonymous
        self.anonymous_note.setVisible(anonymous)
        self.origin_box.setVisible(not anonymous)
        self.disability_box.setVisible(not anonymous)
        self.age_mode.buttons["dob"].setVisible(not anonymous)
        if anonymous and self.age_mode.value() == "dob":
            self.age_mode.set_value("unknown")
        mode = self.age_mode.value()
        self.age_years.setVisible(mode == "years")
        self.date_of_birth.setVisible(mode == "dob")
        self.age_band.setVisible(mode == "band")
        self.age_caption.setVisible(mode in {"years", "dob", "band"})
        self.age_caption.setText(
            {"dob": self.tr("D&ate of birth:"), "band": self.tr("&Age band:")}.get(
                mode, self.tr("&Age:")
            )
        )
        years, _ = self.known_age()
        self.age_hint.setText(
            self.tr("(%1 years; kept as an identifying detail)").replace("%1", str(years))
            if mode == "dob"
            else ""
        )
        self.disability_details.setVisible(self.disability.value() == "yes")
        self.disability_caption.setVisible(self.disability.value() == "yes")
        said = wizard.consent_page.under_18.value()
        child = self.child()
        advice = ""
        if child is None and said == "yes":
            advice = self.tr(
                "You recorded that the person is under 18. Enter an age or an "
                "estimated age band so that the child rules apply to what is saved."
            )
        elif child is not None and said in {"yes", "no"} and child != (said == "yes"):
            advice = self.tr(
                "This age does not match the answer on the consent page; the age "
                "entered here is used."
            )
        if child and any(step == "consent" for step, _ in wizard.problems(reg)):
            advice += (" " if advice else "") + self.tr(
                "The person is a child: go back to Informed consent and record the child's "
                "assent with a parent or guardian's consent, or a best-interests decision."
            )
        self.age_note.setText(advice)
        self.age_note.setVisible(bool(advice))
