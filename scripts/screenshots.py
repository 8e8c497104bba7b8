"""The user guide's screenshots: the real windows over a fresh demo office, drawn offscreen.

    python scripts/screenshots.py                        every scene, English and French
    python scripts/screenshots.py --language fr          French only
    python scripts/screenshots.py --only sign-in home    some scenes (see --list)
    python scripts/screenshots.py --out DIR              DIR/en/*.png ... instead of the guide's

Each language is drawn by a process of its own over a demo office of clearly fictional people,
made in a work folder (by default tipdesk-guide in the temporary folder, so that the path the
windows show stays the same; emptied before and removed after). The windows are built by
TIPDesk's own code on Qt's offscreen platform with a 1366x768 screen, driven by clicks and
typing, and drawn to PNG in palette colours so that the guide stays small. The scenes are in
guide_scenes_officer.py and guide_scenes_admin.py. Exit code 0 when every scene was drawn.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_IMAGES = ROOT / "docs" / "guide" / "img"
LANGUAGES = ("en", "fr")
SCREEN = {"width": 1366, "height": 768}
MAIN_WINDOW = (1366, 700)  # maximised on a 1366x768 laptop: less the title and task bars
PASSWORD = "guide-office-2026"  # the demo accounts' own password after their first sign-in
WORK = Path(tempfile.gettempdir()) / "tipdesk-guide"
WORK_MARK = ".tipdesk-guide"  # in a work folder of this script (emptied at each run)


def offscreen_platform(folder: Path) -> None:
    """Qt's offscreen platform with one 1366x768 screen at 100 % (before Qt is imported)."""
    config = folder / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        os.environ[name] = str(folder / sub)  # nothing of the real user's is read or written


class Studio:
    """One language's demo office, the windows drawn over it, and where their PNGs go."""

    def __init__(self, folder: Path, out: Path, language: str, cases: int) -> None:
        from PySide6.QtCore import QSettings

        from tipdesk.ui.language import apply_language
        from tipdesk.ui.worker import TaskRunner

        self.folder = folder
        self.folder.mkdir()
        self.out = out
        self.language = apply_language(language)
        if self.language != language:
            raise SystemExit(f"The {language} catalogue is not built: run build_translations.py")
        self.db_path = folder / "TIPDesk" / "office.tipdesk"
        self.db_path.parent.mkdir(parents=True)
        self.runner = TaskRunner()
        self.settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.passwords = build_demo_office(self.db_path, folder / "backups", cases)
        self.saved: list[Path] = []
        self._windows: list = []

    # -- signing in -------------------------------------------------------------------------
    def office(self, username: str):
        """`username`'s session on the demo office (closed by `close`)."""
        from tipdesk.services.office import sign_in

        office = sign_in(self.db_path, username, self.passwords[username])
        self._windows.append(office)
        return office

    def main_window(self, username: str):
        """The main window signed in as `username`, at the size of a maximised window."""
        from tipdesk.ui.main_window import MainWindow

        window = MainWindow(self.runner, self.settings)
        window.resize(*MAIN_WINDOW)
        window.open_office(self.office(username))
        window.show()
        self._windows.append(window)
        self.settle()
        return window

    def unlock_dialog(self, username: str):
        """The sign-in window for `username`, shown (closed with the studio)."""
        from tipdesk.ui.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(
            self.db_path, self.runner, self.settings, username=username, language=self.language
        )
        dialog.show()
        return self.keep(dialog)

    def keep(self, widget):
        """Close `widget` with the studio (a dialog a scene opened on its own)."""
        self._windows.append(widget)
        return widget

    # -- drawing ----------------------------------------------------------------------------
    def settle(self, ms: int = 60) -> None:
        """Let layouts, queued signals and repaints happen."""
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def wait_until(self, condition: Callable[[], object], timeout_ms: int = 15000) -> None:
        """Let the event loop run until `condition()` holds (a worker's result, a page)."""
        from PySide6.QtTest import QTest

        for _ in range(timeout_ms // 20):
            if condition():
                self.settle()
                return
            QTest.qWait(20)
        raise TimeoutError(f"waited {timeout_ms} ms in vain")

    def save(self, name: str, widget) -> Path:
        """Draw `widget` (shown, laid out) to `name`.png in palette colours."""
        from PySide6.QtCore import QBuffer, QIODevice

        widget.show()
        widget.raise_()
        self.settle()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        widget.grab().save(buffer, "PNG")
        return self.save_png(name, bytes(buffer.data()))

    def save_png(self, name: str, data: bytes) -> Path:
        from PIL import Image

        image = Image.open(io.BytesIO(data)).convert("RGB")
        small = image.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        path = self.out / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        small.save(path, optimize=True)
        self.saved.append(path)
        return path

    def close(self) -> None:
        """Close what the last scene opened (dialogs, then windows, then sessions)."""
        from shiboken6 import isValid

        from tipdesk.services.context import UnlockedOffice

        things, self._windows = self._windows, []
        for thing in reversed(things):
            if not isinstance(thing, UnlockedOffice) and not isValid(thing):
                continue  # a dialog deleted when it was closed
            if isinstance(thing, UnlockedOffice):
                if thing.is_open:
                    thing.lock()
                continue
            if hasattr(thing, "discard_unsaved"):
                thing.discard_unsaved()
            thing.close()
        self.runner.wait()
        self.settle()


def build_demo_office(db_path: Path, backups: Path, cases: int) -> dict[str, str]:
    """A demo office with `cases` fictional cases and a first backup; the accounts' passwords.

    The officer1 and focal1 accounts have chosen their own password (as at a first sign-in);
    officer2 has not, so the guide can show that step.
    """
    from tipdesk.services import backup, users
    from tipdesk.services.demo import DEMO_PASSWORD, create_demo_office, generate_cases
    from tipdesk.services.office import sign_in

    demo = create_demo_office(db_path)
    office = sign_in(db_path, demo.admin, demo.password)
    try:
        for _done in generate_cases(office, cases, seed=1, workers=0):
            pass
        backups.mkdir()
        backup.make_backup(office, backups / "office-backup.tipdesk-backup")
    finally:
        office.lock()
    passwords = {demo.admin: DEMO_PASSWORD, "officer2": DEMO_PASSWORD}
    for username in ("officer1", "focal1"):
        office = sign_in(db_path, username, DEMO_PASSWORD)
        try:
            users.change_own_password(office, DEMO_PASSWORD, PASSWORD)
        finally:
            office.lock()
        passwords[username] = PASSWORD
    return passwords


def scenes() -> dict[str, Callable[[Studio], None]]:
    """Every scene by name, in the guide's order (officer, focal point, administrator)."""
    import guide_scenes_admin
    import guide_scenes_officer

    return guide_scenes_officer.SCENES | guide_scenes_admin.SCENES


def fresh_folder(path: Path) -> Path:
    """`path`, empty and marked as this script's; a folder it did not make is refused."""
    if path.exists():
        if not (path / WORK_MARK).exists():
            raise SystemExit(f"{path} is not a work folder of this script: choose another --work")
        shutil.rmtree(path)
    path.mkdir(parents=True)
    (path / WORK_MARK).touch()
    return path


def quiet_platform() -> None:
    """Keep the offscreen platform's "does not support raise()" notes out of the output."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def shoot(language: str, work: Path, out: Path, wanted: list[str], cases: int) -> list[str]:
    """Draw the `wanted` scenes in `language` into `out`; the names of those that failed."""
    failed = []
    studio = Studio(work / language, out, language, cases)
    try:
        for name, scene in scenes().items():
            if name not in wanted:
                continue
            try:
                scene(studio)
            except Exception:  # noqa: BLE001 - one broken screen must not stop the rest
                traceback.print_exc()
                failed.append(f"{language}:{name}")
            finally:
                studio.close()
    finally:
        studio.close()
    for path in studio.saved:
        print(path)
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--language", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--only", nargs="+", metavar="SCENE", help="these scenes only")
    parser.add_argument("--out", type=Path, default=GUIDE_IMAGES, help="folder of <lang>/*.png")
    parser.add_argument("--work", type=Path, default=WORK, help="the demo offices' folder")
    parser.add_argument("--cases", type=int, default=300, help="fictional cases in the office")
    parser.add_argument("--list", action="store_true", help="print the scenes' names and stop")
    args = parser.parse_args(argv)

    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    if args.list:
        print("\n".join(scenes()))
        return 0
    unknown = sorted(set(args.only or []) - set(scenes()))
    if unknown:
        parser.error(f"unknown scene(s): {', '.join(unknown)} (see --list)")
    if len(args.language) > 1:  # one process each: nothing cached in one language leaks over
        common = ["--out", str(args.out), "--work", str(args.work), "--cases", str(args.cases)]
        common += ["--only", *args.only] if args.only else []
        runs = [
            subprocess.run([sys.executable, __file__, "--language", language, *common])
            for language in args.language
        ]
        return max(run.returncode for run in runs)
    return draw(args.language[0], args.work, args.out, args.only or list(scenes()), args.cases)


def draw(language: str, work: Path, out: Path, wanted: list[str], cases: int) -> int:
    """Draw the `wanted` scenes in `language` (this process speaks no other); the exit code."""
    work = fresh_folder(work)
    try:
        offscreen_platform(work)
        from PySide6.QtWidgets import QApplication

        from scripts import build_translations

        if build_translations.stale():
            build_translations.release()
        quiet_platform()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        app.setOrganizationName("TIPDesk guide")
        failed = shoot(language, work, out / language, wanted, cases)
        if failed:
            print(f"Not drawn: {', '.join(failed)}", file=sys.stderr)
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
