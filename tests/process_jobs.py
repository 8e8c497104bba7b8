"""Work for the process-task tests: module-level functions a "spawn" child can import by name.

They run in the child, so they talk to the test only through their arguments, their result,
their progress and the files they leave. No Qt here: the child never imports it.
"""

import os
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import User
from tipdesk.reports import summary_report
from tipdesk.services import anonymised_export, statistics
from tipdesk.store.atomic import partial_path
from tipdesk.store.space import removed_on_failure

WAIT_S = 30  # longest a gated job waits for the test; it never gets there when all goes well


def count_users(office, steps: int):
    """Yields 0..steps-1, then returns what the child saw of the office it reopened."""
    yield from range(steps)
    with office.reading() as s:
        users = s.scalar(select(func.count(User.id)))
    return {"user": office.user.username, "office": office.info.name, "users": users}


def where_the_key_is(office):
    """Whether the child's command line or environment holds the key (it must not), and
    whether it loaded Qt (it need not: a cheap start)."""
    key = office.database_key().hex()
    cmdline = Path("/proc/self/cmdline")
    argv = cmdline.read_bytes().decode(errors="replace") if cmdline.exists() else " ".join(sys.argv)
    return {
        "on the command line": key in argv.lower(),
        "in the environment": any(key in value.lower() for value in os.environ.values()),
        "opened": office.is_open,
        "Qt loaded": any(name.startswith("PySide6") for name in sys.modules),
    }


def write_in_steps(office, path: Path, steps: int = 1500):
    """Writes `path` a line at a time, yielding after each; a failure or a cancel removes it."""
    with removed_on_failure(path), open(path, "w", encoding="utf-8") as handle:
        for step in range(steps):
            handle.write(f"line {step}\n")
            handle.flush()
            time.sleep(0.02)
            yield step
    return path


def refuse(office):
    """A TipdeskError whose message is written for the user, in the language in use."""
    raise BadInput(translate("anonymised_export", "k must be between 2 and 100."))


class _Unsendable(BadInput):
    def __init__(self, message: str):
        super().__init__(message)
        self.lock = threading.Lock()  # cannot be pickled


class _Strange(Exception):
    def __init__(self, detail: str, code: int):  # does not come back from its args
        super().__init__(f"{detail} ({code})")


def fail_unsendable(office):
    raise _Unsendable("The directory file is locked by another program. Close it and try again.")


def fail_strangely(office):
    raise _Strange("Quixotefeather row 7", 3)


def hang(office):
    """Says it has started, then works for longer than any test waits."""
    yield "started"
    time.sleep(WAIT_S)
    return "too late"


def busy_without_steps(office, seconds: float = WAIT_S):
    """A plain function (no yields to stop at) that runs on."""
    time.sleep(seconds)
    return "done"


def wait_for_gate(gate: Path) -> None:
    """Leave gate/started, then wait until the test creates gate/open."""
    (gate / "started").touch()
    deadline = time.monotonic() + WAIT_S
    while not (gate / "open").exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def gated_summary(office, *, gate: Path, **kwargs):
    """The real summary, once the test opens the gate."""
    wait_for_gate(gate)
    return statistics.build_summary(office, **kwargs)


def gated_summary_report(*args, gate: Path):
    """The real PDF, once the test opens the gate."""
    wait_for_gate(gate)
    return summary_report.write_summary_report(*args)


def slow_export(office, path: Path, k: int):
    """The real export after a long read (many progress steps to cancel at)."""
    for read in range(1000, 60000, 1000):
        time.sleep(0.02)
        yield read
    return (yield from anonymised_export.export_steps(office, path, k))


def gated_export(office, path: Path, k: int, *, gate: Path):
    """The real export (200 cases: no progress step), once the test opens the gate."""
    wait_for_gate(gate)
    return (yield from anonymised_export.export_steps(office, path, k))


def export_killed_while_writing(office, path: Path, k: int, *, gate: Path):
    """Writes half a file where an export would, then waits to be killed."""
    partial_path(path).write_text("half a row", encoding="utf-8")
    yield 1000
    wait_for_gate(gate)
    return None
