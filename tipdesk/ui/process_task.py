"""A background task whose work runs in a child process (`TaskRunner.start_in_process`).

The window's side of tipdesk/worker_process.py. A watcher thread of the runner starts a
"spawn" child, sends it the job (the office travels as path, raw key, user and office, on a
pipe), then blocks on the reports pipe and emits the Task's signals, as `Task.run_here` does
for a thread. So the task looks the same to the window: progress per yielded value,
succeeded, failed, finished; `cancel()` stops a generator at its next yield (in the child,
where its clean-up runs). A child that ends without a word (killed, crashed) fails the task
with a message that says to try again. When the office is locked while the child works, the
child is asked to stop and, if it does not within `STOP_GRACE_S`, stopped: the key must not
outlive the lock.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from tipdesk import i18n
from tipdesk.errors import TipdeskError
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.feedback import unexpected_error_text
from tipdesk.ui.worker import Task, TaskCancelled
from tipdesk.worker_process import (
    CANCEL,
    CANCELLED,
    FAILED,
    PROGRESS,
    SUCCEEDED,
    Job,
    start_child,
)

POLL_S = 0.1  # how often the watcher looks whether the office was locked
STOP_GRACE_S = 2.0  # after a lock, how long a child may take to stop by itself
EXIT_WAIT_S = 10.0  # after its report, how long a child may take to exit


class BackgroundWorkStopped(TipdeskError):
    """The process doing the work ended without saying how it went (killed, crashed)."""


def stopped_message() -> str:
    return QCoreApplication.translate(
        "ProcessTask",
        "The work in the background stopped before it finished (its process ended "
        "unexpectedly). Try again; if it happens again, restart TIPDesk.",
    )


def rebuilt_exception(data: bytes | None, type_name: str, message: str | None) -> BaseException:
    """The child's exception, or a TipdeskError that says as much when it does not unpickle."""
    if data is not None:
        try:
            exc = pickle.loads(data)  # noqa: S301 - from our own child, over our own pipe
        except Exception:  # noqa: BLE001 - rebuilt from its name below
            exc = None
        if isinstance(exc, BaseException):
            return exc
    # A TipdeskError's message was written for the user; any other may quote data.
    return TipdeskError(message if message is not None else unexpected_error_text(type_name))


class ProcessTask(Task):
    """A Task whose function runs in a child process; `process` is set once it has started."""

    def __init__(
        self,
        fn: Callable[..., Any],
        office: UnlockedOffice | None,
        args: tuple,
        kwargs: dict,
    ) -> None:
        super().__init__(fn, args, kwargs)
        self._office = office
        self._job = Job(fn, args, kwargs, language=i18n.current_language())
        if office is not None:  # read now, on the GUI thread, while it is surely open
            self._job.db_path = office.db_path
            self._job.key = office.database_key()
            self._job.user, self._job.info = office.user, office.info
        self._pipe_lock = threading.Lock()
        self._commands = None
        self._cancel_sent = False
        self._stopped_for_lock = False
        self.process: multiprocessing.Process | None = None

    def cancel(self) -> None:
        """Ask the child to stop a generator at its next yield (a plain function runs on)."""
        super().cancel()
        self._send_cancel()

    def _send_cancel(self) -> None:
        with self._pipe_lock:
            if self._commands is None or self._cancel_sent:
                return
            self._cancel_sent = True
            with contextlib.suppress(OSError, ValueError):  # the child may have ended
                self._commands.send(CANCEL)

    # -- watcher thread ----------------------------------------------------------------------
    def run_here(self) -> None:
        """Start the child, relay its reports as signals, and wait for it to end."""
        try:
            ok, value = self._run_child()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, none is lost
            ok, value = False, exc.with_traceback(None)
        finally:
            self._fn = self._args = self._kwargs = self._job = None  # type: ignore[assignment]
        self._raw_outcome.emit(ok, value)

    def _run_child(self) -> tuple[bool, object]:
        process, commands, reports = start_child()
        self.process = process
        try:
            commands.send(self._job)
            self._job = None
            with self._pipe_lock:
                self._commands = commands
            if self.cancelled:
                self._send_cancel()
            return self._listen(reports, process)
        finally:
            with self._pipe_lock:
                self._commands = None
            commands.close()
            reports.close()
            if process.pid is not None:
                self._ended(process)

    def _listen(self, reports, process) -> tuple[bool, object]:
        lock_seen_at = None
        while True:
            if not reports.poll(POLL_S):
                if self._office is not None and not self._office.is_open:
                    lock_seen_at = lock_seen_at or time.monotonic()
                    self._send_cancel()
                    if time.monotonic() - lock_seen_at > STOP_GRACE_S and process.is_alive():
                        self._stopped_for_lock = True
                        process.terminate()
                continue
            try:
                message = reports.recv()
            except (EOFError, OSError):
                if self._stopped_for_lock:
                    return False, TaskCancelled("Cancelled.")
                return False, BackgroundWorkStopped(stopped_message())
            kind = message[0]
            if kind == PROGRESS:
                self._raw_progress.emit(message[1])
            elif kind == SUCCEEDED:
                return True, message[1]
            elif kind == CANCELLED:
                return False, TaskCancelled("Cancelled.")
            elif kind == FAILED:
                return False, rebuilt_exception(*message[1:])

    @staticmethod
    def _ended(process) -> None:
        process.join(EXIT_WAIT_S)
        if process.is_alive():  # it reported but will not exit: it has nothing left to do
            process.kill()
            process.join(EXIT_WAIT_S)
        process.close()
