"""Driving the case wizard as a user would: clicks, typing, the Next button (QTest only, so a
subprocess without pytest-qt can use it too)."""

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWizard

from tipdesk.ui.page_context import PageContext
from tipdesk.ui.wizard import open_case_wizard
from tipdesk.ui.wizard.base import (
    CONFIDENTIALITY,
    CONSENT,
    IDENTIFICATION,
    PARTICIPATION,
    PROFILE,
    REVIEW,
    SAFETY,
    URGENT,
)
from tipdesk.ui.worker import TaskRunner

__all__ = [
    "CONFIDENTIALITY",
    "CONSENT",
    "IDENTIFICATION",
    "PARTICIPATION",
    "PROFILE",
    "REVIEW",
    "SAFETY",
    "URGENT",
]

SAFE = {
    "immediate_danger": "no",
    "exploiter_nearby": "no",
    "private_space": "yes",
    "urgent_medical_need": "no",
    "retaliation_risk": "no",
    "safe_to_contact_later": "yes",
}


def open_wizard(office, runner: TaskRunner, settings: QSettings, draft_id=None):
    wizard = open_case_wizard(PageContext(office, runner, settings), None, draft_id=draft_id)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test inspects it
    wizard.resize(1000, 700)
    QApplication.processEvents()
    return wizard


def click(widget) -> None:
    """Click a widget; a check box or radio button on its indicator (its text may be short
    of the widget's stretched width, and a click beside the text does nothing)."""
    QApplication.processEvents()  # a widget just added to a shown layout appears on the next turn
    assert widget.isVisible(), f"{widget.accessibleName() or widget} is not shown"
    if isinstance(widget, QCheckBox | QRadioButton):
        QTest.mouseClick(
            widget,
            Qt.MouseButton.LeftButton,
            pos=QPoint(min(8, widget.width() // 2), widget.height() // 2),
        )
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(row, code: str) -> None:
    """Click one radio button of a ChoiceRow."""
    click(row.buttons[code])


def type_into(widget, text: str) -> None:
    """Type `text` key by key (QTest knows ASCII keys only: others go as text events)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def tick(checklist, *codes: str) -> None:
    for code in codes:
        click(checklist.boxes[code])


def pick(picker, text: str) -> None:
    """Type a name into a CodePicker and press Enter."""
    type_into(picker.edit, text)
    popup = picker.edit.completer().popup()
    popup.hide()
    QTest.keyClick(picker.edit, Qt.Key.Key_Return)
    QApplication.processEvents()


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def go_next(wizard) -> None:
    """Click Next, which must be enabled (a user cannot click a disabled button)."""
    assert next_enabled(wizard), wizard.currentPage().problems
    before = wizard.currentId()
    click(wizard.button(QWizard.WizardButton.NextButton))
    QApplication.processEvents()
    assert wizard.currentId() != before


def answer_safety(wizard, **answers: str) -> None:
    for name, code in (SAFE | answers).items():
        choose(wizard.safety_page.answers[name], code)


def click_save(wizard) -> None:
    button = wizard.button(QWizard.WizardButton.FinishButton)
    assert button.isEnabled(), wizard.review_page.problems
    click(button)
