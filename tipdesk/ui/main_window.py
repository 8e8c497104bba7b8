"""The main window: a sidebar of sections, their pages, File and Help menus, a status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from tipdesk.services import office as office_service
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.about_dialog import AboutDialog
from tipdesk.ui.home_page import role_label
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.sections import Section, default_sections
from tipdesk.ui.worker import TaskRunner

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"


class MainWindow(QMainWindow):
    """Shows the sections the signed-in role may use; holds the session until Lock or Quit."""

    locked = Signal()  # the session was ended by File > Lock: ask for a password again
    closed = Signal()  # the window was closed (File > Quit): the application should end

    def __init__(
        self,
        runner: TaskRunner,
        settings: QSettings,
        sections: Sequence[Section] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._sections = list(default_sections() if sections is None else sections)
        self._office: UnlockedOffice | None = None
        self._pages: dict[str, QWidget] = {}
        self.about_dialog: AboutDialog | None = None
        self.setWindowTitle(self.tr("TIPDesk"))
        self.resize(1000, 680)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.stack = QStackedWidget()
        self.locked_page = QLabel(self.tr("TIPDesk is locked. Sign in to continue."))
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.locked_page)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 810])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self.office_status = QLabel()
        self.user_status = QLabel()
        for label in (self.office_status, self.user_status):
            label.setStyleSheet("padding: 0 10px;")
        self.statusBar().addPermanentWidget(self.office_status)
        self.statusBar().addPermanentWidget(self.user_status)
        self._restore_layout()
        self._show_locked()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.setStatusTip(self.tr("Close the office database until you sign in"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About TIPDesk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # -- the session -----------------------------------------------------------------------
    @property
    def office(self) -> UnlockedOffice | None:
        """The open office of the signed-in user, or None while locked."""
        return self._office

    def open_office(self, office: UnlockedOffice) -> None:
        """Show the sections `office.user` may use, starting with the first."""
        if self._office is not None:
            self._end_session("session.sign-out")
        self._office = office
        context = PageContext(office, self._runner, self._settings)
        for section in self._sections:
            if not section.visible_to(office.user.role):
                continue
            page = section.page(context)
            self._pages[section.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(section.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
        info, user = office.info, office.user
        self.setWindowTitle(self.tr("TIPDesk: %1").replace("%1", info.name))
        self.office_status.setText(
            self.tr("%1, %2").replace("%1", info.name).replace("%2", info.country_name)
        )
        self.user_status.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", user.display_name)
            .replace("%2", role_label(user.role))
        )
        self.statusBar().clearMessage()
        for action in (self.lock_action, self.about_action):
            action.setEnabled(True)
        self.sidebar.setCurrentRow(0)

    def lock(self) -> None:
        """Sign out, drop every page, and ask (by `locked`) for a password again."""
        if self._office is None:
            return
        self._end_session("session.lock")
        self.locked.emit()

    def section_keys(self) -> list[str]:
        """The keys of the sections in the sidebar, in order."""
        return [
            self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.sidebar.count())
        ]

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_section(self, key: str) -> bool:
        """Select the section `key`; False when it is not shown to this user."""
        if key not in self._pages:
            return False
        self.sidebar.setCurrentRow(self.section_keys().index(key))
        return True

    def show_about(self) -> AboutDialog | None:
        if self._office is None:
            return None
        self.about_dialog = AboutDialog(self._office, self)
        self.about_dialog.open()
        return self.about_dialog

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self._pages[key])

    def _end_session(self, reason: str) -> None:
        office, self._office = self._office, None
        self._clear_pages()
        self._show_locked()
        if office is None:
            return
        try:
            office_service.sign_out(office, reason)
        except Exception:  # the audit write failed (disk full, damage): the key goes anyway
            office.lock()

    def _clear_pages(self) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.hide()
            page.setParent(None)  # out of the window now, not at the next event loop turn
            page.deleteLater()
        self._pages.clear()
        if self.about_dialog is not None:
            self.about_dialog.close()
            self.about_dialog.setParent(None)
            self.about_dialog.deleteLater()
            self.about_dialog = None

    def _show_locked(self) -> None:
        self.stack.setCurrentWidget(self.locked_page)
        self.setWindowTitle(self.tr("TIPDesk"))
        self.office_status.clear()
        self.user_status.clear()
        self.statusBar().showMessage(self.tr("Locked"))
        for action in (self.lock_action, self.about_action):
            action.setEnabled(False)

    # -- window state (layout only: never case data) ----------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        self._end_session("session.sign-out")
        event.accept()
        self.closed.emit()
