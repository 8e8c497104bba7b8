"""What TIPDesk does with an error nobody caught, and what it writes to its log.

Exception messages and local values can hold case data (a name in a failed lookup, a note
in a bad parameter), so neither ever reaches a file or the terminal. A crash report holds
the exception's type and where it happened (file, line, function), for the exception and
those chained to it; the user sees a dialog that says what to do and where the report is.
The log keeps only TIPDesk's own message templates, with numbers and type names filled in;
anything else is named by its type alone, and other libraries' messages by their level.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import tipdesk
from tipdesk.paths import APP_NAME

LOG_FILE = "tipdesk.log"


def log_dir() -> Path:
    """The per-user folder for crash reports and the log."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))


def _where(filename: str) -> str:
    """A source file as package-relative path (no home folder or user name in it)."""
    path = Path(filename)
    parts = path.parts
    for anchor in ("tipdesk", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index + (anchor == "site-packages") :])
    return path.name


def describe(exc_type: type[BaseException], exc: BaseException | None, tb) -> list[str]:
    """Type and frames of an exception and of those chained to it; never a message."""
    lines: list[str] = []
    seen: set[int] = set()
    while exc_type is not None:
        name = f"{exc_type.__module__}.{exc_type.__qualname__}"
        frames = [
            f'  File "{_where(f.filename)}", line {f.lineno}, in {f.name}'
            for f in traceback.extract_tb(tb)
        ]
        lines[:0] = [name, *frames, ""]
        if exc is None or id(exc) in seen:
            break
        seen.add(id(exc))
        cause = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        if cause is None:
            break
        lines.insert(0, "(which led to the exception below)")
        exc_type, exc, tb = type(cause), cause, cause.__traceback__
    return lines


def write_crash_report(
    exc_type: type[BaseException], exc: BaseException | None, tb, folder: Path | None = None
) -> Path:
    """A new crash report file in `folder` (the log folder); its path."""
    folder = Path(folder or log_dir())
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    now = datetime.now(UTC)
    path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}.txt"
    header = [
        f"TIPDesk {tipdesk.__version__} crash report, {now:%Y-%m-%d %H:%M:%S} UTC",
        f"Python {platform.python_version()} on {platform.system()} {platform.release()}",
        "Only the type of the error and where it happened are recorded: no message, no data.",
        "",
    ]
    text = "\n".join(header + describe(exc_type, exc, tb)) + "\n"
    with path.open("x", encoding="utf-8") as handle:
        handle.write(text)
    return path


class CrashHandler:
    """`sys.excepthook` (and `threading.excepthook`) for the GUI: report, tell, carry on."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.dialog: QMessageBox | None = None
        self.reports: list[Path] = []
        self._busy = False

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = self.thread_hook

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._busy:
            return  # failing while reporting a failure: the first report stands
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            try:
                path: Path | None = write_crash_report(exc_type, exc, tb, self.folder)
                self.reports.append(path)
            except OSError:
                path = None
            where = str(path) if path else "(the report could not be written)"
            sys.stderr.write(f"TIPDesk: unexpected error ({exc_type.__name__}); report: {where}\n")
            with contextlib.suppress(Exception):  # the dialog is a courtesy: never fail here
                self._tell_user(path)
        finally:
            self._busy = False

    def _tell_user(self, path: Path | None) -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return  # a worker thread: the report is written; no widget may be touched here
        translate = QCoreApplication.translate
        text = translate(
            "CrashHandler",
            "TIPDesk met an unexpected problem and could not finish what it was doing.\n\n"
            "What you saved before is safe, and the case wizard keeps a draft as you go. "
            "Check that your last change was saved; if this happens again, close TIPDesk "
            "and start it again.",
        )
        if path is not None:
            text += "\n\n" + translate(
                "CrashHandler",
                "A report without any case data was written to:\n%1\nGive it to your "
                "administrator so the problem can be fixed.",
            ).replace("%1", str(path))
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        box = QMessageBox(
            QMessageBox.Icon.Critical, translate("CrashHandler", "Unexpected problem"), text
        )
        box.setParent(parent if isinstance(parent, QWidget) else None, box.windowFlags())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
        box.setModal(True)
        box.open()
        self.dialog = box


class SafeFormatter(logging.Formatter):
    """Formats a record without any value that could hold case data."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%d %H:%M:%S")
        if record.name.split(".")[0] == "tipdesk" and isinstance(record.msg, str):
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            try:
                message = record.msg % tuple(_safe(a) for a in args) if record.args else record.msg
            except (TypeError, ValueError):
                message = record.msg
        else:
            message = "(message withheld: it may hold data)"
        text = f"{when} {record.levelname} {record.name}: {message}"
        if record.exc_info and record.exc_info[0] is not None:
            text += "\n" + "\n".join(describe(*record.exc_info)).rstrip()
        return text


def _safe(value: object) -> object:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, type):
        return value.__name__
    return f"<{type(value).__name__}>"


@contextlib.contextmanager
def reporting_crashes(folder: Path | None = None) -> Iterator[CrashHandler]:
    """Crash reports and the safe log for as long as the application runs."""
    previous = sys.excepthook, threading.excepthook
    handler = CrashHandler(folder)
    handler.install()
    log = start_logging(folder)
    try:
        yield handler
    finally:
        sys.excepthook, threading.excepthook = previous
        logging.getLogger().removeHandler(log)
        log.close()


def start_logging(folder: Path | None = None) -> logging.Handler:
    """Warnings and errors go to a rotating log file in the log folder, formatted safely."""
    folder = Path(folder or log_dir())
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter())
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return handler
