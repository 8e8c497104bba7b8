"""A new referral of one case: sector, provider, request, and exactly the fields consented to.

Other screens (the case file, the wizard's needs step) call `open_new_referral`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.services.referral_views import referral_view
from tipdesk.services.referrals import create_referral
from tipdesk.ui.admin.common import StatusLabel
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals.disclosure_checklist import DisclosureChecklist
from tipdesk.ui.referrals.form_output import FormOutput
from tipdesk.ui.referrals.referral_detail import BANNER, WARNING
from tipdesk.ui.referrals.referral_options import ReferralOptions, load_options
from tipdesk.ui.referrals.service_picker import ServicePicker
from tipdesk.ui.screen_fit import fit_to_screen, scrolling
from tipdesk.ui.terms import term_label

SUCCESS = (
    "background: #e6f4ea; color: #1b5e20; border: 1px solid #8cc59a; border-radius: 3px;"
    " padding: 6px 8px;"
)


def create_and_view(office, case_code: str, **values):
    """Create the referral (worker thread) and return its view, for the number and printing."""
    return referral_view(office, create_referral(office, case_code, **values))


class NewReferralDialog(QDialog):
    """Loads the case's options, then offers only what the consents allow."""

    created = Signal(int, str)  # referral id, number

    def __init__(
        self,
        context: PageContext,
        case_code: str,
        sector: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._wanted_sector = sector
        self.options: ReferralOptions | None = None
        self.referral_id: int | None = None
        self.number = ""
        self.task = None
        self.setWindowTitle(self.tr("New referral: case %1").replace("%1", case_code))
        fit_to_screen(self, 960, 640)

        self.sector_combo = QComboBox()
        self.sector_combo.setAccessibleName(self.tr("Sector"))
        self.gate = QLabel()
        self.gate.setWordWrap(True)
        self.override_box = QGroupBox(self.tr("Override with a reason (administrators)"))
        self.override_edit = QLineEdit()
        self.override_edit.setAccessibleName(self.tr("Override with a reason"))
        self.override_edit.setPlaceholderText(
            self.tr("Why the person cannot be asked and the referral cannot wait")
        )
        override_layout = QVBoxLayout(self.override_box)
        hint = QLabel(
            self.tr(
                "The override and its reason are recorded in the audit trail and "
                "printed on the form. Only non-identifying fields may be shared."
            )
        )
        hint.setWordWrap(True)
        override_layout.addWidget(hint)
        override_layout.addWidget(self.override_edit)
        self.override_box.hide()
        self.services = ServicePicker(context)
        self.services.changed.connect(self._update_fields)
        self.services.failed.connect(self.message_error)

        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName(self.tr("Priority"))
        for code in v.REFERRAL_PRIORITY.codes:
            self.priority_combo.addItem(term_label(v.REFERRAL_PRIORITY, code), code)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))
        self.reason_edit = self._text(self.tr("Reason for referral"))
        self.requested_edit = self._text(self.tr("Services requested"))
        self.provided_edit = self._text(self.tr("Services already provided"))
        self.checklist = DisclosureChecklist()

        left = QFormLayout()
        left.addRow(self._label(self.tr("S&ector:"), self.sector_combo), self.sector_combo)
        left.addRow(self.gate)
        left.addRow(self.override_box)
        left.addRow(self._label(self.tr("Provi&der:"), self.services))
        left.addRow(self.services)
        right = QFormLayout()
        right.addRow(self._label(self.tr("P&riority:"), self.priority_combo), self.priority_combo)
        for text, edit in (
            (self.tr("Re&ason:"), self.reason_edit),
            (self.tr("Re&quested:"), self.requested_edit),
            (self.tr("Already pro&vided:"), self.provided_edit),
        ):
            right.addRow(self._label(text, edit), edit)
        right_column = QVBoxLayout()
        right_column.addLayout(right)
        right_column.addWidget(self.checklist)
        right_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 11)
        columns.addLayout(right_column, 9)

        self.message = StatusLabel()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Create referral"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("&Print now…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self.create)
        self.print_button.clicked.connect(self.print_now)
        self.close_button.clicked.connect(self.reject)
        self.output = FormOutput(context, self)
        self.output.finished.connect(self._output_finished)
        form = QWidget()
        form.setLayout(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)  # scrolls on a small screen
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.sector_combo.currentIndexChanged.connect(self._sector_changed)
        self.override_edit.textChanged.connect(self._update_fields)
        self._set_inputs_enabled(False)
        self.message.show_info(self.tr("Reading the case's consents…"))
        self.task = context.runner.start(load_options, context.office, case_code)
        self.task.succeeded.connect(self._loaded)
        self.task.failed.connect(self._failed)

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().height() * 2 + 14)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            self.sector_combo,
            self.services,
            self.priority_combo,
            self.reason_edit,
            self.requested_edit,
            self.provided_edit,
            self.override_edit,
            self.checklist,
        ):
            widget.setEnabled(enabled)
        self.create_button.setEnabled(enabled and self.can_create())

    # -- loading ------------------------------------------------------------------------------
    def _loaded(self, options: ReferralOptions) -> None:
        self.options = options
        self.message.clear_message()
        self.sector_combo.blockSignals(True)
        for code in v.SECTORS.codes:
            text = term_label(v.SECTORS, code)
            if options.declined(code):
                text = self.tr("%1 — declined by the person").replace("%1", text)
            elif not options.has_consent(code):
                text = self.tr("%1 — no consent to refer").replace("%1", text)
            elif options.needs.get(code) == "wants":
                text = self.tr("%1 — wants this service").replace("%1", text)
            self.sector_combo.addItem(text, code)
            if options.declined(code):
                self.sector_combo.model().item(self.sector_combo.count() - 1).setEnabled(False)
        self.sector_combo.setCurrentIndex(self.sector_combo.findData(self._first_sector()))
        self.sector_combo.blockSignals(False)
        self._set_inputs_enabled(True)
        self._sector_changed()

    def _first_sector(self) -> str:
        options = self.options
        if self._wanted_sector in v.SECTORS:
            return self._wanted_sector
        for good in (
            lambda s: (
                options.needs.get(s) == "wants"
                and options.has_consent(s)
                and s not in options.open_referrals
            ),
            lambda s: options.has_consent(s),
            lambda s: not options.declined(s),
        ):
            found = next((s for s in v.SECTORS.codes if good(s)), None)
            if found:
                return found
        return v.SECTORS.codes[0]

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(describe_error(exc))
        self.create_button.setEnabled(not self.created_already and self.can_create())

    @property
    def sector(self) -> str | None:
        return self.sector_combo.currentData()

    def _sector_changed(self) -> None:
        sector = self.sector
        if self.options is None or sector is None:
            return
        self._show_gate(sector)
        self.services.set_sector(sector)
        self._update_fields()

    def message_error(self, text: str) -> None:
        self.message.show_error(text)

    # -- the consent gate and the fields --------------------------------------------------------
    def _show_gate(self, sector: str) -> None:
        options, name = self.options, term_label(v.SECTORS, sector)
        already = options.open_referrals.get(sector, [])
        note = (
            "\n"
            + self.tr("Already referred: %1.").replace(
                "%1",
                ", ".join(
                    f"{number} ({term_label(v.REFERRAL_STATUS, status)})"
                    for number, status in already
                ),
            )
            if already
            else ""
        )
        if options.declined(sector):
            self.gate.setStyleSheet(BANNER)
            self.gate.setText(
                self.tr(
                    "The person declined %1 services: a declined need is not "
                    "referred. Record a change of mind on the case's needs "
                    "first."
                ).replace("%1", name)
            )
        elif not options.has_consent(sector):
            self.gate.setStyleSheet(BANNER)
            self.gate.setText(
                self.tr(
                    "There is no consent to refer this person to %1. Ask the person and record "
                    "their consent on the case's Consent tab first."
                ).replace("%1", name)
                + (
                    "\n" + self.tr("Only an administrator may override, with a reason.")
                    if not options.may_override
                    else ""
                )
                + note
            )
        else:
            self.gate.setStyleSheet(WARNING if already else SUCCESS)
            self.gate.setText(
                self.tr("The person consented to a referral to %1.").replace("%1", name) + note
            )
        self.override_box.setVisible(self.may_override_here())

    def may_override_here(self) -> bool:
        """An administrator, a sector the person did not decline, and no consent to it."""
        options, sector = self.options, self.sector
        return (
            options is not None
            and sector is not None
            and options.may_override
            and not options.declined(sector)
            and not options.has_consent(sector)
        )

    def override_reason(self) -> str:
        return self.override_edit.text().strip() if self.may_override_here() else ""

    def allowed(self) -> list[str]:
        if self.options is None or self.sector is None or self.referral_id is not None:
            return []
        return self.options.allowed(
            self.sector, self.services.selected(), override=bool(self.override_reason())
        )

    def _update_fields(self) -> None:
        consented = self.options is not None and self.options.has_consent(self.sector or "")
        self.checklist.offer(self.allowed(), sector_consent=consented)
        self.create_button.setEnabled(self.can_create())

    def can_create(self) -> bool:
        options, sector = self.options, self.sector
        if options is None or sector is None or self.referral_id is not None:
            return False
        if options.declined(sector):
            return False
        return options.has_consent(sector) or bool(self.override_reason())

    @property
    def created_already(self) -> bool:
        return self.referral_id is not None

    # -- creating -----------------------------------------------------------------------------
    def create(self) -> None:
        if not self.can_create() or (self.task is not None and not self.task.done):
            return
        service = self.services.selected()
        self._set_inputs_enabled(False)
        self.message.show_info(self.tr("Creating the referral…"))
        self.task = self._context.runner.start(
            create_and_view,
            self._context.office,
            self.options.case_code,
            sector=self.sector,
            service_ref=service.ref if service else None,
            priority=self.priority_combo.currentData(),
            reason=self.reason_edit.toPlainText(),
            services_requested=self.requested_edit.toPlainText(),
            services_already_provided=self.provided_edit.toPlainText(),
            disclosed_fields=self.checklist.chosen(),
            override_reason=self.override_reason(),
        )
        self.task.succeeded.connect(self._created)
        self.task.failed.connect(self._create_failed)

    def _create_failed(self, exc: BaseException) -> None:
        self._set_inputs_enabled(True)
        self._update_fields()
        self.message.show_error(describe_error(exc))

    def _created(self, view) -> None:
        self.referral_id = view.id
        self.number = view.number
        self.message.show_success(
            self.tr(
                "Referral %1 created as a draft. Print the form now, or later from the Referrals "
                "section; record it as sent when it leaves the office."
            ).replace("%1", view.number)
        )
        self.create_button.hide()
        self.print_button.show()
        self.print_button.setDefault(True)
        self.close_button.setText(self.tr("&Close"))
        self.created.emit(view.id, view.number)

    def print_now(self) -> None:
        if self.referral_id is not None:
            self.output.print_form(self.referral_id)

    def _output_finished(self, ok: bool, message: str) -> None:
        (self.message.show_success if ok else self.message.show_error)(message)


def open_new_referral(
    context: PageContext, parent: QWidget | None, case_code: str, sector: str | None = None
) -> NewReferralDialog:
    """Open the new-referral dialog for `case_code` (window-modal, not blocking); connect to
    its `created(referral_id, number)` signal to hear of the new referral."""
    dialog = NewReferralDialog(context, case_code, sector, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
