"""Driving screens from the keyboard alone: keys go to whatever has the focus, as they would
for a person without a mouse (no clicks, no setters)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key (with modifiers) to the widget that has the focus."""
    QTest.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def press_times(key: Qt.Key, times: int) -> None:
    for _ in range(times):
        press(key)


CLICK_MS = 150  # a button's Alt+letter clicks it after a short animation (100 ms)


def alt(letter: str) -> None:
    """Alt+letter: the field or button whose caption underlines `letter` (a button is
    clicked once its short press animation is over)."""
    press(Qt.Key(ord(letter.upper())), ALT)
    QTest.qWait(CLICK_MS)


def ctrl(key: Qt.Key | str) -> None:
    press(Qt.Key(ord(key.upper())) if isinstance(key, str) else key, CTRL)


def wait_until(condition, timeout_ms: int = 3000) -> None:
    """Let the event loop run until `condition()` holds (a click, a page change, a focus)."""
    for _ in range(timeout_ms // 10):
        if condition():
            break
        QTest.qWait(10)
    QTest.qWait(10)  # and what that change queued (the focus of a new page)
    assert condition(), "waited in vain"


def type_text(text: str) -> None:
    """Type into the focused widget, key by key."""
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_to(target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus, as a person would; fail when it never does."""
    for _ in range(limit):
        if focused() is target:
            return
        press(Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target.accessibleName() or target}"


def activate(window: QWidget) -> None:
    """Bring a window to the front and give it the keyboard (as the window manager would)."""
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.processEvents()


def signed_in_window(qtbot, runner, settings, office):
    """The main window over `office`, active, the backup reminder of a new office dismissed
    with Esc as a keyboard user would."""
    from tipdesk.ui.main_window import MainWindow

    main = MainWindow(runner, settings)
    qtbot.addWidget(main)
    main.open_office(office)
    activate(main)
    reminder = main.session_start.backup_box
    if reminder is not None:
        activate(reminder)
        press(Qt.Key.Key_Escape)
        assert main.session_start.backup_box is None
        activate(main)
    return main
