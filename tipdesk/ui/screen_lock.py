"""Hearing that the desktop session locked its screen or the machine woke up (Linux, D-Bus).

Optional: where QtDBus cannot be imported, or there is no session or system bus (Windows,
macOS, a bare test machine), nothing is subscribed and the idle watch's gap check still
locks after a sleep longer than the idle time. Subscribed when a bus is there:

- session bus: `ActiveChanged(true)` of org.freedesktop.ScreenSaver / org.gnome.ScreenSaver
  (the screen saver or lock screen came on) -> `screen_locked`;
- system bus: logind's `Lock` for this session (XDG_SESSION_ID) -> `screen_locked`, and
  `PrepareForSleep(false)` (just woke up) -> `resumed`, so the gap check runs at once.
"""

from __future__ import annotations

import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot

try:  # PySide6-Essentials ships QtDBus on Linux; stay quiet anywhere it is missing
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - depends on the platform's wheel
    QDBusConnection = None  # type: ignore[assignment,misc]

LOGIN1 = "org.freedesktop.login1"
SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


def login1_session_path(session_id: str) -> str:
    """logind's object path for a session id (systemd's bus path escaping: "2" -> "_32")."""
    escaped = "".join(
        ch if ch.isascii() and ch.isalnum() and not (i == 0 and ch.isdigit()) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return "/org/freedesktop/login1/session/" + (escaped or "_")


class ScreenLockListener(QObject):
    """Signals `screen_locked` and `resumed` from D-Bus, where there is one."""

    screen_locked = Signal()
    resumed = Signal()

    def __init__(self, parent: QObject | None = None, *, session_bus=None, system_bus=None):
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self.subscriptions: list[str] = []

    @staticmethod
    def available() -> bool:
        return QDBusConnection is not None

    def start(self) -> list[str]:
        """Subscribe to what the buses offer; the names of the signals now heard."""
        if QDBusConnection is None or self.subscriptions:
            return self.subscriptions
        session = self._session_bus or QDBusConnection.sessionBus()
        system = self._system_bus or QDBusConnection.systemBus()
        if session.isConnected():
            for interface in SCREENSAVER_INTERFACES:
                self._subscribe(session, "", interface, "ActiveChanged", "_screensaver(bool)")
        if system.isConnected():
            session_id = os.environ.get("XDG_SESSION_ID", "")
            path = login1_session_path(session_id) if session_id else ""
            self._subscribe(system, path, LOGIN1 + ".Session", "Lock", "_session_lock()")
            self._subscribe(
                system,
                "/org/freedesktop/login1",
                LOGIN1 + ".Manager",
                "PrepareForSleep",
                "_prepare_for_sleep(bool)",
            )
        return self.subscriptions

    def _subscribe(self, bus, path: str, interface: str, name: str, slot: str) -> None:
        if bus.connect("", path, interface, name, self, SLOT(slot)):
            self.subscriptions.append(f"{interface}.{name}")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        self.screen_locked.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.resumed.emit()
