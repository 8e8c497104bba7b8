"""Starting the GUI: set-up on first start, else sign-in, then the main window; Lock returns.

The language (ui/language.py) is applied before the first window. Picking another one on the
set-up or sign-in window rebuilds that window, and the main window, in it at once; picking one
from the main window's Language menu locks (unsaved work is kept as drafts, as at any lock),
rebuilds the main window and asks for the password in the new language.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

import tipdesk
from tipdesk import i18n
from tipdesk.store.keyslots import keys_path_for
from tipdesk.ui.crash import reporting_crashes
from tipdesk.ui.language import apply_language, chosen_language, language_menu, save_language
from tipdesk.ui.main_window import MainWindow
from tipdesk.ui.setup_dialog import SetupDialog
from tipdesk.ui.unlock_dialog import SignInThrottle, UnlockDialog
from tipdesk.ui.worker import TaskRunner

ORGANISATION = "TIPDesk"
APPLICATION = "TIPDesk"


class Shell(QObject):
    """The flow between the set-up dialog, the unlock dialog and the main window."""

    finished = Signal(int)  # the exit code: the user quit

    def __init__(
        self, db_path: Path, settings: QSettings, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._settings = settings
        self._runner = runner
        self.throttle = SignInThrottle()  # failed sign-ins survive a Lock, never a restart
        self.setup_dialog: SetupDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.language = i18n.current_language()
        self._wanted_language = self.language
        self.main_window = self._new_main_window()

    def _new_main_window(self) -> MainWindow:
        window = MainWindow(self._runner, self._settings)
        window.locked.connect(self._after_lock)
        window.signed_out.connect(self._after_sign_out)
        window.closed.connect(lambda: self.finished.emit(0))
        window.language_menu = language_menu(window.menuBar(), self.language, self.switch_language)
        return window

    # -- language --------------------------------------------------------------------------
    def switch_language(self, code: str) -> None:
        """Speak `code` from now on (remembered on this machine), rebuilding what is shown."""
        save_language(self._settings, code)
        self._wanted_language = code
        if self.main_window.office is not None:
            self.main_window.lock(cause="language")  # _after_lock rebuilds, then asks again
            return
        self._rebuild_in(code)
        if self.setup_dialog is not None:
            self._close_quietly(self.setup_dialog)
            self.show_setup()
        elif self.unlock_dialog is not None:
            username = self.unlock_dialog.username_edit.text()
            self._close_quietly(self.unlock_dialog)
            self.show_unlock(username=username)

    def _rebuild_in(self, code: str) -> None:
        """Apply `code` and replace the (hidden, signed-out) main window by one built in it."""
        old = self.main_window
        old.save_layout()
        self.language = apply_language(code)
        new = self._new_main_window()
        new.last_username = old.last_username
        new.adopt_session_memory(old)
        for signal in (old.locked, old.signed_out, old.closed):
            signal.disconnect()
        old.hide()
        old.deleteLater()
        self.main_window = new

    @staticmethod
    def _close_quietly(dialog: QDialog) -> None:
        dialog.finished.disconnect()  # not a quit: the dialog is replaced
        dialog.hide()
        dialog.deleteLater()

    def start(self) -> None:
        """Set-up when there is no office database (nor key file) yet, else sign-in."""
        if self.db_path.exists() or keys_path_for(self.db_path).exists():
            self.show_unlock()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        with contextlib.suppress(OSError):  # else initialise_office names the folder
            self.db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.setup_dialog = SetupDialog(self.db_path, self._runner, language=self.language)
        self.setup_dialog.language_chosen.connect(self.switch_language)
        self.setup_dialog.finished.connect(self._setup_finished)
        self.setup_dialog.show()

    def _setup_finished(self, result: int) -> None:
        dialog, self.setup_dialog = self.setup_dialog, None
        dialog.deleteLater()  # it holds the recovery code: let it go now
        if result != QDialog.DialogCode.Accepted:
            self.finished.emit(0)
            return
        self.show_unlock(
            username=dialog.username,
            notice=self.tr("The office is ready. Sign in with the password you have just chosen."),
        )

    def show_unlock(self, *, username: str = "", notice: str = "", locked_user: str = "") -> None:
        """The unlock dialog: over the (locked) main window if it is shown, else on its own."""
        parent = self.main_window if self.main_window.isVisible() else None
        dialog = UnlockDialog(
            self.db_path,
            self._runner,
            self._settings,
            throttle=self.throttle,
            username=username,
            notice=notice,
            locked_user=locked_user,
            language=None if locked_user else self.language,  # after a lock: the menu's job
            parent=parent,
        )
        dialog.finished.connect(self._unlock_finished)
        dialog.language_chosen.connect(self.switch_language)
        self.unlock_dialog = dialog
        if parent is None:
            dialog.show()
        else:
            dialog.open()

    def _unlock_finished(self, result: int) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.office is not None:
            self.main_window.open_office(dialog.office)
            settle_long_lived_objects()
            self.main_window.show()
            self.main_window.raise_()
            self.main_window.activateWindow()
        elif self.main_window.isVisible():
            self.main_window.close()  # signs out, saves the layout, emits closed
        else:
            self.finished.emit(0)

    def _after_lock(self) -> None:
        cause = self.main_window.lock_cause
        if self._wanted_language != self.language:
            self._rebuild_in(self._wanted_language)
        main = self.main_window
        self.show_unlock(notice=self._lock_notice(cause), locked_user=main.last_username)

    def _lock_notice(self, cause: str) -> str:
        if cause == "idle":
            minutes = max(1, round(self.main_window.idle_watch.limit / 60))
            return self.tr("TIPDesk locked itself after %n min without use.", "", minutes)
        if cause == "sleep":
            return self.tr("TIPDesk locked itself while the computer was asleep.")
        if cause == "screen":
            return self.tr("TIPDesk locked itself when the screen was locked.")
        if cause == "language":
            return self.tr("The language is changed. Sign in again to continue.")
        return self.tr("TIPDesk is locked. Sign in again to continue.")

    def _after_sign_out(self) -> None:
        self.show_unlock(
            username=self.main_window.last_username,
            notice=self.tr("You were signed out. Sign in again to choose your own password."),
        )


def settle_long_lived_objects() -> None:
    """What exists now (modules, the window, the signed-in pages) lives as long as TIPDesk:
    Python's garbage collector stops walking it, so its full passes stay short while a big
    list loads (one walked everything and paused the window for about 80 ms)."""
    gc.freeze()


def run(db_path: Path) -> int:
    """Run the desktop application on the office database at `db_path`; the exit code.

    An error nobody caught leaves a crash report without case data and a dialog (ui/crash).
    """
    with reporting_crashes():
        return _run(db_path)


def _run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(tipdesk.__version__)
    app.setQuitOnLastWindowClosed(False)  # the shell decides; dialogs come and go in turn
    settings = QSettings()
    apply_language(chosen_language(settings))  # before the first window is built
    runner = TaskRunner()
    shell = Shell(Path(db_path), settings, runner)
    shell.finished.connect(app.exit)
    settle_long_lived_objects()
    QTimer.singleShot(0, shell.start)  # inside the event loop, so an early exit is heard
    code = app.exec()
    runner.wait()
    settings.sync()
    shell.main_window.deleteLater()
    return code
