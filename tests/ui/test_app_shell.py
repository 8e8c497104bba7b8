"""The whole GUI flow: first start, set-up, sign-in, main window, Lock, sign-in again, Quit."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tipdesk.store.keyslots import keys_path_for
from tipdesk.ui.app import Shell, run
from tipdesk.ui.unlock_dialog import UnlockDialog


@pytest.fixture
def make_shell(qtbot, runner, settings):
    shells = []

    def make(db_path):
        shell = Shell(db_path, settings, runner)
        qtbot.addWidget(shell.main_window)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        for dialog in (shell.setup_dialog, shell.unlock_dialog):
            if dialog is not None:
                dialog.done(QDialog.DialogCode.Rejected)
        shell.main_window.close()


def sign_in(qtbot, shell, password=ADMIN_PASSWORD):
    dialog = shell.unlock_dialog
    dialog.password_edit.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: shell.main_window.office is not None, timeout=15000)


def home_text(shell):
    return "\n".join(label.text() for label in shell.main_window.page("home").findChildren(QLabel))


def test_first_start_sets_up_then_signs_in_then_locks(qtbot, tmp_path, make_shell):
    db_path = tmp_path / "data" / "TIPDesk" / "office.tipdesk"
    shell = make_shell(db_path)
    shell.start()
    setup = shell.setup_dialog
    assert setup is not None and setup.isVisible()
    assert db_path.parent.is_dir()  # made for the new database
    assert shell.unlock_dialog is None and not shell.main_window.isVisible()

    setup.office_edit.setText("Maroua field office")
    setup.country_combo.setEditText("Cameroon")
    setup.username_edit.setText(ADMIN)
    setup.display_edit.setText("Amina Bello")
    setup.password_edit.setText(ADMIN_PASSWORD)
    setup.confirm_edit.setText(ADMIN_PASSWORD)
    setup.create_button.click()
    qtbot.waitUntil(lambda: setup.recovery_page is not None, timeout=15000)
    assert db_path.exists() and keys_path_for(db_path).exists()
    page = setup.recovery_page
    setup.reject()  # Escape before the code is kept: refused, with a reminder
    assert setup.isVisible()
    assert "will not be shown again" in page.status_label.text()
    page.confirm_box.setChecked(True)
    page.continue_button.click()

    unlock = shell.unlock_dialog
    assert shell.setup_dialog is None
    assert unlock is not None and unlock.isVisible()
    assert unlock.username_edit.text() == ADMIN
    assert "office is ready" in unlock.notice_label.text()

    sign_in(qtbot, shell)
    main = shell.main_window
    assert main.isVisible()
    assert shell.unlock_dialog is None
    assert "Maroua field office" in home_text(shell)
    assert "Amina Bello" in home_text(shell)

    office = main.office
    main.lock_action.trigger()
    assert not office.is_open
    assert main.office is None
    relock = shell.unlock_dialog
    assert relock is not None and relock.isVisible()
    assert relock.parent() is main
    assert "locked" in relock.notice_label.text()
    assert relock.username_edit.text() == ADMIN  # remembered, not the password
    assert relock.password_edit.text() == ""

    sign_in(qtbot, shell)
    assert main.office is not None and main.office is not office
    assert "Maroua field office" in home_text(shell)

    with qtbot.waitSignal(shell.finished, timeout=2000) as blocker:
        main.quit_action.trigger()
    assert blocker.args == [0]


def test_later_starts_ask_for_the_password(qtbot, new_office, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    assert shell.setup_dialog is None
    assert shell.unlock_dialog is not None and shell.unlock_dialog.isVisible()


def test_a_key_file_without_its_database_is_not_set_up_again(
    qtbot, new_office, db_path, make_shell
):
    db_path.unlink()
    shell = make_shell(db_path)
    shell.start()
    assert shell.setup_dialog is None
    assert shell.unlock_dialog is not None


def test_quit_at_sign_in_ends_the_application(qtbot, new_office, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    with qtbot.waitSignal(shell.finished, timeout=2000) as blocker:
        shell.unlock_dialog.quit_button.click()
    assert blocker.args == [0]
    assert not shell.main_window.isVisible()


def test_cancel_at_set_up_ends_the_application_and_creates_nothing(qtbot, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    with qtbot.waitSignal(shell.finished, timeout=2000):
        shell.setup_dialog.reject()
    assert not db_path.exists() and not keys_path_for(db_path).exists()


def test_run_returns_the_exit_code(qtbot, new_office, db_path):
    app = QApplication.instance()

    def quit_at_sign_in():
        for widget in app.topLevelWidgets():
            if isinstance(widget, UnlockDialog) and widget.isVisible():
                widget.quit_button.click()
                return
        QTimer.singleShot(20, quit_at_sign_in)

    QTimer.singleShot(0, quit_at_sign_in)
    try:
        assert run(db_path) == 0
        assert app.organizationName() == "TIPDesk"
        assert app.applicationName() == "TIPDesk"
    finally:
        app.setQuitOnLastWindowClosed(True)
