"""Work in a child process: the same signals as a thread, cancel, errors, a killed child."""

import pytest
from PySide6.QtCore import QThread

from tests import process_jobs
from tests.conftest import ADMIN
from tipdesk import i18n
from tipdesk.errors import BadInput, TipdeskError
from tipdesk.ui import process_task
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.worker import TaskCancelled

SPAWN_MS = 30000  # a child takes about a second to start; a loaded machine, more


def outcome(qtbot, task):
    """(ok, value) of the task once it has finished, with every progress value on the way."""
    seen = {"progress": []}
    task.progress.connect(seen["progress"].append)
    task.succeeded.connect(lambda value: seen.update(ok=True, value=value))
    task.failed.connect(lambda exc: seen.update(ok=False, value=exc))
    with qtbot.waitSignal(task.finished, timeout=SPAWN_MS):
        pass
    return seen


def test_progress_and_result_arrive_on_the_gui_thread(qtbot, qapp, runner, admin_office):
    task = runner.start_in_process(process_jobs.count_users, admin_office, 3)
    on_gui = []
    task.progress.connect(lambda _v: on_gui.append(QThread.currentThread() is qapp.thread()))
    assert runner.busy
    seen = outcome(qtbot, task)
    assert seen["progress"] == [0, 1, 2] and all(on_gui)
    assert seen == {
        "progress": [0, 1, 2],
        "ok": True,
        "value": {"user": ADMIN, "office": "Maroua field office", "users": 1},
    }
    assert task.done and not task.cancelled
    assert runner.wait(SPAWN_MS) and not runner.busy
    assert admin_office.is_open  # the child's office is its own


def test_the_key_reaches_the_child_by_pipe_only_and_nothing_lands_in_plaintext(
    qtbot, runner, admin_office, tmp_path
):
    before = {path.name for path in tmp_path.iterdir()}
    seen = outcome(qtbot, runner.start_in_process(process_jobs.where_the_key_is, admin_office))
    assert seen["value"] == {
        "on the command line": False,
        "in the environment": False,
        "opened": True,
        "Qt loaded": False,
    }
    runner.wait(SPAWN_MS)
    new = {path.name for path in tmp_path.iterdir()} - before
    assert all(name.startswith("office.tipdesk") for name in new), new  # WAL and shm only
    for path in tmp_path.iterdir():
        if path.name.startswith("office.tipdesk") and path.is_file():
            assert b"Maroua field office" not in path.read_bytes()  # encrypted, WAL included


def test_cancel_removes_the_partial_file_and_reports_cancelled(
    qtbot, runner, admin_office, tmp_path
):
    out = tmp_path / "partial.csv"
    task = runner.start_in_process(process_jobs.write_in_steps, admin_office, out)
    with qtbot.waitSignal(task.progress, timeout=SPAWN_MS):
        pass
    assert out.exists()  # the child is writing it
    task.cancel()
    seen = outcome(qtbot, task)
    assert seen["ok"] is False and isinstance(seen["value"], TaskCancelled)
    assert task.cancelled and len(seen["progress"]) < 1500
    runner.wait(SPAWN_MS)
    assert not out.exists()  # the function's own clean-up ran in the child


def test_a_failure_arrives_as_its_exception_in_the_users_language(qtbot, runner, admin_office):
    i18n.use_language("fr")
    seen = outcome(qtbot, runner.start_in_process(process_jobs.refuse, admin_office))
    error = seen["value"]
    assert isinstance(error, BadInput) and error.__traceback__ is None
    assert describe_error(error) == "k doit être compris entre 2 et 100."


def test_an_error_that_cannot_travel_keeps_its_message_or_its_name(qtbot, runner, admin_office):
    sent = outcome(qtbot, runner.start_in_process(process_jobs.fail_unsendable, admin_office))
    assert isinstance(sent["value"], TipdeskError)
    assert describe_error(sent["value"]) == (
        "The directory file is locked by another program. Close it and try again."
    )
    strange = outcome(qtbot, runner.start_in_process(process_jobs.fail_strangely, admin_office))
    text = describe_error(strange["value"])
    assert "Something unexpected went wrong (_Strange)" in text and "Try again" in text
    assert "Quixotefeather" not in text  # any other error's text may quote case data


def test_a_killed_child_is_reported_not_waited_for(qtbot, runner, admin_office):
    task = runner.start_in_process(process_jobs.hang, admin_office)
    with qtbot.waitSignal(task.progress, timeout=SPAWN_MS):
        pass
    task.process.kill()
    seen = outcome(qtbot, task)
    assert isinstance(seen["value"], process_task.BackgroundWorkStopped)
    text = describe_error(seen["value"])
    assert "stopped before it finished" in text and "Try again" in text


@pytest.mark.parametrize("work", ["hang", "busy_without_steps"])
def test_locking_the_office_stops_its_child(qtbot, runner, admin_office, monkeypatch, work):
    """The key must not outlive the lock: a generator is cancelled, anything else stopped."""
    monkeypatch.setattr(process_task, "STOP_GRACE_S", 0.2)
    task = runner.start_in_process(getattr(process_jobs, work), admin_office)
    qtbot.waitUntil(lambda: bool(task.process and task.process.pid), timeout=SPAWN_MS)
    admin_office.lock()
    seen = outcome(qtbot, task)
    assert isinstance(seen["value"], TaskCancelled)
    assert runner.wait(SPAWN_MS)
