"""The main window over a signed-in office: Home, sections by role, menus, Lock, layout."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

import tipdesk
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tipdesk.models import AuditEvent
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.ui.main_window import MainWindow
from tipdesk.ui.sections import Section, default_sections


@pytest.fixture
def window(qtbot, runner, settings):
    main = MainWindow(runner, settings)
    qtbot.addWidget(main)
    return main


def labels_text(widget):
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_home_shows_office_user_role_and_database(qtbot, window, admin_office, db_path):
    window.open_office(admin_office)
    window.show()
    assert window.section_keys() == [
        "home",
        "cases",
        "referrals",
        "directory",
        "reports",
        "administration",
    ]
    home = window.page("home")
    assert window.stack.currentWidget() is home
    text = labels_text(home)
    assert "Maroua field office" in text
    assert "Cameroon (CMR)" in text
    assert "Amina Bello" in text and ADMIN in text
    assert "Administrator" in text
    assert str(db_path) in text
    status = window.office_status.text() + " " + window.user_status.text()
    assert "Maroua field office" in status and "Amina Bello" in status
    assert "Administrator" in status
    assert "Maroua field office" in window.windowTitle()


def _page(title):
    def build(context):
        return QLabel(f"{title} page for {context.office.user.username}")

    return build


SECTIONS = [
    default_sections()[0],  # Home; stand-ins for the rest
    Section("cases", "Cases", _page("Cases"), action="cases.view"),
    Section("directory", "Directory", _page("Directory"), action="directory.view"),
    Section("administration", "Administration", _page("Administration"), action="users.manage"),
]


def test_sections_a_role_may_not_use_are_hidden(qtbot, runner, settings, admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou Diallo", "focal-point", "Dakar-lagoon-2026")
    focal_point = office_service.sign_in(db_path, "fatou", "Dakar-lagoon-2026")
    main = MainWindow(runner, settings, SECTIONS)
    qtbot.addWidget(main)
    main.open_office(focal_point)
    assert main.section_keys() == ["home", "directory"]
    assert main.page("cases") is None
    assert not main.show_section("administration")
    assert main.show_section("directory")
    assert main.stack.currentWidget().text() == "Directory page for fatou"
    assert main.sidebar.currentItem().text() == "Directory"
    assert "Focal point" in labels_text(main.page("home"))
    main.lock()
    assert not focal_point.is_open


def test_an_administrator_sees_every_registered_section(qtbot, runner, settings, admin_office):
    main = MainWindow(runner, settings, SECTIONS)
    qtbot.addWidget(main)
    main.open_office(admin_office)
    assert main.section_keys() == ["home", "cases", "directory", "administration"]
    main.sidebar.setCurrentRow(3)
    assert main.stack.currentWidget() is main.page("administration")


def test_about_names_the_version_office_database_and_user(qtbot, window, admin_office, db_path):
    window.open_office(admin_office)
    about = window.show_about()
    text = about.text()
    assert "TIPDesk" in text
    assert tipdesk.__version__ in text
    assert "Maroua field office" in text and "Cameroon" in text
    assert str(db_path) in text
    assert "Amina Bello" in text and ADMIN in text


def test_lock_signs_out_and_clears_the_window(qtbot, window, admin_office, db_path):
    window.open_office(admin_office)
    window.show()
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    window.show_about()
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.lock_action.trigger()
    assert not admin_office.is_open
    assert window.office is None
    assert window.section_keys() == []
    assert window.stack.currentWidget() is window.locked_page
    assert "Maroua field office" not in labels_text(window)
    assert "Amina" not in window.user_status.text()
    assert window.windowTitle() == "TIPDesk"
    assert not window.lock_action.isEnabled() and not window.about_action.isEnabled()
    # The lock was recorded in the audit trail.
    again = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        with again.reading() as s:
            actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    finally:
        again.lock()
    assert actions[-2:] == ["session.lock", "session.sign-in"]


def test_quit_signs_out(qtbot, window, admin_office):
    window.open_office(admin_office)
    window.show()
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.quit_action.trigger()
    assert not admin_office.is_open
    assert window.office is None


def test_window_layout_is_restored_and_settings_hold_no_case_data(
    qtbot, runner, tmp_path, admin_office
):
    path = tmp_path / "layout.ini"
    first = MainWindow(runner, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.open_office(admin_office)
    first.show()
    first.resize(777, 555)
    first.close()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert sorted(settings.allKeys()) == [
        "main_window/geometry",
        "main_window/splitter",
        "main_window/state",
    ]
    again = MainWindow(runner, settings)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (777, 555)
    stored = path.read_bytes()
    assert b"Maroua" not in stored and b"amina" not in stored.lower()
