"""Background work: run a function on a thread pool, hear about it on the GUI thread.

A `TaskRunner` owns its own `QThreadPool` (no application-wide singleton, so a test can wait
for its own work). `runner.start(fn, *args, **kwargs)` returns a `Task` whose signals are
always delivered on the GUI thread: `succeeded(result)`, `failed(exception)`,
`progress(value)` and `finished()`. When `fn` returns a generator, every value it yields is
reported as progress, `task.cancel()` stops it at the next yield, and the generator's return
value is the result. The worker never touches a widget.

`runner.start_in_process(fn, office, ...)` runs `fn(office, ...)` in a child process instead,
with the same signals (tipdesk/ui/process_task.py): for long jobs over the whole office, which
on a thread would share Python's lock with the window and pause it.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from tipdesk.services.context import UnlockedOffice


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
        # Let go of the work here, on the window's thread: a Qt object it holds (a table
        # model, say) must never lose its last reference on a worker thread.
        self._fn = self._args = self._kwargs = None  # type: ignore[assignment]
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
        # One thread per child process, blocked on its pipe: apart, so that waiting on a child
        # never keeps a thread task from starting.
        self._watchers = QThreadPool(self)
        self._watchers.setMaxThreadCount(4)
        self._tasks: set[Task] = set()

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        """Run `fn(*args, **kwargs)` on a worker thread; connect to the returned task's signals."""
        return self._started(Task(fn, args, kwargs), self._pool)

    def start_in_process(
        self, fn: Callable[..., Any], office: UnlockedOffice | None, *args: Any, **kwargs: Any
    ) -> Task:
        """Run `fn(office, *args, **kwargs)` in a child process (`fn(*args, **kwargs)` when
        `office` is None), reporting as `start` does.

        The child reopens the office from its path and key. `fn`, the arguments, the progress
        values and the result cross by pickling: a module-level function and plain values.
        """
        from tipdesk.ui.process_task import ProcessTask  # it builds on Task

        return self._started(ProcessTask(fn, office, args, kwargs), self._watchers)

    def _started(self, task: Task, pool: QThreadPool) -> Task:
        # Owned by the runner and deleted by it, on the window's thread: a worker that drops
        # the last Python reference to the task never deletes a Qt object that is not its own.
        task.setParent(self)
        self._tasks.add(task)
        task.finished.connect(self._forget)
        pool.start(_Runnable(task))
        return task

    @Slot()
    def _forget(self) -> None:
        task = self.sender()
        self._tasks.discard(task)
        task.deleteLater()

    @property
    def busy(self) -> bool:
        """Whether some task has not yet reported its outcome."""
        return bool(self._tasks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker threads are idle and child processes have ended (at
        shut-down and in tests)."""
        if msecs < 0:
            return self._pool.waitForDone() & self._watchers.waitForDone()
        deadline = QDeadlineTimer(msecs)
        return self._pool.waitForDone(deadline) & self._watchers.waitForDone(deadline)
