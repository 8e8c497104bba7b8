"""The background helper: results, errors and progress arrive on the GUI thread."""

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

from tipdesk.errors import BadInput
from tipdesk.ui.worker import Task


def _on_gui_thread(qapp):
    return QThread.currentThread() is qapp.thread()


def test_result_arrives_on_the_gui_thread(qtbot, qapp, runner):
    seen = {}

    def work(a, b):
        seen["worker_thread"] = threading.current_thread() is not threading.main_thread()
        return a + b

    task = runner.start(work, 2, b=3)
    task.succeeded.connect(lambda value: seen.update(value=value, gui=_on_gui_thread(qapp)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker_thread": True, "value": 5, "gui": True}
    assert not runner.busy


def test_error_arrives_as_the_exception(qtbot, runner):
    def work():
        raise BadInput("The file is missing.")

    task = runner.start(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, BadInput)
    assert str(error) == "The file is missing."
    assert error.__traceback__ is None  # no frames (and their passwords) kept alive


def test_generator_reports_progress_and_its_return_value(qtbot, runner):
    def work():
        yield from range(3)
        return "done"

    task = runner.start(work)
    progress = []
    task.progress.connect(progress.append)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert progress == [0, 1, 2]
    assert blocker.args == ["done"]


def test_cancel_stops_a_generator_at_its_next_yield(qtbot, runner):
    gate = threading.Event()
    reached = []

    def work():
        yield "started"
        gate.wait(5)
        reached.append("after the gate")
        yield "second"
        reached.append("never")
        return "finished"

    task = runner.start(work)
    with qtbot.waitSignal(task.progress, timeout=5000):
        pass
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert type(blocker.args[0]).__name__ == "TaskCancelled"
    assert "never" not in reached


def test_a_finished_task_is_deleted_on_the_window_thread_with_its_work(qtbot, runner):
    class Held(QObject):  # a Qt object the work holds, as a table model's loader does
        pass

    held = [Held() for _ in range(20)]
    tasks = [runner.start(lambda h=h: str(h)) for h in held]
    del held  # from now on only the tasks hold them
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert all(task.done and not shiboken6.isValid(task) for task in tasks)
    assert not [child for child in runner.children() if isinstance(child, Task)]
