"""Review: what will be saved, the duplicate warning, and saving off the UI thread."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from tipdesk.services.case_registration import CaseRegistration, register_case
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.drafts import discard_draft
from tipdesk.services.duplicates import find_duplicates
from tipdesk.services.permissions import may
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.form_fields import ERROR_STYLE
from tipdesk.ui.wizard.base import PrinciplePage
from tipdesk.ui.wizard.widgets import INFO_STYLE, WARNING_STYLE, note

SAVED_STYLE = (
    "background: #e6f4ea; color: #0d3d1a; border: 1px solid #8cc79b;"
    " border-radius: 4px; padding: 8px; font-weight: bold;"
)


def register_and_discard(
    office: UnlockedOffice, reg: CaseRegistration, draft_id: int | None
) -> str:
    """Save the case (worker thread); then the draft it came from is no longer needed."""
    code = register_case(office, reg)
    if draft_id is not None:
        # The case is saved: a draft that could not be discarded is only clutter.
        with contextlib.suppress(Exception):
            discard_draft(office, draft_id)
    return code


class ReviewPage(PrinciplePage):
    """Summary, then Save: duplicates are checked first, and the case code is shown after."""

    key = "review"
    steps = ("case",)

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review and save"), guidance_shown, parent)
        self.busy = False
        self.saved_code: str | None = None
        self._pending: CaseRegistration | None = None

    def build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName(self.tr("Summary of what will be saved"))
        self.body_layout.addWidget(self.summary)

        self.duplicates = QFrame()
        self.duplicates.setStyleSheet(WARNING_STYLE)
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet("border: none;")
        self.save_anyway = QPushButton(self.tr("Save &anyway"))
        self.save_anyway.clicked.connect(self._save_anyway)
        self.back_button = QPushButton(self.tr("Bac&k"))
        self.back_button.clicked.connect(self._go_back)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_anyway)
        box = QVBoxLayout(self.duplicates)
        box.addWidget(self.duplicates_label)
        box.addLayout(buttons)
        self.duplicates.hide()

        self.status = note("", INFO_STYLE)
        self.status.setAccessibleName(self.tr("Saving"))
        self.status.hide()
        self.refer_button = QPushButton(self.tr("Make &referrals for the needs…"))
        self.refer_button.setToolTip(
            self.tr(
                "Refer the person to the services they want, with only what they consented to share"
            )
        )
        self.refer_button.clicked.connect(self.make_referral)
        self.refer_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        for widget in (self.duplicates, self.status, self.refer_button, self.progress):
            self.page_layout.insertWidget(self.page_layout.indexOf(self.problem_label), widget)

    def page_problems(self, reg: CaseRegistration) -> list[str]:
        return self.case_wizard().all_problems(reg)

    def update_view(self, reg: CaseRegistration) -> None:
        wizard = self.case_wizard()
        if wizard.currentPage() is self and self.saved_code is None:
            self.summary.setText(wizard.summary(reg))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.saved_code is not None:
            return True
        return not self.busy and super().isComplete()

    # -- saving ----------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Finish: close once saved; otherwise check for duplicates, then save."""
        if self.saved_code is not None:
            return True
        if not self.busy:
            self._pending = self.case_wizard().registration()
            self._set_busy(self.tr("Checking whether this person already has a case…"))
            task = self.case_wizard().context.runner.start(
                find_duplicates, self.case_wizard().office, self._pending
            )
            task.succeeded.connect(self._duplicates_checked)
            task.failed.connect(self._failed)
        return False

    def _duplicates_checked(self, codes: list[str]) -> None:
        if not codes:
            self._save()
            return
        self._set_busy(None)
        self.duplicates_label.setText(
            self.tr(
                "This person may already have a case: %1. Open that case instead of saving a "
                "second one, unless you are sure it is someone else."
            ).replace("%1", ", ".join(codes))
        )
        self.duplicates.show()
        self.save_anyway.setFocus()

    def _save_anyway(self) -> None:
        self.duplicates.hide()
        self._save()

    def _go_back(self) -> None:
        self.duplicates.hide()
        self.case_wizard().back()

    def _save(self) -> None:
        wizard = self.case_wizard()
        self._set_busy(self.tr("Saving the case…"))
        task = wizard.context.runner.start(
            register_and_discard, wizard.office, self._pending, wizard.draft_id
        )
        task.succeeded.connect(self._saved)
        task.failed.connect(self._failed)

    def _saved(self, code: str) -> None:
        self.saved_code = code
        self._set_busy(None)
        self.status.setStyleSheet(SAVED_STYLE)
        self.status.setText(
            self.tr(
                "Saved. The case code is %1. Use this code, never the "
                "name, on forms and in conversations."
            ).replace("%1", code)
        )
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.show()
        self.problem_label.hide()
        wizard = self.case_wizard()
        wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        wizard.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        wizard.case_was_saved(code)
        wanted = (
            [s for s, status in self._pending.needs.items() if status == "wants"]
            if self._pending is not None
            else []
        )
        self.refer_button.setVisible(
            bool(wanted)
            and self._pending.consents_to_register
            and may(wizard.office.user.role, "referrals.create")
        )
        self.completeChanged.emit()
        wizard.button(QWizard.WizardButton.FinishButton).setFocus()

    def make_referral(self):
        """The referral dialog for the saved case, starting with the first sector wanted."""
        from tipdesk.ui.referrals.new_referral_dialog import open_new_referral

        wanted = [s for s, status in self._pending.needs.items() if status == "wants"]
        wizard = self.case_wizard()
        return open_new_referral(
            wizard.context, wizard, self.saved_code, wanted[0] if wanted else None
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(None)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("The case was not saved: %1").replace("%1", describe_error(error))
        )
        self.status.show()

    def _set_busy(self, message: str | None) -> None:
        self.busy = message is not None
        self.progress.setVisible(self.busy)
        if message:
            self.status.setStyleSheet(INFO_STYLE)
            self.status.setText(message)
        self.status.setVisible(self.busy)
        self.completeChanged.emit()
        wizard = self.case_wizard()
        wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, self.busy)
        wizard.setOption(QWizard.WizardOption.NoCancelButton, self.busy)
