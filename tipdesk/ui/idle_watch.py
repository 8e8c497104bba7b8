"""Auto-lock timing: nobody touched the keyboard, mouse or screen, or the laptop slept.

An application-wide event filter notes the time of every input event; a timer looks every few
seconds. Two clocks are read at each look: the session clock `now` (by default one that keeps
counting while the machine sleeps where the system offers it: CLOCK_BOOTTIME on Linux,
`time.monotonic` elsewhere, which counts sleep on Windows) and the wall clock `wall`. A look
that comes much later than planned on either clock means the machine slept (or the process
was stopped): a gap of at least the idle time locks at once ("sleep"); a shorter one counts as
time without input. Both clocks are attributes, so a test drives them by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_Type = QEvent.Type
INPUT_EVENTS = frozenset(
    {
        _Type.KeyPress,
        _Type.KeyRelease,
        _Type.ShortcutOverride,
        _Type.MouseButtonPress,
        _Type.MouseButtonRelease,
        _Type.MouseButtonDblClick,
        _Type.MouseMove,
        _Type.HoverMove,
        _Type.Wheel,
        _Type.TouchBegin,
        _Type.TouchUpdate,
        _Type.TouchEnd,
        _Type.TabletPress,
        _Type.TabletMove,
        _Type.InputMethod,
    }
)
CHECK_INTERVAL_MS = 5000


def session_clock() -> float:
    """Seconds from an arbitrary start that never go back and, where possible, count sleep."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class IdleWatch(QObject):
    """Emits `timed_out("idle")` after the idle time without input, `("sleep")` after a sleep."""

    timed_out = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], float] = session_clock,
        wall: Callable[[], float] = time.time,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.now = now
        self.wall = wall
        self.limit = 300.0  # seconds; set by start()
        self.running = False
        self._last_input = self._tick_now = self._tick_wall = 0.0
        self._unseen = 0.0  # wall-clock time the session clock did not count (asleep)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self, minutes: float) -> None:
        """Watch from now on, locking after `minutes` without input."""
        self.limit = max(1.0, float(minutes) * 60.0)
        self._tick_now, self._tick_wall = self.now(), self.wall()
        self._last_input, self._unseen = self._tick_now, 0.0
        if not self.running:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.running = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.running:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.running = False

    def touch(self) -> None:
        """Count as user activity now (every input event does this)."""
        self._last_input = self.now()
        self._unseen = 0.0

    def idle_seconds(self) -> float:
        """Seconds since the last input, including any sleep noticed since."""
        return max(0.0, self.now() - self._last_input) + self._unseen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.running and event.type() in INPUT_EVENTS:
            self.touch()
        return False  # only watching: every event goes on to its widget

    def check(self) -> str | None:
        """Look now (the timer calls this); emit `timed_out` and stop if it is time to lock."""
        if not self.running:
            return None
        now, wall = self.now(), self.wall()
        clock_gap, wall_gap = now - self._tick_now, wall - self._tick_wall
        input_since_last_look = self._last_input > self._tick_now
        self._tick_now, self._tick_wall = now, wall
        if not input_since_last_look:
            self._unseen += max(0.0, wall_gap - clock_gap)
        reason = None
        if max(clock_gap, wall_gap) >= self.limit:
            reason = "sleep"
        elif self.idle_seconds() >= self.limit:
            reason = "idle"
        if reason is not None:
            self.stop()
            self.timed_out.emit(reason)
        return reason
