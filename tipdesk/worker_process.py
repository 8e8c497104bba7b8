"""The child's side of a task run in a process of its own (tipdesk/ui/process_task.py starts it).

A worker thread shares Python's lock with the window, so a long call in C (freeing 100,000
rows, say) freezes the window however the work is split; a child process cannot. The window
starts a "spawn" child whose target is `run_child`, with two one-way pipes. The first message
on `commands` is a `Job`: the function, its arguments, the language in use and, when the work
needs the office, what reopens it (path, raw key, user, office). The key travels on that pipe
only, never on a command line or in the environment. Reports come back on `reports`:

    (PROGRESS, value)                     for each value a generator yields
    (SUCCEEDED, result)                   the return value
    (FAILED, pickled exception or None, type name, message or None)
    (CANCELLED,)                          a generator stopped at its next yield

The window may send CANCEL at any time; a generator is closed at its next yield, so its own
clean-up (`removed_on_failure`, say) runs here. A window that goes away counts as a cancel.
Nothing here prints or logs: the child's output goes to the null device, and an exception
travels without its traceback.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROGRESS, SUCCEEDED, FAILED, CANCELLED = "progress", "succeeded", "failed", "cancelled"
CANCEL = "cancel"


@dataclass
class Job:
    """What the child runs, and what it needs to reopen the office (`db_path` None: no office)."""

    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    language: str = "en"
    db_path: Path | None = None
    key: bytes | None = field(default=None, repr=False)
    user: Any = None  # tipdesk.services.context.CurrentUser
    info: Any = None  # tipdesk.services.context.OfficeInfo


class _Cancelled(Exception):
    pass


def start_child(name: str = "tipdesk-task"):
    """A started "spawn" child running `run_child`: (process, commands, reports), the window's
    ends of the two pipes (send the `Job` on `commands`, read the reports on `reports`)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    child_commands, commands = context.Pipe(duplex=False)
    reports, child_reports = context.Pipe(duplex=False)
    process = context.Process(
        target=run_child,
        args=(child_commands, child_reports),
        name=name,
        daemon=True,  # never outlives the window
    )
    try:
        process.start()
    except BaseException:
        commands.close()
        reports.close()
        raise
    finally:
        child_commands.close()  # the child has its own ends: their end-of-file is ours
        child_reports.close()
    return process, commands, reports


def run_child(commands, reports) -> None:
    """The child process's entry point: run one job and report on `reports`."""
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the process's life
    try:
        job = commands.recv()
    except (EOFError, OSError):
        return  # the window went away before it said what to do
    office = None
    try:
        from tipdesk.i18n import use_language

        use_language(job.language)
        args = job.args
        if job.db_path is not None:
            office = _reopen(job)
            args = (office, *args)
        fn, kwargs = job.fn, job.kwargs
        del job  # the office holds the key now, and forgets it when locked
        result = fn(*args, **kwargs)
        if inspect.isgenerator(result):
            result = _drain(result, commands, reports)
        reports.send((SUCCEEDED, result))
    except _Cancelled:
        _send(reports, (CANCELLED,))
    except BaseException as exc:  # noqa: BLE001 - every failure is reported, none is lost
        _send(reports, packed_failure(exc))
    finally:
        if office is not None:
            office.lock()


def _reopen(job: Job):
    from tipdesk.services.context import UnlockedOffice
    from tipdesk.store.database import open_engine

    engine = open_engine(job.db_path, job.key)
    return UnlockedOffice(job.db_path, engine, job.key, job.user, job.info)


def _drain(generator, commands, reports) -> Any:
    """Report each yielded value; stop at the next yield once the window asks."""
    try:
        while True:
            if _cancel_asked(commands):
                generator.close()
                raise _Cancelled
            reports.send((PROGRESS, next(generator)))
    except StopIteration as stop:
        return stop.value
    finally:
        generator.close()  # a failure to report still lets the function clean up


def _cancel_asked(commands) -> bool:
    try:
        while commands.poll():
            if commands.recv() == CANCEL:
                return True
    except (EOFError, OSError):
        return True  # the window has gone: nobody wants the result
    return False


def _send(reports, message: tuple) -> None:
    with contextlib.suppress(OSError, ValueError):  # the window may have gone
        reports.send(message)


def packed_failure(exc: BaseException) -> tuple:
    """(FAILED, pickled exception or None, type name, message or None).

    The exception goes without its traceback (its frames' locals may hold case data or a
    password). When it would not come back whole, the window rebuilds one from the type name
    and, for a TipdeskError (a message written for the user), its message.
    """
    from tipdesk.errors import TipdeskError

    exc = exc.with_traceback(None)
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)  # noqa: S301 - our own bytes: does it come back at all?
    except Exception:  # noqa: BLE001 - then it goes by name
        data = None
    message = None
    if isinstance(exc, TipdeskError):
        try:
            message = str(exc)
        except Exception:  # noqa: BLE001
            message = None
    return (FAILED, data, type(exc).__name__, message)
