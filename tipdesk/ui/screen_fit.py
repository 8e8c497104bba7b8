"""Windows that fit the screen they open on, down to a 1366x768 laptop at 150 % scaling.

Sizes here are Qt's logical pixels: at 125 % a 1366x768 screen is 1093x614 of them, at 150 %
910x512, less the task bar. A window asks for its comfortable size and gets at most what the
screen has (`fit_to_screen`); a page that can be longer than that scrolls (`scrolling`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room the window manager takes around a window, in logical pixels: the title bar (about 31 on
# Windows 10 and 11 at any scale) and the borders.
TITLE_BAR = 32
BORDERS = 8

# The smallest screens TIPDesk is made for: a 1366x768 laptop at 100, 125 and 150 % scaling,
# in logical pixels, less a 40-pixel (physical) task bar.
SMALLEST_SCREENS = {
    "1366x768 at 100 %": QSize(1366, 728),
    "1366x768 at 125 %": QSize(1093, 582),
    "1366x768 at 150 %": QSize(910, 485),
}


def window_room(available: QSize) -> QSize:
    """What a window's own area may take of a screen's `available` size (frame left out)."""
    return QSize(available.width() - BORDERS, available.height() - TITLE_BAR - BORDERS)


def fits(window: QWidget, available: QSize) -> bool:
    """Whether `window`, at its smallest, fits on a screen with `available` room."""
    room = window_room(available)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    return smallest.width() <= room.width() and smallest.height() <= room.height()


def fit_to_screen(window: QWidget, width: int, height: int) -> QSize:
    """Give `window` its comfortable `width` x `height`, or less on a smaller screen (never
    less than it needs); returns the size given."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = window_room(screen.availableGeometry().size()) if screen else QSize(width, height)
    size = QSize(min(width, room.width()), min(height, room.height()))
    window.resize(size.expandedTo(window.minimumSizeHint()))
    return window.size()


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: as large as the window allows, scrolled on a
    small screen. The area is no Tab stop: it follows the focus from field to field."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
