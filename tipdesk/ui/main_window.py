"""The main window: a sidebar of sections, their pages, File and Help menus, a status bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMetaMethod, QSettings, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QWidget

from tipdesk.i18n import country_name
from tipdesk.services import office as office_service
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import may
from tipdesk.services.settings import get_settings
from tipdesk.ui import lock_sweep
from tipdesk.ui.about_dialog import AboutDialog
from tipdesk.ui.home_page import role_label
from tipdesk.ui.idle_watch import IdleWatch
from tipdesk.ui.main_window_keys import connect_shortcuts
from tipdesk.ui.main_window_layout import build_menus, build_widgets, restore_layout, save_layout
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.password_dialog import ChangePasswordDialog
from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.screen_lock import ScreenLockListener
from tipdesk.ui.sections import Section, default_sections
from tipdesk.ui.session_start import SessionStart
from tipdesk.ui.unlock_dialog import UnlockDialog
from tipdesk.ui.worker import TaskRunner

DEFAULT_IDLE_MINUTES = 5
AUTO_LOCK = "session.auto-lock"


class MainWindow(QMainWindow):
    """Shows the sections the signed-in role may use; holds the session until Lock or Quit.

    The lock always wins: Ctrl+L, the idle time, a sleep longer than it or the desktop's own
    screen lock first keep unsaved work as drafts (see `lock_sweep`), close every dialog,
    drop every page, and only then sign out.
    """

    locked = Signal()  # the session was locked (`lock_cause` says why): ask for a password
    signed_out = Signal()  # the user signed out (would not choose their own password)
    closed = Signal()  # the window was closed (File > Quit): the application should end
    resume_draft = Signal(int, str)  # draft id, kind: the user chose to resume this draft

    def __init__(
        self,
        runner: TaskRunner,
        settings: QSettings,
        sections: Sequence[Section] | None = None,
        parent: QWidget | None = None,
        *,
        idle_watch: IdleWatch | None = None,
        screen_lock: ScreenLockListener | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._sections = list(default_sections() if sections is None else sections)
        self._office: UnlockedOffice | None = None
        self._pages: dict[str, QWidget] = {}  # the pages built so far
        self._shown_sections: dict[str, Section] = {}  # those this user may use, in order
        self._context: PageContext | None = None
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: QWidget | None = None  # Help > Keyboard shortcuts
        self.password_dialog: ChangePasswordDialog | None = None
        self.session_start: SessionStart | None = None
        self.last_username = ""  # who to ask for after a lock
        self.lock_cause = ""  # "manual", "idle", "sleep" or "screen"
        self._seen_users: set[str] = set()  # signed in since the application started
        self._kept_drafts_for: set[str] = set()  # drafts were saved at their last lock
        self.idle_watch = idle_watch or IdleWatch()
        self.idle_watch.setParent(self)
        self.idle_watch.timed_out.connect(self._timed_out)
        self.screen_lock = screen_lock or ScreenLockListener()
        self.screen_lock.setParent(self)
        self.screen_lock.screen_locked.connect(lambda: self.lock(AUTO_LOCK, cause="screen"))
        self.screen_lock.resumed.connect(self.idle_watch.check)
        self.screen_lock.start()
        self.setWindowTitle(self.tr("TIPDesk"))
        fit_to_screen(self, 1000, 680)  # or less on a small screen
        build_widgets(self)
        build_menus(self)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.lock_action.triggered.connect(lambda: self.lock())
        self.password_action.triggered.connect(self.change_password)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        connect_shortcuts(self)
        restore_layout(self, self._settings)
        self._show_locked()

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
        self._context = PageContext(office, self._runner, self._settings)
        for section in self._sections:
            if not section.visible_to(office.user.role):
                continue
            self._shown_sections[section.key] = section  # its page is built when first shown
            item = QListWidgetItem(section.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.sidebar.addItem(item)
        info, user = office.info, office.user
        self.setWindowTitle(self.tr("TIPDesk: %1").replace("%1", info.name))
        self.office_status.setText(
            self.tr("%1, %2")
            .replace("%1", info.name)
            .replace("%2", country_name(info.country_name))
        )
        self.user_status.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", user.display_name)
            .replace("%2", role_label(user.role))
        )
        self.statusBar().clearMessage()
        for action in self._session_actions():
            action.setEnabled(True)
        self.new_case_action.setEnabled(may(office.user.role, "cases.register"))
        self.sidebar.setCurrentRow(0)
        self._start_watching(office)

    def _start_watching(self, office: UnlockedOffice) -> None:
        """The idle lock with the office's own time, then what follows a sign-in."""
        try:
            minutes = get_settings(office).idle_lock_minutes
        except Exception:  # noqa: BLE001 - unreadable settings: lock sooner rather than never
            minutes = DEFAULT_IDLE_MINUTES
        self.idle_watch.start(minutes or DEFAULT_IDLE_MINUTES)
        name = office.user.username
        first = name not in self._seen_users
        self._seen_users.add(name)
        self.last_username = name
        offer = first or name in self._kept_drafts_for
        self._kept_drafts_for.discard(name)
        start = SessionStart(
            self,
            office,
            self._runner,
            remind_backup=first,
            offer_drafts=offer,
            warn_backup=self._warn_backup,
        )
        start.sign_out_requested.connect(self.sign_out)
        start.resume_requested.connect(self.open_draft)
        start.drafts_changed.connect(self._drafts_changed)
        self.session_start = start
        QTimer.singleShot(0, start.run)  # once the window is on screen

    def adopt_session_memory(self, other: MainWindow) -> None:
        """Remember who signed in and whose drafts were kept, as `other` did (a rebuilt window)."""
        self._seen_users |= other._seen_users
        self._kept_drafts_for |= other._kept_drafts_for

    def lock(self, reason: str = "session.lock", *, cause: str = "manual") -> None:
        """Keep unsaved work, close dialogs, drop every page, sign out; then emit `locked`."""
        if self._office is None:
            return
        self.lock_cause = cause
        self._end_session(reason)
        self.locked.emit()

    def sign_out(self) -> None:
        """End the session as a sign-out (not a lock) and ask for a password again."""
        if self._office is None:
            return
        self._end_session("session.sign-out")
        self.signed_out.emit()

    def _timed_out(self, why: str) -> None:
        self.lock(AUTO_LOCK, cause=why)

    def change_password(self) -> ChangePasswordDialog | None:
        """File > Change my password…: a window-modal dialog; the status bar says when done."""
        if self._office is None:
            return None
        dialog = ChangePasswordDialog(self._office, self._runner, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password was changed."), 8000)
        )
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def open_draft(self, draft_id: int, kind: str) -> bool:
        """Resume a draft: the first page whose `open_draft` takes it, and `resume_draft`."""
        taken = False
        for key in list(self._shown_sections):
            opener = getattr(self.page(key), "open_draft", None)
            if callable(opener) and opener(draft_id, kind):
                self.show_section(key)
                taken = True
                break
        heard = self.isSignalConnected(QMetaMethod.fromSignal(self.resume_draft))
        self.resume_draft.emit(draft_id, kind)
        if not (taken or heard):
            self.statusBar().showMessage(
                self.tr("This version has no screen that opens this draft; it is kept."), 10000
            )
        return taken or heard

    def _drafts_changed(self) -> None:
        for page in self._pages.values():
            reload = getattr(page, "reload_drafts", None)
            if callable(reload):
                reload()
        if self.session_start is not None:
            self.session_start.reload_drafts()

    def _warn_backup(self, text: str) -> None:
        self.backup_status.setText("\u26a0 " + text)
        self.backup_status.show()

    def section_keys(self) -> list[str]:
        """The keys of the sections in the sidebar, in order."""
        return [
            self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.sidebar.count())
        ]

    def page(self, key: str) -> QWidget | None:
        """The page of section `key`, built the first time it is asked for: signing in to an
        office of 100,000 cases builds one page, not six. None when not shown to this user."""
        if key not in self._pages:
            section = self._shown_sections.get(key)
            if section is None or self._context is None:
                return None
            self._pages[key] = self._build_page(section, self._context)
        return self._pages[key]

    def _build_page(self, section: Section, context: PageContext) -> QWidget:
        page = section.page(context)
        signal = getattr(page, "resume_draft", None)
        if isinstance(signal, SignalInstance):
            signal.connect(self.open_draft)
        reload = getattr(page, "drafts_changed", None)
        if isinstance(reload, SignalInstance):
            reload.connect(self._drafts_changed)
        self.stack.addWidget(page)
        return page

    def show_section(self, key: str) -> bool:
        """Select the section `key`; False when it is not shown to this user."""
        if key not in self._shown_sections:
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
        self.stack.setCurrentWidget(self.page(key))

    def _end_session(self, reason: str) -> None:
        """Keep unsaved work, close every dialog, clear the window, then sign out."""
        office, self._office = self._office, None
        self.idle_watch.stop()
        if self.session_start is not None:
            self.session_start.stop()
            self.session_start.deleteLater()
            self.session_start = None
        dialogs = lock_sweep.open_dialogs(keep=(UnlockDialog,))
        pending = lock_sweep.collect_drafts(lock_sweep.draft_holders(self, dialogs))
        lock_sweep.dismiss(dialogs, self, keep=(UnlockDialog,))
        self.password_dialog = None
        self.shortcuts_dialog = None  # deleted with the other dialogs
        self._clear_pages()
        self._show_locked()
        if office is None:
            return
        if lock_sweep.save_drafts(office, pending):
            self._kept_drafts_for.add(office.user.username)
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
        self._shown_sections.clear()
        self._context = None
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
        self.backup_status.clear()
        self.backup_status.hide()
        self.statusBar().showMessage(self.tr("Locked"))
        for action in (*self._session_actions(), self.new_case_action):
            action.setEnabled(False)

    def _session_actions(self) -> list[QAction]:
        """The actions that need a signed-in user (Keyboard shortcuts and Quit do not)."""
        basic = [self.lock_action, self.about_action, self.password_action, self.find_action]
        return basic + self.section_actions

    # -- window state (layout only: never case data) ----------------------------------------
    def save_layout(self) -> None:
        save_layout(self, self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        self._end_session("session.sign-out")
        event.accept()
        self.closed.emit()
