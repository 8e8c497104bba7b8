"""The idle watch on a clock moved by hand: idle time, input, sleep gaps."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.lock_fixtures import FakeClock, pass_time
from tipdesk.ui.idle_watch import IdleWatch, session_clock


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def watch(qapp, clock):
    idle = IdleWatch(now=clock.now, wall=clock.wall)
    yield idle
    idle.stop()


def test_locks_after_the_idle_time_and_not_before(qtbot, watch, clock):
    watch.start(5)
    with qtbot.assertNotEmitted(watch.timed_out):
        assert pass_time(watch, clock, 295) is None
    assert watch.idle_seconds() == 295
    with qtbot.waitSignal(watch.timed_out, timeout=1000) as blocker:
        assert pass_time(watch, clock, 5) == "idle"
    assert blocker.args == ["idle"]
    assert not watch.running  # one lock per session: it stops itself
    assert pass_time(watch, clock, 600) is None


def test_keyboard_and_mouse_input_reset_it(qtbot, watch, clock):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watch.start(5)
    assert pass_time(watch, clock, 250) is None
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert watch.idle_seconds() == 0
    assert pass_time(watch, clock, 250) is None
    point = QPointF(5, 5)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        point,
        point,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit, press)
    assert pass_time(watch, clock, 295) is None
    QApplication.sendEvent(
        edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b")
    )
    assert pass_time(watch, clock, 299) is None
    assert pass_time(watch, clock, 1) == "idle"


def test_events_that_are_not_input_do_not_count(qtbot, watch, clock):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    watch.start(1)
    assert pass_time(watch, clock, 50) is None
    edit.show()
    edit.setText("repaint, resize, focus: not a person")
    edit.update()
    qtbot.wait(10)
    assert pass_time(watch, clock, 10) == "idle"


def test_a_sleep_longer_than_the_idle_time_locks_at_once(qtbot, watch, clock):
    watch.start(5)
    assert pass_time(watch, clock, 20) is None
    clock.advance(6 * 60)  # one look, six minutes late: the laptop was asleep
    with qtbot.waitSignal(watch.timed_out, timeout=1000) as blocker:
        watch.check()
    assert blocker.args == ["sleep"]


def test_a_sleep_the_session_clock_missed_is_seen_on_the_wall_clock(qtbot, watch, clock):
    watch.start(5)
    clock.advance(10 * 60, session_clock_counts=False)  # macOS-like: monotonic stood still
    assert watch.check() == "sleep"


def test_a_short_sleep_counts_as_time_without_input(qtbot, watch, clock):
    watch.start(5)
    assert pass_time(watch, clock, 100) is None
    clock.advance(150, session_clock_counts=False)  # under the idle time: no lock yet
    assert watch.check() is None
    assert watch.idle_seconds() == 250
    assert pass_time(watch, clock, 45) is None
    assert pass_time(watch, clock, 5) == "idle"


def test_input_after_a_short_sleep_starts_afresh(qtbot, watch, clock):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    watch.start(5)
    clock.advance(200, session_clock_counts=False)
    assert watch.check() is None
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert watch.idle_seconds() == 0
    assert pass_time(watch, clock, 295) is None


def test_stop_removes_the_filter_and_a_new_start_reads_the_new_limit(qtbot, watch, clock):
    watch.start(5)
    watch.stop()
    assert watch.check() is None
    watch.start(1)
    assert watch.limit == 60
    assert pass_time(watch, clock, 60) == "idle"


def test_the_default_clock_never_goes_back():
    first = session_clock()
    assert session_clock() >= first
