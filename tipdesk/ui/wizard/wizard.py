"""The case wizard: one page per protection principle, checked as you type, kept as a draft."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from tipdesk.errors import BadInput
from tipdesk.services import drafts
from tipdesk.services.case_registration import CaseRegistration, problems
from tipdesk.services.screening import ScreeningResult, compute_outcome
from tipdesk.services.screening import missed_groups as screening_missed_groups
from tipdesk.ui import shortcuts
from tipdesk.ui.feedback import show_error
from tipdesk.ui.keyboard import focus_first_input
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.wizard.base import (
    CONFIDENTIALITY,
    CONSENT,
    IDENTIFICATION,
    PARTICIPATION,
    PROFILE,
    REVIEW,
    SAFETY,
    URGENT,
    PrinciplePage,
)
from tipdesk.ui.wizard.confidentiality_page import ConfidentialityPage
from tipdesk.ui.wizard.consent_page import ConsentPage
from tipdesk.ui.wizard.consent_share import partner_names
from tipdesk.ui.wizard.drafting import AUTOSAVE_MS, DraftKeeping
from tipdesk.ui.wizard.identification_page import IdentificationPage, flag_text, screening_text
from tipdesk.ui.wizard.participation_page import ParticipationPage
from tipdesk.ui.wizard.profile_page import ProfilePage
from tipdesk.ui.wizard.review_page import ReviewPage
from tipdesk.ui.wizard.safety_page import SafetyPage, UrgentActionPage
from tipdesk.ui.wizard.side_panel import PRINCIPLES, PrinciplesPanel
from tipdesk.ui.wizard.summary import summary_html

GUIDANCE_KEY = "case_wizard/show_guidance"


class CaseWizard(DraftKeeping, QWizard):
    """Registers a new case, principle by principle; `case_saved(code)` once it is saved."""

    case_saved = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.office = context.office
        self.draft_id: int | None = None
        self.saved_code: str | None = None
        self.started = date.today()
        self._restoring = False
        self._refreshing = False
        self._again = False
        self.setWindowTitle(self.tr("New case"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)  # Enter adds a country
        for button, shortcut in (
            (QWizard.WizardButton.BackButton, shortcuts.WIZARD_BACK),
            (QWizard.WizardButton.NextButton, shortcuts.WIZARD_NEXT),
            (QWizard.WizardButton.FinishButton, shortcuts.WIZARD_SAVE),
            (QWizard.WizardButton.CancelButton, shortcuts.WIZARD_CLOSE),
        ):  # the captions give the Alt+letters that Help > Keyboard shortcuts lists
            self.setButtonText(button, shortcut.translated_caption())
        fit_to_screen(self, 1000, 700)  # or less on a small screen: the pages scroll
        shown = context.settings.value(GUIDANCE_KEY, True, type=bool)
        self.safety_page = SafetyPage(shown)
        self.urgent_page = UrgentActionPage(shown)
        self.consent_page = ConsentPage(shown)
        self.identification_page = IdentificationPage(shown)
        self.participation_page = ParticipationPage(shown)
        self.profile_page = ProfilePage(shown)
        self.confidentiality_page = ConfidentialityPage(shown)
        self.review_page = ReviewPage(shown)
        for page_id, page in self.principle_pages():
            self.setPage(page_id, page)
            page.guidance.visibility_requested.connect(self.set_guidance_shown)
        self.panel = PrinciplesPanel()
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        self.draft_label.setStyleSheet("color: #5f6368; padding: 0 8px 8px 8px;")
        self.panel.layout().addWidget(self.draft_label)
        self.setSideWidget(self.panel)
        self.consent_page.shares.partner_names = partner_names(self.office)
        self.currentIdChanged.connect(self._page_changed)
        self._last_saved: dict | None = None
        self.autosave = QTimer(self)  # between page changes too, so a crash loses little
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self.autosave.start()
        self._blank = self._comparable(self.payload())
        self.refresh()

    def principle_pages(self) -> list[tuple[int, PrinciplePage]]:
        return [
            (SAFETY, self.safety_page),
            (URGENT, self.urgent_page),
            (CONSENT, self.consent_page),
            (IDENTIFICATION, self.identification_page),
            (PARTICIPATION, self.participation_page),
            (PROFILE, self.profile_page),
            (CONFIDENTIALITY, self.confidentiality_page),
            (REVIEW, self.review_page),
        ]

    # -- what the pages share --------------------------------------------------------------
    @property
    def anonymous(self) -> bool:
        """The person refused registration: an anonymous contact (sex, age band, needs)."""
        return self.consent_page.register.value() == "refused"

    def child_from_profile(self) -> bool | None:
        """Whether the age on the profile page makes the person a child; None if unknown."""
        return self.profile_page.child()

    def child_state(self) -> str | None:
        """ "yes", "no", "unsure" or None: from the profile's age, else the consent page."""
        known = self.child_from_profile()
        if known is not None:
            return "yes" if known else "no"
        return self.consent_page.under_18.value()

    def registration(self) -> CaseRegistration:
        """Everything entered so far, as the service takes it."""
        reg = CaseRegistration()
        for _, page in self.principle_pages():
            page.apply(reg)
        return reg

    def problems(self, reg: CaseRegistration) -> list[tuple[str, str]]:
        return problems(reg)

    def screening_result(self, reg: CaseRegistration) -> ScreeningResult:
        sc = reg.screening
        return compute_outcome(
            sc.acts,
            sc.means,
            sc.purposes,
            child=self.child_state() == "yes",
            other_indicators=sc.means_of_control + sc.forms_of_exploitation,
        )

    def missed_groups(self, reg: CaseRegistration) -> list[str]:
        p = reg.profile
        return [
            screening_text(group)
            for group in screening_missed_groups(
                sex=p.sex,
                age_years=reg.age_years,
                nationality_status=p.nationality_status,
                forms_of_exploitation=reg.screening.forms_of_exploitation,
            )
        ]

    def all_problems(self, reg: CaseRegistration) -> list[str]:
        """Every page's problems, named by principle (the review lists them all)."""
        found = []
        for _key, title, ids in PRINCIPLES[:-1]:
            name = QCoreApplication.translate("PrinciplesPanel", title)
            for page_id in ids:
                page = self.page(page_id)
                found += [f"{name}: {text}" for text in page.page_problems(reg)]
        found += [m for step, m in problems(reg) if step == "case"]
        return list(dict.fromkeys(found))

    def summary(self, reg: CaseRegistration) -> str:
        result = self.screening_result(reg)
        outcome = reg.screening.override_outcome or result.outcome
        notes = []
        groups = self.missed_groups(reg)
        if groups:
            notes.append(
                self.tr("Often missed by child-protection and GBV pathways: %1.").replace(
                    "%1", ", ".join(groups)
                )
            )
        flag = flag_text(reg.prior_pathway, outcome)
        if flag:
            notes.append(flag)
        return summary_html(
            reg,
            dict(self.panel.status),
            outcome,
            [screening_text(r) for r in result.reasons],
            notes,
        )

    # -- checking as you type --------------------------------------------------------------
    def refresh(self) -> None:
        """Re-check the whole registration: pages, Next buttons and the side panel."""
        if self._refreshing:
            self._again = True
            return
        self._refreshing = True
        try:
            for _ in range(3):  # a page may adjust an input while it updates: settle
                self._again = False
                reg = self.registration()
                for _, page in self.principle_pages():
                    page.update_view(reg)
                    page.show_problems(page.page_problems(reg))
                self._update_panel(reg)
                if not self._again:
                    break
        finally:
            self._refreshing = False

    def _update_panel(self, reg: CaseRegistration) -> None:
        visited = set(self.visitedIds())
        seen = visited - {self.currentId()}  # the page in hand is not flagged while typing
        for key, _, ids in PRINCIPLES:
            if key == "safety" and not reg.safety.immediate_danger:
                ids = (SAFETY,)
            found = [text for page_id in ids for text in self.page(page_id).problems]
            if key == "review":
                status = (
                    "done"
                    if self.saved_code
                    else ("flagged" if found and REVIEW in visited else "pending")
                )
            elif found:
                status = "flagged" if seen & set(ids) else "pending"
            else:
                status = "done" if visited & set(ids) else "pending"
            self.panel.set_status(key, status, found)
        if self.currentPage() is self.review_page and self.saved_code is None:
            self.review_page.summary.setText(self.summary(reg))

    def _page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is None:
            return
        keys = {p: k for k, _, ids in PRINCIPLES for p in ids}
        self.panel.set_current(keys[page_id])
        self.refresh()
        # Answering starts at once (after the wizard is shown: a dialog focuses its first
        # button when it appears).
        QTimer.singleShot(0, page, lambda: focus_first_input(page, skip=page.guidance))
        if not self._restoring:
            self.save_draft_now()

    def set_guidance_shown(self, shown: bool) -> None:
        """Show or hide the guidance on every page, and remember it for next time."""
        self.context.settings.setValue(GUIDANCE_KEY, shown)
        for _, page in self.principle_pages():
            page.guidance.set_shown(shown)

    def case_was_saved(self, code: str) -> None:
        self.saved_code = code
        self.draft_id = None
        self.draft_label.setText("")
        self.refresh()
        self.case_saved.emit(code)

    def done(self, result: int) -> None:
        """Closing keeps the work as a draft (nothing to keep once the case is saved)."""
        if self.review_page.busy:
            return  # saving: the window stays until the case code is known
        if self.saved_code is None:
            self.save_draft_now()
        self.autosave.stop()
        super().done(result)


def open_case_wizard(
    context: PageContext, parent: QWidget, draft_id: int | None = None
) -> CaseWizard:
    """Show a new (non-modal) case wizard, restored from the draft `draft_id` if given."""
    wizard = CaseWizard(context, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if draft_id is not None:
        try:
            info = drafts.load_draft(context.office, draft_id)
        except BadInput as exc:
            show_error(
                wizard, QCoreApplication.translate("CaseWizard", "Draft not found"), str(exc)
            )
        else:
            wizard.restore(info.payload, draft_id)
    wizard.show()
    return wizard
