"""What a screen reader and a keyboard user meet on a screen: unnamed inputs, clashing mnemonics.

Plain functions over a widget tree (QTest-free), for the accessibility tests and for a quick look
from a script.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from tipdesk.ui.keyboard import KEY_ALTERNATIVE, mnemonic

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractButton,
)
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def _inside_other_input(widget: QWidget, root: QWidget) -> bool:
    """The line edit of a combo or spin box, the list of a combo: named by their owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def focusable_inputs(root: QWidget) -> list[QWidget]:
    """Every input under `root` that Tab can reach (shown now or not), `root` included."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INPUTS) or isinstance(widget, QScrollBar):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.window() is not root.window() or _inside_other_input(widget, root):
            continue
        found.append(widget)
    return found


def buddied(root: QWidget) -> set[QWidget]:
    """The widgets a label under `root` names (QLabel.setBuddy)."""
    return {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None} - {
        None
    }


def describe(widget: QWidget) -> str:
    """A widget as a test failure names it: its class, object name and where it sits."""
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 3:
        path.append(type(parent).__name__)
        parent = parent.parentWidget()
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    extra = f" {text!r}" if text else ""
    return f"{type(widget).__name__}{extra} {widget.objectName()!r} in {'/'.join(path)}"


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs with no accessible name, no buddy label and (for a button) no text of its own."""
    named_by_label = buddied(root)
    missing = []
    for widget in focusable_inputs(root):
        if widget.accessibleName().strip() or widget in named_by_label:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(describe(widget))
    return missing


def _needs_caption_check(widget: QWidget) -> bool:
    """Whether a captioned widget should carry an Alt+letter of its own.

    Not: a radio button (its row is one Tab stop, reached by the caption of the row), a check
    box among several of a list, a button that a key beside it already does (Enter adds,
    Delete removes), a dialog's default button (Enter) or its Cancel or Close (Esc), a label
    that names no input.
    """
    if isinstance(widget, QRadioButton):
        return False
    if isinstance(widget, QCheckBox):
        siblings = widget.parentWidget().findChildren(QCheckBox, options=DIRECT)
        return len(siblings) < 3
    if isinstance(widget, QAbstractButton):
        if widget.property(KEY_ALTERNATIVE) or not widget.focusPolicy():
            return False
        if isinstance(widget, QPushButton) and widget.isDefault():
            return False
        box = widget.parentWidget()
        if isinstance(box, QDialogButtonBox):
            return box.buttonRole(widget) != QDialogButtonBox.ButtonRole.RejectRole
        return True
    if isinstance(widget, QLabel):
        buddy = widget.buddy()  # a read-only value shown in a label is not an input
        return buddy is not None and not isinstance(buddy, QLabel) and bool(buddy.focusPolicy())
    return True


def _captions(root: QWidget) -> list[tuple[str, QWidget]]:
    """(caption, widget) of every button, buddy label, group box, tab and menu of `root`."""
    found: list[tuple[str, QWidget]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window():
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text(), widget))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append((widget.title(), widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((widget.text(), widget))
        elif isinstance(widget, QTabWidget):
            bar: QTabBar = widget.tabBar()
            found += [(bar.tabText(i), widget) for i in range(bar.count())]
        elif isinstance(widget, QMenuBar):
            found += [(action.text(), widget) for action in widget.actions() if action.isVisible()]
    return found


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Letters used by more than one caption that the user can reach at the same time."""
    owners: dict[str, list[str]] = {}
    for text, widget in _captions(root):
        letter = mnemonic(text)
        if letter and _shown(widget):
            owners.setdefault(letter, []).append(text)
    return [f"&{k}: {texts}" for k, texts in sorted(owners.items()) if len(texts) > 1]


def captions_without_mnemonic(root: QWidget) -> list[str]:
    """Shown buttons, field captions, tabs and menus with no Alt+letter although a letter of
    their caption is still free on the screen."""
    shown = [(text, widget) for text, widget in _captions(root) if _shown(widget)]
    taken = {letter for text, _ in shown if (letter := mnemonic(text))}
    missing = []
    for text, widget in shown:
        if mnemonic(text) or not _needs_caption_check(widget):
            continue
        if any(c.isalnum() and c.casefold() not in taken for c in text):
            missing.append(f"{text!r} ({type(widget).__name__})")
    return missing


def captions(root: QWidget) -> list[str]:
    """Every shown caption of `root` (to look at a screen from a script)."""
    return [text for text, widget in _captions(root) if _shown(widget)]


def tab_chain(window: QWidget) -> list[QWidget]:
    """The inputs Tab visits in `window`, in order, from its first (one round)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(2000):
        if widget is window:
            break
        if (
            widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
            and not isinstance(widget, QScrollBar)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _chrome(widget: QWidget) -> bool:
    """A dialog's or wizard's own buttons, a side panel: around the form, not in it."""
    if isinstance(widget.parentWidget(), QDialogButtonBox):
        return True
    if widget.objectName().startswith("qt_wizard_"):
        return True
    window = widget.window()
    side = window.sideWidget() if isinstance(window, QWizard) else None
    return side is not None and (widget is side or side.isAncestorOf(widget))


def _scroll_content(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        viewport = parent.parentWidget()
        if viewport is not None and isinstance(viewport.parentWidget(), QScrollArea):
            return parent  # the content widget of a scroll area
        parent = parent.parentWidget()
    return None


def tab_order_jumps(window: QWidget) -> list[str]:
    """Steps of the Tab order through a form's inputs that go back up to an earlier line on
    the left (a form is read down each column; a list in columns goes up and to the right).
    The dialog's own buttons and side panels are left out; positions inside a scroll area
    are compared within it."""
    jumps = []
    chain = [w for w in tab_chain(window) if not _chrome(w)]
    for before, after in zip(chain, chain[1:], strict=False):
        area = _scroll_content(before)
        if area is not _scroll_content(after):
            continue
        frame = area or window
        a = before.mapTo(frame, before.rect().topLeft())
        b = after.mapTo(frame, after.rect().topLeft())
        above = b.y() + after.height() <= a.y()
        left = b.x() < a.x() + 20
        if above and left:
            jumps.append(f"{describe(before)} -> {describe(after)}")
    return jumps


EDITABLE = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)


def is_form(dialog: QWidget) -> bool:
    """Whether `dialog` asks for input (a form), rather than only showing something."""
    return any(not _chrome(w) for w in dialog.findChildren(QWidget) if isinstance(w, EDITABLE))


def initial_focus_problem(dialog: QWidget) -> str | None:
    """What is wrong with where the keyboard is when a form `dialog` opens (shown, active):
    it should be in the form, not on a button of the dialog, nor nowhere."""
    if not is_form(dialog):
        return None
    widget = dialog.focusWidget()
    if widget is None:
        return "nothing has the focus"
    if isinstance(widget.parentWidget(), QDialogButtonBox) or isinstance(widget, QScrollArea):
        return f"the focus starts on {describe(widget)}"
    return None


def default_button_problem(dialog: QWidget) -> str | None:
    """After Tab has been through every input of a form, Enter must not press Cancel."""
    if not is_form(dialog):
        return None
    chain = tab_chain(dialog)
    for widget in chain:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    fields = [w for w in chain if not _chrome(w)]
    if fields:
        fields[0].setFocus(Qt.FocusReason.TabFocusReason)
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if button.isDefault() and role == QDialogButtonBox.ButtonRole.RejectRole:
                return f"Enter presses {button.text()!r}"
    return None
