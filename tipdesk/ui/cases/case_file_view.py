"""The case file: one window per case, with a tab per part of the record.

Opening it is audited as a view (by the service). Changes go through the case file
services, which check access and audit field names; users who may not change the case see
every tab read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import case_file, drafts
from tipdesk.services.case_access import can_edit
from tipdesk.services.case_list import OfficerChoice, list_officers
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.cases.case_tab import CaseTab
from tipdesk.ui.cases.closure_tab import ClosureTab
from tipdesk.ui.cases.common import BANNER_STYLE, StatusLine
from tipdesk.ui.cases.consent_tab import ConsentTab
from tipdesk.ui.cases.follow_up_tab import FollowUpTab
from tipdesk.ui.cases.needs_tab import NeedsTab
from tipdesk.ui.cases.notes_tab import NotesTab
from tipdesk.ui.cases.profile_tab import ProfileTab
from tipdesk.ui.cases.record_tabs import ReferralsTab, SafetyTab, ScreeningTab
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.keyboard import fill_mnemonics, taken_letters
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.terms import term_label

DRAFT_KIND = "case-edit"


@dataclass(frozen=True)
class OpenedCase:
    """A case file as read for its window: the whole case and the officers it may name."""

    case: Case
    officers: list[OfficerChoice]


def read_case_file(office: UnlockedOffice, code: str) -> OpenedCase:
    """Read case `code` for its window (the view is audited; a refusal raises). Any thread
    may run this: the case list runs it on a worker, so the window never waits on the disk."""
    return OpenedCase(case_file.open_case_file(office, code), list_officers(office))


class CaseFileDialog(QDialog):
    """The whole case of one person; raises the service's error when it may not be opened."""

    case_changed = Signal(str)  # the case code, after a change was saved

    def __init__(
        self,
        context: PageContext,
        code: str,
        parent: QWidget | None = None,
        *,
        opened: OpenedCase | None = None,
    ) -> None:
        """The window of case `code`, as `read_case_file` read it (here and now if not given)."""
        super().__init__(parent)
        self._office = context.office
        self.code = code
        self.draft_id: int | None = None  # the draft this window was resumed from (lock_sweep)
        opened = opened or read_case_file(self._office, code)  # audited; may refuse
        case, officers = opened.case, opened.officers
        self.officer_names = {o.id: o.display_name for o in officers}
        self.setWindowTitle(self.tr("Case %1").replace("%1", code))
        fit_to_screen(self, 1000, 680)  # or less on a small screen

        self.title_label = QLabel(code)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet(BANNER_STYLE)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addSpacing(16)
        heading.addWidget(self.summary_label, 1)

        # Each tab is built the first time it is shown (or asked for): opening a case file
        # builds the profile only, and the window appears sooner.
        self._tab_makers = {
            "profile": lambda: ProfileTab(self._office, officers),
            "safety": lambda: SafetyTab(self._office),
            "consent": lambda: ConsentTab(self._office),
            "screening": lambda: ScreeningTab(self._office),
            "needs": lambda: NeedsTab(self._office),
            "referrals": lambda: ReferralsTab(self._office, context=context),
            "follow_up": lambda: FollowUpTab(self._office),
            "notes": lambda: NotesTab(self._office, self.officer_names),
            "closure": lambda: ClosureTab(self._office),
        }
        self._built: dict[str, CaseTab] = {}
        self.tab_widget = QTabWidget()
        self.tab_widget.setAccessibleName(self.tr("Parts of the case file"))
        for title in (
            self.tr("&Profile"),
            self.tr("&Safety"),
            self.tr("&Consent"),
            self.tr("Sc&reening"),
            self.tr("&Needs"),
            self.tr("Re&ferrals"),
            self.tr("F&ollow-up"),
            self.tr("No&tes"),
            self.tr("C&losure"),
        ):
            self.tab_widget.addTab(QWidget(), title)  # until the tab is built
        self._tab_letters = taken_letters(
            self.tab_widget.tabText(i) for i in range(self.tab_widget.count())
        )
        self.tab_widget.currentChanged.connect(lambda index: self.tab_at(index))
        self.status = StatusLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Esc closes
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.tab_widget, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show(case)

    @property
    def tabs(self) -> list[CaseTab]:
        """The tabs built so far (one never shown holds nothing typed)."""
        return [self._built[key] for key in self._tab_makers if key in self._built]

    def tab(self, key: str) -> CaseTab:
        """The tab `key` ("profile", "needs"...), built and loaded the first time."""
        if key not in self._built:
            tab = self._tab_makers[key]()
            self._built[key] = tab
            self._put_in_place(list(self._tab_makers).index(key), tab)
            tab.saved.connect(self.reload)
            fill_mnemonics(tab, self._tab_letters)
            if getattr(self, "case", None) is not None:
                tab.load(self.case, self._editable)
        return self._built[key]

    def _put_in_place(self, index: int, tab: CaseTab) -> None:
        """Swap the placeholder at `index` for `tab`, keeping the tab in view."""
        tabs = self.tab_widget
        current, title, placeholder = tabs.currentIndex(), tabs.tabText(index), tabs.widget(index)
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, tab, title)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        placeholder.deleteLater()

    def tab_at(self, index: int) -> CaseTab | None:
        keys = list(self._tab_makers)
        return self.tab(keys[index]) if 0 <= index < len(keys) else None

    profile_tab = property(lambda self: self.tab("profile"))
    safety_tab = property(lambda self: self.tab("safety"))
    consent_tab = property(lambda self: self.tab("consent"))
    screening_tab = property(lambda self: self.tab("screening"))
    needs_tab = property(lambda self: self.tab("needs"))
    referrals_tab = property(lambda self: self.tab("referrals"))
    follow_up_tab = property(lambda self: self.tab("follow_up"))
    notes_tab = property(lambda self: self.tab("notes"))
    closure_tab = property(lambda self: self.tab("closure"))

    @property
    def editable(self) -> bool:
        return self._editable

    def _show(self, case: Case) -> None:
        self.tab_at(self.tab_widget.currentIndex())  # the tab in view exists (loaded below)
        self.case = case
        self._editable = can_edit(self._office.user, case)
        officer = self.officer_names.get(case.assigned_officer_id or 0)
        parts = [
            term_label(v.CASE_STATUS, case.status),
            self.tr("registered %1").replace("%1", case.registration_date.isoformat()),
            self.tr("officer: %1").replace("%1", officer or self.tr("unassigned")),
        ]
        if case.sensitivity == "restricted":
            parts.append(self.tr("restricted"))
        if case.next_follow_up_on and case.next_follow_up_on < date.today():
            parts.append(
                self.tr("follow-up overdue since %1").replace(
                    "%1", case.next_follow_up_on.isoformat()
                )
            )
        elif case.next_follow_up_on:
            parts.append(
                self.tr("next follow-up %1").replace("%1", case.next_follow_up_on.isoformat())
            )
        self.summary_label.setText(" · ".join(parts))
        self.read_only_label.setText(
            self.tr(
                "Read only: this case is managed by %1. Ask them or an administrator to reassign "
                "it if you need to change it."
            ).replace("%1", officer or self.tr("another officer"))
        )
        self.read_only_label.setVisible(not self._editable)
        for tab in self.tabs:
            tab.load(case, self._editable)

    def reload(self) -> None:
        """Read the case again after a change, keeping what other tabs hold unsaved."""
        pending = {tab.key: tab.unsaved() for tab in self.tabs}
        try:
            case = case_file.open_case_file(self._office, self.code)
        except Exception as exc:  # noqa: BLE001 - e.g. locked, or the case was reassigned
            self.status.show_error(describe_error(exc))
            return
        self._show(case)
        for tab in self.tabs:
            if pending.get(tab.key):
                tab.apply_unsaved(pending[tab.key])
        if self.unsaved_draft() is None:
            self._drop_draft()  # everything resumed from it is saved now
        self.case_changed.emit(self.code)

    # -- drafts -------------------------------------------------------------------------------
    def unsaved_draft(self) -> tuple[str, str, dict] | None:
        """(kind, title, payload) of what was typed and not saved; None when nothing was.

        The title names the case code only, never the person.
        """
        values = {tab.key: unsaved for tab in self.tabs if (unsaved := tab.unsaved())}
        if not values:
            return None
        payload = {"case_code": self.code, "case_id": self.case.id, "tabs": values}
        return DRAFT_KIND, self.tr("Edit of %1").replace("%1", self.code), payload

    @property
    def draft_case_id(self) -> int:
        return self.case.id

    def apply_draft(self, payload: dict, draft_id: int | None = None) -> None:
        """Put the values of an `unsaved_draft()` payload back into the tabs (not saved yet).

        With `draft_id`, that draft is updated at the next lock and discarded once saved.
        """
        self.draft_id = draft_id
        for key, values in payload.get("tabs", {}).items():
            if values and self._editable and key in self._tab_makers:
                self.tab(key).apply_unsaved(values)

    def _drop_draft(self) -> None:
        if self.draft_id is not None:
            self.status.run(drafts.discard_draft, self._office, self.draft_id)
            self.draft_id = None

    def discard_unsaved(self) -> None:
        """Show the case as loaded again, dropping what was typed and not saved."""
        for tab in self.tabs:
            tab.clear_unsaved()

    def reject(self) -> None:
        """Close, after asking whether to drop what was typed and not saved."""
        if self.unsaved_draft() is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Some changes in case %1 are not saved. Close it and lose them?").replace(
                    "%1", self.code
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self._drop_draft()
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter in a field never closes the case file
        super().keyPressEvent(event)
