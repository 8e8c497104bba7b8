"""What every page of the case wizard shares: guidance, a scrolling body, plain-words problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tipdesk.services.case_registration import CaseRegistration, problems
from tipdesk.ui.form_fields import ERROR_STYLE
from tipdesk.ui.wizard.guidance import GuidanceBox

if TYPE_CHECKING:
    from tipdesk.ui.wizard.wizard import CaseWizard

# Page ids, in the order of the protection principles.
SAFETY, URGENT, CONSENT, IDENTIFICATION, PARTICIPATION, PROFILE, CONFIDENTIALITY, REVIEW = range(8)


CAPTION_WIDTH = 250


class FormGrid(QGridLayout):
    """Caption and field rows like a QFormLayout, but wrapped captions get their full height
    (a QFormLayout clips them), and a row may span both columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(6)
        self._rows = 0

    def addRow(self, first: QWidget | str, second: QWidget | None = None) -> None:  # noqa: N802
        if isinstance(first, str):
            first = QLabel(first)
        if second is None:
            self.addWidget(first, self._rows, 0, 1, 2)
        else:
            self.addWidget(first, self._rows, 0, Qt.AlignmentFlag.AlignTop)
            self.addWidget(second, self._rows, 1)
        self._rows += 1


class FitScrollArea(QScrollArea):
    """A vertical scroll area whose page always gets the height its wrapped text needs (a
    plain resizable QScrollArea misses height-for-width changes and squashes rows)."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never cut off
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus
        self.setWidget(body)
        self._fit_later = QTimer(self)  # dies with the scroll area, unlike a bare singleShot
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self.fit)
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_later.start()  # once the nested layouts have settled
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        body = self.widget()
        width = self.viewport().width()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        needed = max(needed, body.layout().minimumSize().height())
        if body.minimumHeight() != needed:
            body.setMinimumHeight(needed)


def problem_text(message: str) -> str:
    """A validation message of the services, translated when a translation exists."""
    return QCoreApplication.translate("problems", message)


class PrinciplePage(QWizardPage):
    """A wizard page: guidance on its principle, its inputs in a scroll area, its problems.

    Subclasses build their inputs in `build()`, and implement `apply(reg)` (write the inputs
    into a registration), `load(reg, state)` (the reverse, from a draft), `state()` (what a
    draft needs beyond the registration), `extra_problems(reg)` (checks of the page that the
    service does not make) and `update_view(reg)` (show or hide what depends on other pages).
    """

    key = ""
    steps: tuple[str, ...] = ()

    def __init__(self, title: str, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._problems: list[str] = []
        self.guidance = GuidanceBox(self.key, guidance_shown)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.addWidget(self.guidance)  # scrolls away with the page
        self.scroll = FitScrollArea(self.body)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setAccessibleName(self.tr("What is still missing"))
        self.problem_label.hide()
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_layout.addWidget(self.scroll, 1)
        self.page_layout.addWidget(self.problem_label)
        self.build()
        self.body_layout.addStretch(1)

    # -- for subclasses --------------------------------------------------------------------
    def build(self) -> None:
        """Create the inputs and add them to `self.body_layout`."""

    def apply(self, reg: CaseRegistration) -> None:
        """Write what was entered on this page into `reg`."""

    def load(self, reg: CaseRegistration, state: dict) -> None:
        """Show what `reg` (and the page's own draft `state`) holds."""

    def state(self) -> dict:
        return {}

    def extra_problems(self, reg: CaseRegistration) -> list[str]:
        return []

    def update_view(self, reg: CaseRegistration) -> None:
        """Show or hide inputs that depend on other pages (consent, child status)."""

    # -- helpers ---------------------------------------------------------------------------
    def case_wizard(self) -> CaseWizard:
        return self.wizard()  # type: ignore[return-value]

    def changed(self, *_args) -> None:
        """Connected to every input: the wizard re-checks the whole registration."""
        wizard = self.wizard()
        if wizard is not None:
            wizard.refresh()

    def group(self, title: str) -> tuple[QGroupBox, FormGrid]:
        """A titled group box with caption and field rows, added to the body."""
        box = QGroupBox(title)
        box.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")
        form = FormGrid(box)
        self.body_layout.addWidget(box)
        return box, form

    def question(
        self, form: FormGrid, text: str, field: QWidget, *, stacked: bool = False
    ) -> QLabel:
        """A caption and its field; the caption wraps and names the field for the keyboard.
        `stacked`: the caption above a wide field (long choices), not beside it."""
        caption = QLabel(text)
        caption.setWordWrap(True)
        caption.setBuddy(field)
        if stacked:
            form.addRow(caption)
            form.addRow(field)
            return caption
        caption.setMinimumWidth(CAPTION_WIDTH - 60)
        caption.setMaximumWidth(CAPTION_WIDTH)
        form.addRow(caption, field)
        return caption

    def page_problems(self, reg: CaseRegistration) -> list[str]:
        own = [problem_text(message) for step, message in problems(reg) if step in self.steps]
        return list(dict.fromkeys(own + self.extra_problems(reg)))  # once each, in order

    def show_problems(self, found: list[str]) -> None:
        """Remember and show what is missing; the wizard disables Next while any remains."""
        before = self._problems
        self._problems = found
        self.problem_label.setText("\n".join(f"• {text}" for text in found))
        self.problem_label.setVisible(bool(found))
        if bool(before) != bool(found) or before != found:
            self.completeChanged.emit()

    @property
    def problems(self) -> list[str]:
        return list(self._problems)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self._problems

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name
        """Going Back keeps what was typed on this page (Qt would reset registered fields)."""
