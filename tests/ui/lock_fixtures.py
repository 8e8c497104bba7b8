"""Shared pieces of the auto-lock tests: a clock moved by hand, windows that use it, texts."""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QListWidget, QTreeWidget, QWidget

from tipdesk.ui.idle_watch import IdleWatch
from tipdesk.ui.main_window import MainWindow


class FakeClock:
    """A session clock and a wall clock that move only when told to."""

    def __init__(self) -> None:
        self.session = 5_000.0
        self.wall_time = 1_790_000_000.0

    def now(self) -> float:
        return self.session

    def wall(self) -> float:
        return self.wall_time

    def advance(self, seconds: float, *, session_clock_counts: bool = True) -> None:
        """Let time pass; `session_clock_counts=False` is a sleep the session clock misses."""
        self.wall_time += seconds
        if session_clock_counts:
            self.session += seconds


def pass_time(watch: IdleWatch, clock: FakeClock, seconds: float, step: float = 5.0):
    """Advance in timer-sized steps, looking at each; the first reason to lock, or None."""
    passed = 0.0
    while passed < seconds:
        tick = min(step, seconds - passed)
        clock.advance(tick)
        passed += tick
        reason = watch.check()
        if reason is not None:
            return reason
    return None


def make_window(qtbot, runner, settings, clock: FakeClock, sections=None) -> MainWindow:
    """A main window whose idle watch reads the fake clock."""
    watch = IdleWatch(now=clock.now, wall=clock.wall)
    window = MainWindow(runner, settings, sections, idle_watch=watch)
    qtbot.addWidget(window)
    return window


def flush_deletions() -> None:
    """Let Qt delete what was scheduled with deleteLater (pages, dialogs)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def texts(widget: QWidget) -> list[str]:
    """Every text a widget and its children show or hold: fields, labels, titles, list rows."""
    found = []
    for item in (widget, *widget.findChildren(QWidget)):
        for name in ("text", "toPlainText", "windowTitle", "currentText", "toolTip"):
            getter = getattr(item, name, None)
            if not callable(getter):
                continue
            try:
                value = getter()
            except TypeError:  # a method of that name that needs arguments
                continue
            if isinstance(value, str):
                found.append(value)
        if isinstance(item, QTreeWidget):
            for row in range(item.topLevelItemCount()):
                top = item.topLevelItem(row)
                found.extend(top.text(column) for column in range(top.columnCount()))
        if isinstance(item, QListWidget):
            found.extend(item.item(row).text() for row in range(item.count()))
    return found
