"""The lock always wins: idle time, sleep, screen lock; dialogs closed; no case data left."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.conftest import ADMIN, ADMIN_PASSWORD, CANARY_NAME
from tests.ui.lock_fixtures import FakeClock, flush_deletions, make_window, pass_time, texts
from tipdesk.services import audit_log
from tipdesk.services import office as office_service
from tipdesk.services import settings as settings_service
from tipdesk.services.audit_log import AuditFilter
from tipdesk.ui.home_page import HomePage
from tipdesk.ui.sections import Section


class CanaryPage(QWidget):
    """A case screen stand-in: a name typed, a note, and a dialog of its own."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.name_edit = QLineEdit(CANARY_NAME)
        self.note_edit = QPlainTextEdit(f"Met {CANARY_NAME} at the bus station")
        self.label = QLabel(f"Case of {CANARY_NAME}")
        layout = QVBoxLayout(self)
        for widget in (self.name_edit, self.note_edit, self.label):
            layout.addWidget(widget)
        self.dialog = None

    def open_dialog(self):
        self.dialog = QDialog(self)
        field = QLineEdit(CANARY_NAME, self.dialog)
        field.setAccessibleName("Name")
        self.dialog.setWindowTitle(f"Edit {CANARY_NAME}")
        self.dialog.open()
        return self.dialog


SECTIONS = [Section("home", "Home", HomePage), Section("canary", "Canary", CanaryPage)]


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, runner, settings, clock):
    return make_window(qtbot, runner, settings, clock, SECTIONS)


def audit_actions(db_path):
    again = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        return [row.action for row in reversed(audit_log.list_events(again, AuditFilter()))]
    finally:
        again.lock()


def test_idle_time_locks_after_the_office_setting_and_not_before(
    qtbot, window, admin_office, db_path, clock
):
    settings_service.update_settings(admin_office, idle_lock_minutes=2)
    window.open_office(admin_office)
    window.show()
    assert window.idle_watch.running and window.idle_watch.limit == 120
    with qtbot.assertNotEmitted(window.locked):
        assert pass_time(window.idle_watch, clock, 115) is None
    assert window.office is admin_office
    with qtbot.waitSignal(window.locked, timeout=2000):
        assert pass_time(window.idle_watch, clock, 5) == "idle"
    assert not admin_office.is_open and window.office is None
    assert window.lock_cause == "idle"
    assert not window.idle_watch.running
    actions = audit_actions(db_path)
    assert "session.auto-lock" in actions[-3:]


def test_typing_in_the_window_keeps_it_open(qtbot, window, admin_office, clock):
    window.open_office(admin_office)
    window.show()
    window.show_section("canary")
    edit = window.page("canary").name_edit
    for _ in range(4):
        assert pass_time(window.idle_watch, clock, 200) is None
        qtbot.keyClicks(edit, "x")
    assert window.office is admin_office
    assert pass_time(window.idle_watch, clock, 300) == "idle"
    assert window.office is None


def test_a_sleep_past_the_idle_time_locks(qtbot, window, admin_office, clock):
    window.open_office(admin_office)
    window.show()
    assert pass_time(window.idle_watch, clock, 30) is None
    clock.advance(20 * 60, session_clock_counts=False)
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.idle_watch.check()
    assert window.lock_cause == "sleep"
    assert not admin_office.is_open


def test_the_desktop_screen_lock_locks(qtbot, window, admin_office):
    window.open_office(admin_office)
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.screen_lock._screensaver(True)
    assert window.lock_cause == "screen"
    assert not admin_office.is_open


class StubbornDialog(QDialog):
    """A dialog that refuses Escape and Cancel (busy, or asking to confirm)."""

    def reject(self):
        pass


def test_lock_closes_a_dialog_that_refuses_to_close_and_still_locks(
    qtbot, window, admin_office, clock
):
    window.open_office(admin_office)
    window.show()
    stubborn = StubbornDialog(window)
    stubborn.open()
    stubborn.reject()
    assert stubborn.isVisible()
    about = window.show_about()
    with qtbot.waitSignal(window.locked, timeout=2000):
        pass_time(window.idle_watch, clock, 301)
    assert not stubborn.isVisible() and not about.isVisible()
    assert stubborn.result() == QDialog.DialogCode.Rejected
    assert not admin_office.is_open


def test_lock_ends_a_message_box_waiting_in_exec(qtbot, window, admin_office, clock):
    window.open_office(admin_office)
    window.show()
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Close the case?",
        f"Close {CANARY_NAME}?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setEscapeButton(None)  # no escape button: a plain close() would be ignored

    def idle_lock():
        clock.advance(301)
        window.idle_watch.check()

    QTimer.singleShot(50, idle_lock)
    answer = box.exec()  # a nested event loop, as a page's code might run one
    assert answer != QMessageBox.StandardButton.Yes
    assert window.office is None and not admin_office.is_open
    flush_deletions()
    assert not any(
        w.isVisible() and isinstance(w, QMessageBox) for w in QApplication.topLevelWidgets()
    )


def test_after_lock_no_widget_holds_case_data(qtbot, window, admin_office):
    window.open_office(admin_office)
    window.show()
    window.show_section("canary")
    page = window.page("canary")
    page.open_dialog()
    hidden = QDialog(window)  # a dialog of the window's own, closed but not deleted
    QLineEdit(CANARY_NAME, hidden)
    notice = QMessageBox(
        QMessageBox.Icon.Information,
        "Saved",
        f"{CANARY_NAME} saved.",
        QMessageBox.StandardButton.Ok,
        window,
    )
    notice.open()
    assert any(CANARY_NAME in text for text in texts(window))  # the test sees it while open
    assert admin_office.checked_out_connections() == 0
    window.lock()
    assert not admin_office.is_open
    assert admin_office.checked_out_connections() == 0
    leftovers = [text for text in texts(window) if CANARY_NAME in text]
    assert leftovers == []
    flush_deletions()
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert not [text for text in texts(top) if CANARY_NAME in text], top


def test_quit_ends_the_watch(qtbot, window, admin_office):
    window.open_office(admin_office)
    window.close()
    assert not window.idle_watch.running
    assert not admin_office.is_open
