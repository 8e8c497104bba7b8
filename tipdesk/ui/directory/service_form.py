"""The fields of a service, laid out in two columns, with an error line under each input."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.services.directory import ServiceRecord
from tipdesk.ui.directory.fields import CheckList, LanguagePicker, error_label
from tipdesk.ui.terms import term_label

NEVER = QDate(2000, 1, 1)  # the date edit shows "never verified" at its minimum
TEXT_FIELDS = (
    "organisation",
    "organisation_acronym",
    "organisation_contact",
    "service_type",
    "admin2",
    "site",
    "address",
    "phone",
    "email",
    "focal_point",
    "opening_hours",
)
LONG_FIELDS = ("description", "referral_procedure")
FLAG_FIELDS = ("disability_accessible", "accepts_trafficking_cases", "free_of_charge")


class ServiceForm(QWidget):
    """Every field of a `ServiceRecord`; `record()` reads them back as a new record."""

    changed = Signal()

    def __init__(self, regions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        self._labels: list[QLabel] = []  # the labels of the left column, aligned
        self._align_labels = True
        required = self.tr("Required")

        organisation = self._group(self.tr("Organisation"))
        self._line(
            organisation, "organisation", self.tr("&Name:"), self.tr("Organisation name"), required
        )
        self._line(
            organisation,
            "organisation_acronym",
            self.tr("Acron&ym:"),
            self.tr("Organisation acronym"),
        )
        self._combo(
            organisation,
            "organisation_type",
            self.tr("&Kind:"),
            self.tr("Kind of organisation"),
            v.ORGANISATION_TYPES,
        )
        self._line(
            organisation,
            "organisation_contact",
            self.tr("Head office &contact:"),
            self.tr("Organisation contact"),
            self.tr("Phone or e-mail of the head office"),
        )

        service = self._group(self.tr("Service"))
        self._combo(
            service,
            "sector",
            self.tr("&Sector:"),
            self.tr("Sector"),
            v.SECTORS,
            placeholder=self.tr("Choose a sector"),
        )
        self._line(
            service,
            "service_type",
            self.tr("Ser&vice:"),
            self.tr("Type of service"),
            self.tr("Required, e.g. Safe shelter, Legal aid"),
        )
        self._text(service, "description", self.tr("&Description:"), self.tr("Description"))
        self._text(
            service, "referral_procedure", self.tr("How to &refer:"), self.tr("Referral procedure")
        )

        place = self._group(self.tr("Where and how to reach it"))
        region = QComboBox()
        region.setEditable(True)
        region.addItems(regions)
        region.setCurrentIndex(-1)
        region.lineEdit().setPlaceholderText(required)
        region.setAccessibleName(self.tr("Region (admin-1)"))
        region.editTextChanged.connect(self.changed)
        self._add(place, "admin1", self.tr("Region (admin-&1):"), region)
        self._line(place, "admin2", self.tr("District (admin-&2):"), self.tr("District (admin-2)"))
        self._line(
            place, "site", self.tr("Si&te:"), self.tr("Site"), self.tr("Town, camp or settlement")
        )
        self._line(place, "address", self.tr("&Address:"), self.tr("Address"))
        self._line(place, "phone", self.tr("&Phone:"), self.tr("Phone"), "+237 690 00 00 00")
        self._line(place, "email", self.tr("&E-mail:"), self.tr("E-mail"))
        self._line(place, "focal_point", self.tr("&Focal point:"), self.tr("Focal point"))
        self._line(
            place,
            "opening_hours",
            self.tr("Opening &hours:"),
            self.tr("Opening hours"),
            self.tr("e.g. Mon-Fri 08:00-16:00"),
        )

        served = QGroupBox(self.tr("Who it serves"), self)  # parented now: Tab order
        served_layout = QVBoxLayout(served)
        self.languages = LanguagePicker()
        self.languages.changed.connect(self.changed)
        languages_label = QLabel(self.tr("&Languages:"))
        languages_label.setBuddy(self.languages.edit)
        served_layout.addWidget(languages_label)
        served_layout.addWidget(self.languages)
        self.inputs["languages"], self.errors["languages"] = self.languages, self.languages.error
        self.titles["languages"] = self.tr("Languages")
        for name, title, vocabulary, columns in (
            ("age_groups", self.tr("Age groups"), v.AGE_GROUPS, 1),
            ("sexes", self.tr("Sexes"), v.SEX, 2),
            (
                "nationality_statuses",
                self.tr("Nationality or displacement status"),
                v.NATIONALITY_STATUS,
                2,
            ),
        ):
            check_list = CheckList(title, vocabulary, columns)
            check_list.changed.connect(self.changed)
            self.inputs[name], self.errors[name] = check_list, check_list.error
            self.titles[name] = title
            served_layout.addWidget(check_list)
        for name, text in (
            ("disability_accessible", self.tr("Accessible to persons with disa&bilities")),
            ("accepts_trafficking_cases", self.tr("Accepts traff&icking cases")),
            ("free_of_charge", self.tr("Free of char&ge")),
        ):
            box = QCheckBox(text)
            box.setAccessibleName(text.replace("&", ""))
            box.toggled.connect(self.changed)
            self.inputs[name] = box
            served_layout.addWidget(box)

        self._align_labels = False
        verified = self._group(self.tr("Verification"))
        self.verified_edit = QDateEdit()
        self.verified_edit.setAccessibleName(self.tr("Last verified on"))
        self.verified_edit.setCalendarPopup(True)
        self.verified_edit.setDisplayFormat("yyyy-MM-dd")
        self.verified_edit.setMinimumDate(NEVER)
        self.verified_edit.setSpecialValueText(self.tr("never"))
        self.verified_edit.dateChanged.connect(self.changed)
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.setAccessibleName(self.tr("Verified today"))
        self.today_button.clicked.connect(lambda: self.verified_edit.setDate(QDate.currentDate()))
        row = QHBoxLayout()
        row.addWidget(self.verified_edit, 1)
        row.addWidget(self.today_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.inputs["last_verified_on"] = self.verified_edit
        self._add(verified, "last_verified_on", self.tr("Last verified:"), holder)

        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:  # one label column across the groups on the left
            label.setMinimumWidth(width)
        left = QVBoxLayout()
        for box in (organisation, service, place):
            left.addWidget(box.parentWidget())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(served)
        right.addWidget(verified.parentWidget())
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    # -- building -----------------------------------------------------------------------------
    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)  # parented: the layout lives as long as the form
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _add(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        error = error_label()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        title = QLabel(label)
        title.setBuddy(self.inputs.get(name, widget))
        form.addRow(title, cell)
        if self._align_labels:
            self._labels.append(title)
        self.inputs.setdefault(name, widget)
        self.errors[name] = error
        self.titles[name] = label.replace("&", "").rstrip(":")

    def _line(
        self, form: QFormLayout, name: str, label: str, accessible: str, placeholder: str = ""
    ) -> None:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.changed)
        self._add(form, name, label, edit)

    def _text(self, form: QFormLayout, name: str, label: str, accessible: str) -> None:
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        edit.textChanged.connect(self.changed)
        self._add(form, name, label, edit)

    def _combo(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        accessible: str,
        vocabulary: v.Vocabulary,
        placeholder: str = "",
    ) -> None:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        for term in vocabulary:
            combo.addItem(term_label(vocabulary, term.code), term.code)
        combo.setPlaceholderText(placeholder)
        combo.currentIndexChanged.connect(self.changed)
        self._add(form, name, label, combo)

    # -- values -------------------------------------------------------------------------------
    def set_record(self, record: ServiceRecord) -> None:
        self.blockSignals(True)
        for name in TEXT_FIELDS:
            self.inputs[name].setText(getattr(record, name))
        for name in LONG_FIELDS:
            self.inputs[name].setPlainText(getattr(record, name))
        for name in ("organisation_type", "sector"):
            combo = self.inputs[name]
            combo.setCurrentIndex(combo.findData(getattr(record, name)))
        self.inputs["admin1"].setEditText(record.admin1)
        self.languages.set_codes(record.languages)
        for name in ("age_groups", "sexes", "nationality_statuses"):
            self.inputs[name].set_codes(getattr(record, name))
        for name in FLAG_FIELDS:
            self.inputs[name].setChecked(getattr(record, name))
        verified = record.last_verified_on
        self.verified_edit.setDate(QDate(verified) if verified else NEVER)
        self.blockSignals(False)

    def record(self) -> ServiceRecord:
        """What the fields say now (without the service ID and the active flag)."""
        record = ServiceRecord()
        for name in TEXT_FIELDS:
            setattr(record, name, self.inputs[name].text().strip())
        for name in LONG_FIELDS:
            setattr(record, name, self.inputs[name].toPlainText().strip())
        record.organisation_type = self.inputs["organisation_type"].currentData() or ""
        record.sector = self.inputs["sector"].currentData() or ""
        record.admin1 = self.inputs["admin1"].currentText().strip()
        record.languages = self.languages.codes()
        for name in ("age_groups", "sexes", "nationality_statuses"):
            setattr(record, name, self.inputs[name].codes())
        for name in FLAG_FIELDS:
            setattr(record, name, self.inputs[name].isChecked())
        day = self.verified_edit.date()
        record.last_verified_on = None if day == NEVER else date(day.year(), day.month(), day.day())
        return record

    # -- state --------------------------------------------------------------------------------
    def show_problems(self, found: dict[str, str]) -> None:
        """Show each message under its field and clear the others."""
        for name, label in self.errors.items():
            text = found.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            widget = self.inputs[name]
            widget.setAccessibleDescription(text)

    def field_title(self, name: str) -> str:
        """The label of a field, as the user sees it (for messages naming fields)."""
        return self.titles.get(name, name)

    def focus_field(self, name: str) -> QWidget | None:
        widget = self.inputs.get(name)
        if isinstance(widget, LanguagePicker):
            widget = widget.edit
        if widget is not None:
            widget.setFocus()
        return widget

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QDateEdit):
                widget.setReadOnly(read_only)
                widget.setCalendarPopup(not read_only)
            elif isinstance(widget, (CheckList, LanguagePicker)):
                widget.set_read_only(read_only)
            else:
                widget.setEnabled(not read_only)
        self.today_button.setVisible(not read_only)
