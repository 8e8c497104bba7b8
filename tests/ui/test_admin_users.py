"""The Users tab: accounts added, disabled, enabled and reset through the GUI, for real."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from tests.ui.admin_fixtures import make_page, table_text
from tipdesk.errors import AuthenticationFailed
from tipdesk.services import office as office_service
from tipdesk.services import users

NEW_PASSWORD = "temporary phrase 42"


@pytest.fixture
def page(qtbot, admin_office, runner, settings):
    return make_page(qtbot, admin_office, runner, settings)


@pytest.fixture
def tab(page):
    return page.users_tab


@pytest.fixture
def yes(monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def shown_row(tab, username):
    rows = {row[0]: row for row in table_text(tab.table.model())}
    return rows.get(username)


def fill_add_dialog(qtbot, dialog, *, username="Fatou", password=NEW_PASSWORD, confirm=None):
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.display_edit, "Fatou Ndiaye")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("focal-point"))
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.confirm_edit, password if confirm is None else confirm)


def test_lists_the_accounts_with_plain_words(tab):
    assert shown_row(tab, "amina") == [
        "amina",
        "Amina Bello",
        "Administrator",
        "Active",
        "No",
        shown_row(tab, "amina")[5],
    ]
    assert shown_row(tab, "amina")[5] != "Never"  # the fixture signed in


def test_add_user_through_the_dialog_then_sign_in(qtbot, tab, db_path):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.isVisible()
    fill_add_dialog(qtbot, dialog)
    assert "Strength" in dialog.strength.label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_row(tab, "fatou") is not None, timeout=10000)
    assert shown_row(tab, "fatou") == [
        "fatou",
        "Fatou Ndiaye",
        "Focal point",
        "Active",
        "Yes",
        "Never",
    ]
    assert "'fatou' added" in tab.status.text() and not tab.status.is_error
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and let go)
    office = office_service.sign_in(db_path, "fatou", NEW_PASSWORD)
    try:
        assert office.user.role == "focal-point"
        assert office.user.must_change_password
    finally:
        office.lock()


def test_add_dialog_refuses_mismatch_and_weak_passwords(qtbot, tab, admin_office):
    dialog = tab.add_user()
    fill_add_dialog(qtbot, dialog, confirm=NEW_PASSWORD + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_error.isVisible() and "not the same" in dialog.confirm_error.text()
    dialog.password_edit.clear()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "fatou-1234567")
    qtbot.keyClicks(dialog.confirm_edit, "fatou-1234567")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "do not include the user name" in dialog.password_error.text()
    assert dialog.isVisible() and not dialog.busy
    assert [u.username for u in users.list_users(admin_office)] == ["amina"]


def test_taken_user_name_is_reported_in_the_dialog(qtbot, tab):
    dialog = tab.add_user()
    fill_add_dialog(qtbot, dialog, username="AMINA")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=10000)
    assert "'amina' is taken" in dialog.message_label.text()
    assert dialog.isVisible()


def test_disable_then_enable_with_a_new_password(qtbot, tab, admin_office, db_path, yes):
    users.add_user(admin_office, "fatou", "Fatou Ndiaye", "officer", NEW_PASSWORD)
    tab.refresh()
    assert tab.select("fatou")
    assert tab.disable_button.isEnabled() and not tab.enable_button.isEnabled()
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    assert "Disable the account 'fatou'" in yes[0]
    qtbot.waitUntil(lambda: shown_row(tab, "fatou")[3] == "Disabled", timeout=10000)
    assert "'fatou' disabled" in tab.status.text()
    with pytest.raises(AuthenticationFailed):
        office_service.sign_in(db_path, "fatou", NEW_PASSWORD)

    assert tab.selected().username == "fatou" and tab.enable_button.isEnabled()
    qtbot.mouseClick(tab.enable_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.keyClicks(dialog.password_edit, "another phrase 77")
    qtbot.keyClicks(dialog.confirm_edit, "another phrase 77")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_row(tab, "fatou")[3] == "Active", timeout=10000)
    assert "'fatou' enabled" in tab.status.text()
    office_service.sign_in(db_path, "fatou", "another phrase 77").lock()


def test_declining_the_question_disables_nothing(qtbot, tab, admin_office, monkeypatch):
    users.add_user(admin_office, "fatou", "Fatou Ndiaye", "officer", NEW_PASSWORD)
    tab.refresh()
    tab.select("fatou")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    assert tab.task is None
    assert shown_row(tab, "fatou")[3] == "Active"


def test_signed_in_admin_cannot_disable_themself(qtbot, tab, yes):
    tab.select("amina")
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.is_error, timeout=10000)
    assert "cannot disable your own account" in tab.status.text()
    assert shown_row(tab, "amina")[3] == "Active"


def test_reset_password(qtbot, tab, admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou Ndiaye", "officer", NEW_PASSWORD)
    tab.refresh()
    tab.select("fatou")
    dialog = tab.reset_password()
    qtbot.keyClicks(dialog.password_edit, "reset phrase 2026")
    qtbot.keyClicks(dialog.confirm_edit, "reset phrase 2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was reset" in tab.status.text(), timeout=10000)
    with pytest.raises(AuthenticationFailed):
        office_service.sign_in(db_path, "fatou", NEW_PASSWORD)
    office_service.sign_in(db_path, "fatou", "reset phrase 2026").lock()


def test_user_table_model_without_widgets(qapp):
    from datetime import datetime

    from tipdesk.services.users import UserSummary
    from tipdesk.ui.user_table_model import SORT_ROLE, UserTableModel

    model = UserTableModel()
    model.set_users(
        [
            UserSummary(
                "amina", "Amina Bello", "administrator", True, False, datetime(2026, 1, 2, 3, 4)
            ),
            UserSummary("jean", "Jean Mbarga", "focal-point", False, True, None),
        ]
    )
    assert (model.rowCount(), model.columnCount()) == (2, 6)
    assert table_text(model)[1] == [
        "jean",
        "Jean Mbarga",
        "Focal point",
        "Disabled",
        "Yes",
        "Never",
    ]
    assert table_text(model)[0][5].startswith("2026-01-0")  # local time of 03:04 UTC
    assert model.index(0, 5).data(SORT_ROLE) > model.index(1, 5).data(SORT_ROLE)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Must change password"
    assert model.row_of("jean") == 1 and model.row_of("nobody") is None
