"""The Profile tab: the case's handling, the person's profile, identity and own account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import case_file
from tipdesk.services.case_list import OfficerChoice
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.fields import (
    AgeField,
    ChoiceField,
    CodeListField,
    DateField,
    Field,
    FlagField,
    TextField,
    country_code,
    language_code,
)
from tipdesk.ui.terms import term_label

OPEN_STATUSES = ("active", "follow-up")
# Read-only inputs: no white "type here" background, and legible text when disabled.
READ_ONLY_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] '
    "{ background: palette(window); }"
    " QComboBox:disabled, QAbstractSpinBox:disabled"
    " { color: palette(window-text); }"
)
SEPARATION = (("separated", "Separated from usual caregivers"), ("unaccompanied", "Unaccompanied"))


def _choices(vocabulary: v.Vocabulary, codes=None) -> list[tuple[str, object]]:
    return [(term_label(vocabulary, code), code) for code in codes or vocabulary.codes]


class ProfileTab(CaseTab):
    """A form over the editable fields of a case, saved together with `case_file.update_case`."""

    key = "profile"

    def __init__(
        self, office: UnlockedOffice, officers: list[OfficerChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(office, parent)
        self._baseline: dict[str, object] = {}
        self._loading = False
        officer_choices = [(self.tr("Unassigned"), None)] + [
            (o.display_name, o.id) for o in officers
        ]
        self.fields: dict[str, Field] = {}
        self.case_box = self._group(
            self.tr("Case"),
            [
                ChoiceField("case.status", self.tr("Status"), _choices(v.CASE_STATUS)),
                ChoiceField("case.sensitivity", self.tr("Sensitivity"), _choices(v.SENSITIVITY)),
                ChoiceField("case.assigned_officer_id", self.tr("Officer"), officer_choices),
                ChoiceField(
                    "case.prior_pathway", self.tr("Earlier pathway"), _choices(v.PRIOR_PATHWAY)
                ),
            ],
        )
        self.age_band_label = QLabel()
        self.person_box = self._group(
            self.tr("Person"),
            [
                ChoiceField("profile.sex", self.tr("Sex"), _choices(v.SEX)),
                AgeField("profile.age_years", self.tr("Age")),
                ChoiceField(
                    "profile.nationality_status",
                    self.tr("Nationality status"),
                    _choices(v.NATIONALITY_STATUS),
                ),
                CodeListField(
                    "profile.citizenships",
                    self.tr("Citizenships"),
                    country_code,
                    self.tr("country"),
                ),
                CodeListField(
                    "profile.languages", self.tr("Languages"), language_code, self.tr("language")
                ),
                FlagField("profile.disability", self.tr("Disability")),
                TextField("profile.disability_details", self.tr("Disability details")),
            ],
        )
        self.person_box.layout().insertRow(2, self.tr("Age band:"), self.age_band_label)
        self.identity_box = self._group(
            self.tr("Identity"),
            [
                TextField("identity.given_names", self.tr("Given names")),
                TextField("identity.family_name", self.tr("Family name")),
                TextField("identity.aliases", self.tr("Aliases"), max_length=400),
                DateField("identity.date_of_birth", self.tr("Date of birth")),
                TextField("identity.phone", self.tr("Phone"), max_length=60),
                TextField("identity.other_contact", self.tr("Other contact")),
                TextField("identity.address", self.tr("Address"), multiline=True),
                TextField("identity.caregiver_name", self.tr("Caregiver")),
                TextField("identity.caregiver_contact", self.tr("Caregiver contact")),
                ChoiceField(
                    "identity.separated_or_unaccompanied",
                    self.tr("Separated child"),
                    [(self.tr("No / not applicable"), None)]
                    + [(self.tr(text), code) for code, text in SEPARATION],
                ),
            ],
        )
        self.participation_box = self._group(
            self.tr("The person's own account"),
            [
                TextField(
                    "participation.own_priorities", self.tr("Own priorities"), multiline=True
                ),
                TextField("participation.preferred_contact", self.tr("Preferred safe contact")),
                TextField("participation.safe_contact_times", self.tr("Safe times to contact")),
                TextField("participation.child_views", self.tr("Child's views"), multiline=True),
            ],
        )
        self.anonymous_label = QLabel(
            self.tr(
                "Anonymous contact: the person did not consent to registering personal data, so "
                "only sex, age band and needs are kept."
            )
        )
        self.anonymous_label.setWordWrap(True)

        content = QWidget()
        content.setStyleSheet(READ_ONLY_STYLE)
        grid = QGridLayout(content)
        grid.addWidget(self.anonymous_label, 0, 0, 1, 2)
        grid.addWidget(self.case_box, 1, 0)
        grid.addWidget(self.person_box, 2, 0)
        grid.addWidget(self.identity_box, 1, 1, 2, 1)
        grid.addWidget(self.participation_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.dirty_label = QLabel()
        self.save_button = QPushButton(self.tr("Sa&ve changes"))
        self.save_button.setAccessibleName(self.tr("Save the profile changes"))
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("&Undo changes"))
        self.undo_button.setAccessibleName(self.tr("Undo the unsaved profile changes"))
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.save_button)
        self.body.addWidget(scroll, 1)
        self.body.addLayout(buttons)

    def _group(self, title: str, fields: list[Field]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for field in fields:
            self.fields[field.key] = field
            field.connect(self._edited)
            form.addRow(self.tr("%1:").replace("%1", field.widget.accessibleName()), field.widget)
        return box

    # -- showing ------------------------------------------------------------------------------
    def show_case(self, case: Case, editable: bool) -> None:
        rows = {
            "case": case,
            "profile": case.profile,
            "identity": case.identity,
            "participation": case.participation,
        }
        closed = case.status not in OPEN_STATUSES
        status = self.fields["case.status"].widget
        for index in range(status.count()):  # closing and reopening is the Closure tab's
            allowed = status.itemData(index) in OPEN_STATUSES and not closed
            status.model().item(index).setEnabled(allowed or status.itemData(index) == case.status)
        self._baseline = {
            key: field.normal(getattr(rows[field.group], field.name, None))
            for key, field in self.fields.items()
        }
        self._loading = True
        for key, field in self.fields.items():
            field.set(self._baseline[key])
            field.set_editable(editable and not (key == "case.status" and closed))
        self._loading = False
        self.age_band_label.setText(term_label(v.AGE_BAND, case.profile.age_band))
        anonymous = case.anonymous_contact
        self.anonymous_label.setVisible(anonymous)
        for box in (self.identity_box, self.participation_box):
            box.setVisible(not anonymous)
        person = self.person_box.layout()
        for key in (
            "profile.nationality_status",
            "profile.citizenships",
            "profile.languages",
            "profile.disability",
            "profile.disability_details",
            "profile.age_years",
        ):
            person.setRowVisible(self.fields[key].widget, not anonymous)
        for button in (self.save_button, self.undo_button):
            button.setVisible(editable)
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        dirty = bool(self.unsaved())
        self.save_button.setEnabled(dirty)
        self.undo_button.setEnabled(dirty)
        self.dirty_label.setText(self.tr("Unsaved changes.") if dirty else "")

    # -- values -------------------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """The changed fields as the service takes them; ValueError names an invalid input."""
        return {
            key: value
            for key, field in self.fields.items()
            if (value := field.get()) != self._baseline.get(key)
        }

    def unsaved(self) -> dict:
        if self.case is None:
            return {}
        values = {}
        for key, field in self.fields.items():
            try:
                value = field.get()
            except ValueError:  # half-typed: keep the text as it is
                values[key] = field.widget.text()
                continue
            if value != self._baseline.get(key):
                values[key] = field.to_json(value)
        return values

    def apply_unsaved(self, values: dict) -> None:
        for key, value in values.items():
            if key in self.fields:
                self.fields[key].set(self.fields[key].from_json(value))
        self._edited()

    def undo(self) -> None:
        if self.case is not None:
            self.load(self.case, self.editable)

    def save(self) -> None:
        try:
            changes = self.changes()
        except ValueError as exc:
            self.status.show_error(str(exc))
            return
        if not changes:
            self.status.show_info(self.tr("Nothing to save."))
            return
        groups: dict[str, dict] = {}
        for key, value in changes.items():
            group, name = key.split(".", 1)
            groups.setdefault(group, {})[name] = value
        ok, changed = self.status.run(case_file.update_case, self.office, self.code, **groups)
        if ok:
            self.after_save(self.tr("Saved: %n field(s) changed.", "", len(changed)))
