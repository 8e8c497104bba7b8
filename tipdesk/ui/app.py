"""Starting the GUI: set-up on first start, else sign-in, then the main window; Lock returns."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

import tipdesk
from tipdesk.store.keyslots import keys_path_for
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
        self.main_window = MainWindow(runner, settings)
        self.main_window.locked.connect(self._after_lock)
        self.main_window.signed_out.connect(self._after_sign_out)
        self.main_window.closed.connect(lambda: self.finished.emit(0))

    def start(self) -> None:
        """Set-up when there is no office database (nor key file) yet, else sign-in."""
        if self.db_path.exists() or keys_path_for(self.db_path).exists():
            self.show_unlock()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        with contextlib.suppress(OSError):  # else initialise_office names the folder
            self.db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.setup_dialog = SetupDialog(self.db_path, self._runner)
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
            parent=parent,
        )
        dialog.finished.connect(self._unlock_finished)
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
            self.main_window.show()
            self.main_window.raise_()
            self.main_window.activateWindow()
        elif self.main_window.isVisible():
            self.main_window.close()  # signs out, saves the layout, emits closed
        else:
            self.finished.emit(0)

    def _after_lock(self) -> None:
        main = self.main_window
        self.show_unlock(notice=self._lock_notice(main.lock_cause), locked_user=main.last_username)

    def _lock_notice(self, cause: str) -> str:
        if cause == "idle":
            minutes = max(1, round(self.main_window.idle_watch.limit / 60))
            return self.tr("TIPDesk locked itself after %n min without use.", "", minutes)
        if cause == "sleep":
            return self.tr("TIPDesk locked itself while the computer was asleep.")
        if cause == "screen":
            return self.tr("TIPDesk locked itself when the screen was locked.")
        return self.tr("TIPDesk is locked. Sign in again to continue.")

    def _after_sign_out(self) -> None:
        self.show_unlock(
            username=self.main_window.last_username,
            notice=self.tr("You were signed out. Sign in again to choose your own password."),
        )


def run(db_path: Path) -> int:
    """Run the desktop application on the office database at `db_path`; the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(tipdesk.__version__)
    app.setQuitOnLastWindowClosed(False)  # the shell decides; dialogs come and go in turn
    settings = QSettings()
    runner = TaskRunner()
    shell = Shell(Path(db_path), settings, runner)
    shell.finished.connect(app.exit)
    QTimer.singleShot(0, shell.start)  # inside the event loop, so an early exit is heard
    code = app.exec()
    runner.wait()
    settings.sync()
    shell.main_window.deleteLater()
    return code
