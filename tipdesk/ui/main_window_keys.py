"""What the main window's shortcuts do (New case, Search, the sections, the shortcut list).

The keys are defined in `tipdesk.ui.shortcuts`; main_window_layout puts them on actions.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QWidget

from tipdesk.ui import shortcuts
from tipdesk.ui.shortcuts_dialog import KeyboardShortcutsDialog


def connect_shortcuts(window: QMainWindow) -> None:
    """Ctrl+N, Ctrl+F, F1 and Ctrl+1…9 of `window` (a MainWindow) to what they do."""
    window.new_case_action.triggered.connect(lambda: new_case(window))
    window.find_action.triggered.connect(lambda: focus_search(window))
    window.shortcuts_action.triggered.connect(lambda: show_shortcuts(window))
    for row, action in enumerate(window.section_actions):
        action.triggered.connect(lambda _=False, row=row: _show_row(window, row))


def _show_row(window: QMainWindow, row: int) -> None:
    if row < window.sidebar.count():
        window.sidebar.setCurrentRow(row)
        window.sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)


def new_case(window: QMainWindow) -> QWidget | None:
    """Ctrl+N: the Cases section, and the case wizard over it (None when not allowed)."""
    page = window.page("cases")
    if page is None or not window.new_case_action.isEnabled():
        return None
    window.show_section("cases")
    return page.new_case()


def focus_search(window: QMainWindow) -> bool:
    """Ctrl+F: into the search field of the section shown, its text selected."""
    for edit in window.stack.currentWidget().findChildren(QLineEdit, shortcuts.SEARCH_FIELD):
        if edit.isVisible():
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()
            return True
    text = QCoreApplication.translate("MainWindow", "This section has no search field.")
    window.statusBar().showMessage(text, 5000)
    return False


def show_shortcuts(window: QMainWindow) -> KeyboardShortcutsDialog:
    """F1 or Help > Keyboard shortcuts: every key, with the sections this user sees."""
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    shown = window.shortcuts_dialog
    if shown is not None and shiboken6.isValid(shown):  # closed ones are deleted
        shown.close()
    window.shortcuts_dialog = KeyboardShortcutsDialog(titles, window)
    window.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.shortcuts_dialog.open()
    return window.shortcuts_dialog
