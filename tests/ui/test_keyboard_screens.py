"""The case list, a form dialog and the application's shortcuts, used with the keyboard alone."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.conftest import ADMIN
from tests.ui.case_fixtures import listed, register
from tests.ui.keyboard_driver import (
    activate,
    alt,
    ctrl,
    focused,
    press,
    signed_in_window,
    tab_to,
    type_text,
)
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.ui import shortcuts
from tipdesk.ui.admin.user_dialogs import AddUserDialog
from tipdesk.ui.cases.case_file_view import CaseFileDialog

ENTER, ESC, DOWN = Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Down


@pytest.fixture
def window(qtbot, runner, settings, admin_office):
    main = signed_in_window(qtbot, runner, settings, admin_office)
    yield main
    main.close()


def open_case_files() -> list[CaseFileDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CaseFileDialog) and w.isVisible()  # not one an earlier test closed
    ]


def test_case_list_search_move_and_open_with_keys(qtbot, admin_office, runner, settings):
    codes = [register(admin_office) for _ in range(3)]
    window = signed_in_window(qtbot, runner, settings, admin_office)
    page = window.page("cases")
    ctrl("2")  # Cases
    ctrl("f")  # the search field, its text selected
    assert focused() is page.search_edit
    type_text(codes[2])
    press(ENTER)  # search now, without waiting for the typing pause
    assert listed(qtbot, page).model.rowCount() == 1
    ctrl("a")
    type_text("CMR-")
    press(ENTER)
    assert listed(qtbot, page).model.rowCount() == 3
    tab_to(page.table)
    first = page.table.currentIndex().row()
    press(DOWN)  # the next case in the list
    row = page.table.currentIndex().row()
    assert row == first + 1
    wanted = page.model.case_at(row).code
    earlier = open_case_files()  # windows other tests left open do not count
    press(ENTER)  # opens the selected case (read on a worker thread)
    qtbot.waitUntil(lambda: wanted in page.case_files, timeout=10_000)
    opened = [dialog for dialog in open_case_files() if dialog not in earlier]
    assert [dialog.code for dialog in opened] == [wanted]
    case_file = opened[0]
    qtbot.addWidget(case_file, before_close_func=lambda w: w.discard_unsaved())
    activate(case_file)
    ctrl(Qt.Key.Key_Tab)  # Ctrl+Tab: the next tab of the case file
    assert case_file.tab_widget.currentWidget() is case_file.safety_tab
    press(ESC)  # nothing typed: Esc closes the case file at once
    assert not case_file.isVisible()
    window.close()


def test_adding_an_account_from_the_keyboard(qtbot, window, admin_office):
    ctrl(str(window.section_keys().index("administration") + 1))
    admin = window.page("administration")
    assert window.stack.currentWidget() is admin
    alt("a")  # Add user…
    dialog = admin.users_tab.dialog
    assert isinstance(dialog, AddUserDialog) and dialog.isVisible()
    activate(dialog)
    alt("u")
    type_text("moussa")
    alt("f")
    type_text("Moussa Ngono")
    alt("o")  # Role: a combo box chosen by typing
    type_text("Focal")
    alt("t")
    type_text("Mokolo-market-2026")
    alt("r")
    type_text("Mokolo-market-2026")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        press(ENTER)  # the default button: Add user
    added = {u.username: u for u in users.list_users(admin_office)}["moussa"]
    assert added.display_name == "Moussa Ngono" and added.role == "focal-point"

    activate(window)
    alt("a")
    second = admin.users_tab.dialog
    activate(second)
    type_text("nobody")
    press(ESC)  # Cancel: nothing is added
    assert second.result() == QDialog.DialogCode.Rejected
    assert "nobody" not in {u.username for u in users.list_users(admin_office)}


def test_section_keys_search_and_the_shortcut_list(qtbot, window):
    keys = window.section_keys()
    for number, key in enumerate(keys, start=1):
        ctrl(str(number))
        assert window.stack.currentWidget() is window.page(key)
    ctrl(str(keys.index("directory") + 1))
    ctrl("f")
    assert focused() is window.page("directory").services_tab.filters.search_edit
    ctrl("1")  # Home has no search field: the status bar says so
    ctrl("f")
    assert "no search field" in window.statusBar().currentMessage()

    press(Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    listed = {(keys_text, does) for _, keys_text, does in dialog.rows()}
    assert ("Ctrl+N", "Register a new case") in listed
    assert ("Ctrl+L", "Lock TIPDesk (when you step away)") in listed
    assert ("Ctrl+2", "Show the section Cases") in listed  # the sections this user sees
    assert ("Alt+N", "Next page") in listed  # from the wizard's own button caption
    for action in (window.new_case_action, window.lock_action, window.find_action):
        text = action.shortcut().toString()
        assert any(text == keys_text for keys_text, _ in listed), text
    assert window.shortcuts_action.shortcut() == shortcuts.HELP.sequence()
    activate(dialog)
    with qtbot.waitSignal(dialog.rejected):
        press(ESC)


def test_new_case_is_not_offered_to_a_focal_point(qtbot, runner, settings, admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou Diallo", "focal-point", "Dakar-lagoon-2026")
    focal = office_service.sign_in(db_path, "fatou", "Dakar-lagoon-2026")
    window = signed_in_window(qtbot, runner, settings, focal)
    assert window.office.user.username != ADMIN
    assert not window.new_case_action.isEnabled()
    ctrl("n")
    assert window.page("cases") is None or window.page("cases").wizard is None
    window.close()
