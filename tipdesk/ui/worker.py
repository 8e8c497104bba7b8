"""Background work: run a function on a thread pool, hear about it on the GUI thread.

A `TaskRunner` owns its own `QThreadPool` (no application-wide singleton, so a test can wait
for its own work). `runner.start(fn, *args, **kwargs)` returns a `Task` whose signals are
always delivered on the GUI thread: `succeeded(result)`, `failed(exception)`,
`progress(value)` and `finished()`. When `fn` returns a generator, every value it yields is
reported as progress, `task.cancel()` stops it at the next yield, and the generator's return
value is the result. The worker never touches a widget.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskCancelled(Exception):
    """The task was cancelled before it finished; delivered through `failed`."""


class Task(QObject):
    """One piece of background work, as seen from the GUI thread."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    # Emitted from the worker thread; the receiving slots live on the GUI thread, so Qt queues
    # them there whatever the thread that emits.
    _raw_progress = Signal(object)
    _raw_outcome = Signal(bool, object)

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.done = False
        self._raw_progress.connect(self._deliver_progress)
        self._raw_outcome.connect(self._deliver_outcome)

    def cancel(self) -> None:
        """Ask a generator task to stop at its next yield (a plain function runs to the end)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- worker thread -------------------------------------------------------------------
    def run_here(self) -> None:
        """Run the work in the calling thread and report by signals (the runnable calls it)."""
        try:
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drain(result)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, none is lost
            # The frames may hold passwords in their locals; the message is what the UI shows.
            self._raw_outcome.emit(False, exc.with_traceback(None))
        else:
            self._raw_outcome.emit(True, result)
        finally:
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]

    def _drain(self, generator) -> Any:
        try:
            while True:
                if self._cancel.is_set():
                    generator.close()
                    raise TaskCancelled("Cancelled.")
                self._raw_progress.emit(next(generator))
        except StopIteration as stop:
            return stop.value

    # -- GUI thread ----------------------------------------------------------------------
    @Slot(object)
    def _deliver_progress(self, value: object) -> None:
        if not self.done:
            self.progress.emit(value)

    @Slot(bool, object)
    def _deliver_outcome(self, ok: bool, value: object) -> None:
        self.done = True
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_here()


class TaskRunner(QObject):
    """Starts tasks on its own thread pool and keeps them alive until they have reported."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        """Run `fn(*args, **kwargs)` on a worker thread; connect to the returned task's signals."""
        task = Task(fn, args, kwargs)
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        self._pool.start(_Runnable(task))
        return task

    @property
    def busy(self) -> bool:
        """Whether some task has not yet reported its outcome."""
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker threads are idle (at shut-down and in tests)."""
        return self._pool.waitForDone(msecs)
