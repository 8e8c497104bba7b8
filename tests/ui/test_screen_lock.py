"""The desktop's screen lock and resume, heard over a private D-Bus (where one can be started)."""

import os
import shutil
import subprocess

import pytest

from tipdesk.ui.screen_lock import ScreenLockListener, login1_session_path


def test_session_paths_are_escaped_as_logind_does():
    assert login1_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"


def test_without_a_bus_nothing_is_subscribed_and_nothing_breaks(qapp, monkeypatch):
    if not ScreenLockListener.available():
        pytest.skip("QtDBus is not part of this Qt")
    from PySide6.QtDBus import QDBusConnection

    missing = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "tipdesk-missing")
    listener = ScreenLockListener(session_bus=missing, system_bus=missing)
    assert listener.start() == []


@pytest.fixture
def private_bus():
    if not (shutil.which("dbus-daemon") and shutil.which("dbus-send")):
        pytest.skip("dbus-daemon and dbus-send are needed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(5)


def send(address, path, member, *args):
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    subprocess.run(
        ["dbus-send", "--session", "--type=signal", path, member, *args], env=env, check=True
    )


def test_screen_saver_logind_lock_and_resume_are_heard(qtbot, private_bus):
    if not ScreenLockListener.available():
        pytest.skip("QtDBus is not part of this Qt")
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(private_bus, "tipdesk-test-bus")
    assert bus.isConnected()
    listener = ScreenLockListener(session_bus=bus, system_bus=bus)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in listener.start()
    with qtbot.assertNotEmitted(listener.screen_locked, wait=200):
        send(
            private_bus,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:false",
        )
    with qtbot.waitSignal(listener.screen_locked, timeout=3000):
        send(
            private_bus,
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver.ActiveChanged",
            "boolean:true",
        )
    with qtbot.waitSignal(listener.resumed, timeout=3000):
        send(
            private_bus,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:false",
        )
    QDBusConnection.disconnectFromBus("tipdesk-test-bus")
