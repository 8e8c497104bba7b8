"""The main window's widgets (sidebar, page stack, menus, status bar) and their saved layout.

The window (main_window.py) connects their behaviour; translations keep its context,
"MainWindow", so the strings are the same ones they were when they lived there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QStackedWidget

from tipdesk.ui import shortcuts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
WARNING_STYLE = "padding: 0 10px; color: #8a4b00; font-weight: bold;"


def build_widgets(window: QMainWindow) -> None:
    """Sidebar and page stack in a splitter, the locked page, the status bar's labels."""
    window.sidebar = QListWidget()
    window.sidebar.setAccessibleName(translate("MainWindow", "Sections"))
    window.sidebar.setMinimumWidth(150)
    window.sidebar.setSpacing(2)
    window.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
    window.stack = QStackedWidget()
    window.locked_page = QLabel(translate("MainWindow", "TIPDesk is locked. Sign in to continue."))
    window.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.stack.addWidget(window.locked_page)
    window.splitter = QSplitter()
    window.splitter.addWidget(window.sidebar)
    window.splitter.addWidget(window.stack)
    window.splitter.setStretchFactor(1, 1)
    window.splitter.setSizes([190, 810])
    window.splitter.setChildrenCollapsible(False)
    window.setCentralWidget(window.splitter)

    window.office_status = QLabel()
    window.user_status = QLabel()
    for label in (window.office_status, window.user_status):
        label.setStyleSheet("padding: 0 10px;")
    window.backup_status = QLabel()
    window.backup_status.setStyleSheet(WARNING_STYLE)
    window.backup_status.setToolTip(
        translate("MainWindow", "Administration > Office > Back up now")
    )
    window.backup_status.setMinimumWidth(40)  # may be clipped: it never widens the window
    window.backup_status.hide()
    for label in (window.backup_status, window.office_status, window.user_status):
        window.statusBar().addPermanentWidget(label)


def build_menus(window: QMainWindow) -> None:
    """File (New case…, Lock, Change my password…, Quit), Help (Keyboard shortcuts, About),
    and the shortcuts without a menu entry (Ctrl+F, Ctrl+1…9); keys from `shortcuts`."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.new_case_action = QAction(translate("MainWindow", "&New case…"), window)
    window.new_case_action.setShortcut(shortcuts.NEW_CASE.sequence())
    window.new_case_action.setStatusTip(
        translate("MainWindow", "Register a new case in the case wizard")
    )
    file_menu.addAction(window.new_case_action)
    window.lock_action = QAction(translate("MainWindow", "&Lock"), window)
    window.lock_action.setShortcut(shortcuts.LOCK.sequence())
    window.lock_action.setStatusTip(
        translate("MainWindow", "Close the office database until you sign in")
    )
    file_menu.addAction(window.lock_action)
    window.password_action = QAction(translate("MainWindow", "Change my &password…"), window)
    window.password_action.setStatusTip(
        translate("MainWindow", "Choose a new password for your account")
    )
    file_menu.addAction(window.password_action)
    file_menu.addSeparator()
    window.quit_action = QAction(translate("MainWindow", "&Quit"), window)
    window.quit_action.setShortcut(shortcuts.QUIT.sequence())
    file_menu.addAction(window.quit_action)
    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.shortcuts_action = QAction(translate("MainWindow", "&Keyboard shortcuts"), window)
    window.shortcuts_action.setShortcut(shortcuts.HELP.sequence())
    help_menu.addAction(window.shortcuts_action)
    window.about_action = QAction(translate("MainWindow", "&About TIPDesk"), window)
    help_menu.addAction(window.about_action)
    window.find_action = QAction(translate("MainWindow", "Search"), window)
    window.find_action.setShortcut(shortcuts.FIND.sequence())
    window.addAction(window.find_action)
    window.section_actions = []
    for number in range(1, shortcuts.SECTION_COUNT + 1):
        action = QAction(window)
        action.setShortcut(shortcuts.section_keys(number))
        window.addAction(action)
        window.section_actions.append(action)


def restore_layout(window: QMainWindow, settings: QSettings) -> None:
    """Size, position and splitter as last saved (layout only: never case data)."""
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.value(STATE_KEY)
    if state is not None:
        window.restoreState(state)
    splitter = settings.value(SPLITTER_KEY)
    if splitter is not None:
        window.splitter.restoreState(splitter)


def save_layout(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(SPLITTER_KEY, window.splitter.saveState())
