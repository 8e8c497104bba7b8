"""Through the whole shell: unlock after a lock, switch user, failed attempts audited,
a temporary password changed before anything else, the backup reminder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tipdesk.errors import AuthenticationFailed
from tipdesk.services import audit_log, users
from tipdesk.services import office as office_service
from tipdesk.services.audit_log import AuditFilter
from tipdesk.ui.app import Shell

TEMPORARY = "Temporary-pass-2026"
OWN = "Mandara-hills-at-dawn"


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
        if shell.unlock_dialog is not None:
            shell.unlock_dialog.done(QDialog.DialogCode.Rejected)
        shell.main_window.close()


@pytest.fixture
def fatou(admin_office):
    users.add_user(admin_office, "fatou", "Fatou Diallo", "officer", TEMPORARY)
    return "fatou"


def attempt(qtbot, shell, password, username=None):
    dialog = shell.unlock_dialog
    if username is not None:
        dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)
    return dialog


def sign_in(qtbot, shell, password=ADMIN_PASSWORD, username=None):
    attempt(qtbot, shell, password, username)
    main = shell.main_window
    qtbot.waitUntil(lambda: main.office is not None, timeout=15000)
    start = main.session_start
    qtbot.waitUntil(
        lambda: start.done or start.password_dialog is not None or start.backup_box is not None,
        timeout=5000,
    )
    return main


def events(db_path, action):
    """(username, record_ref) of the audit events whose action starts with `action`."""
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        rows = audit_log.list_events(office, AuditFilter(action=action))
        return [(row.username, row.action, row.record_ref) for row in reversed(rows)]
    finally:
        office.lock()


def test_failed_attempts_are_audited_at_the_next_success(qtbot, new_office, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    attempt(qtbot, shell, "not-the-password", username=ADMIN)
    attempt(qtbot, shell, ADMIN_PASSWORD, username="Nobody")
    assert shell.throttle.failed_usernames == [ADMIN, "Nobody"]
    main = sign_in(qtbot, shell, username=ADMIN)
    assert shell.throttle.failed_usernames == []
    failed = audit_log.list_events(main.office, AuditFilter(action="session.sign-in-failed"))
    assert sorted((row.username, row.record_ref) for row in failed) == [
        (None, "(unknown user name)"),
        (None, ADMIN),
    ]  # a name that is no account may be a mistyped password: it is not recorded

    main.lock()
    unlock = shell.unlock_dialog
    assert unlock.locked_user == ADMIN and unlock.username_edit.isReadOnly()
    assert unlock.switch_button.isVisible() and unlock.action == "session.unlock"
    attempt(qtbot, shell, "wrong-again-1")
    sign_in(qtbot, shell)
    main.close()
    actions = events(db_path, "session.")
    assert [a for _, a, _ in actions[-5:]] == [
        "session.lock",
        "session.sign-in-failed",
        "session.unlock",
        "session.sign-out",
        "session.sign-in",
    ]
    assert len([a for a in actions if a[1] == "session.sign-in-failed"]) == 3


def test_switch_user_after_a_lock(qtbot, new_office, db_path, make_shell, fatou):
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, username=ADMIN)
    main.session_start.backup_box.done(0)
    main.lock()
    unlock = shell.unlock_dialog
    unlock.switch_button.click()
    assert not unlock.username_edit.isReadOnly() and unlock.username_edit.text() == ""
    assert not unlock.switch_button.isVisible()
    assert unlock.action == "session.sign-in"
    sign_in(qtbot, shell, TEMPORARY, username="Fatou")
    assert main.office.user.username == "fatou"
    main.session_start.password_dialog.reject()  # cancel: signed out, asked again
    qtbot.waitUntil(lambda: shell.unlock_dialog is not None, timeout=2000)
    recorded = events(db_path, "session.")
    assert ("fatou", "session.sign-in", "fatou") in recorded
    assert ("fatou", "session.unlock", "fatou") not in recorded


def test_a_temporary_password_must_be_changed_first(qtbot, new_office, db_path, make_shell, fatou):
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, TEMPORARY, username=fatou)
    dialog = main.session_start.password_dialog
    assert dialog.isVisible() and dialog.forced
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    assert dialog.windowTitle() == "Choose your own password"
    assert "Fatou Diallo" in "".join(label.text() for label in dialog.findChildren(QLabel))
    assert dialog.cancel_button.text().replace("&", "") == "Sign out"

    dialog.current_edit.setText(TEMPORARY)
    dialog.new_edit.setText("short")
    dialog.confirm_edit.setText("short")
    dialog.change_button.click()
    assert "too weak" in dialog.message_label.text()
    assert "weak" in dialog.strength.label.text()
    dialog.new_edit.setText(OWN)
    dialog.change_button.click()
    assert "differ" in dialog.message_label.text()
    dialog.current_edit.setText("not-the-temporary")
    dialog.confirm_edit.setText(OWN)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)
    assert "not right" in dialog.message_label.text() and dialog.isVisible()
    dialog.current_edit.setText(TEMPORARY)
    dialog.new_edit.setText(OWN)
    dialog.confirm_edit.setText(OWN)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert not main.office.user.must_change_password
    assert dialog.new_edit.text() == "" and dialog.current_edit.text() == ""

    main.lock()
    sign_in(qtbot, shell, OWN)
    assert main.office.user.username == fatou
    assert main.session_start.password_dialog is None  # not asked again
    with pytest.raises(AuthenticationFailed):
        office_service.sign_in(db_path, fatou, TEMPORARY)
    assert ("fatou", "user.change-password", "fatou") in events(db_path, "user.")


def test_declining_to_choose_a_password_signs_out(qtbot, new_office, db_path, make_shell, fatou):
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, TEMPORARY, username=fatou)
    office = main.office
    main.session_start.password_dialog.cancel_button.click()
    assert main.office is None and not office.is_open
    unlock = shell.unlock_dialog
    assert unlock is not None and unlock.isVisible()
    assert "signed out" in unlock.notice_label.text()
    assert unlock.username_edit.text() == fatou and not unlock.locked_user
    assert ("fatou", "session.sign-out", "fatou") in events(db_path, "session.")


def test_change_my_password_from_the_file_menu(qtbot, new_office, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, username=ADMIN)
    main.session_start.backup_box.done(0)
    assert main.password_action.isEnabled()
    main.password_action.trigger()
    dialog = main.password_dialog
    assert dialog.isVisible() and not dialog.forced
    assert dialog.windowTitle() == "Change my password"
    dialog.current_edit.setText(ADMIN_PASSWORD)
    dialog.new_edit.setText(OWN)
    dialog.confirm_edit.setText(OWN)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: "changed" in main.statusBar().currentMessage(), timeout=15000)
    assert main.office is not None and main.office.is_open
    main.lock()
    assert not main.password_action.isEnabled()
    sign_in(qtbot, shell, OWN)
    assert main.office.user.username == ADMIN


def test_backup_reminder_for_administrators_once(qtbot, new_office, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, username=ADMIN)
    assert main.backup_status.isVisibleTo(main)
    assert "No backup for 7 days" in main.backup_status.text()
    box = main.session_start.backup_box
    assert box.isVisible()
    assert "Administration > Office > Back up now" in box.text()
    assert box.windowModality() == Qt.WindowModality.NonModal  # a reminder, not a gate
    box.done(0)
    main.lock()
    assert not main.backup_status.isVisibleTo(main)
    sign_in(qtbot, shell)
    assert main.backup_status.isVisibleTo(main)  # the warning stays while overdue
    assert main.session_start.backup_box is None  # the box was shown once


def test_no_backup_reminder_for_other_roles(qtbot, admin_office, db_path, make_shell, fatou):
    office = office_service.sign_in(db_path, fatou, TEMPORARY)
    users.change_own_password(office, TEMPORARY, OWN)
    office.lock()
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, OWN, username=fatou)
    assert main.session_start.done
    assert not main.backup_status.isVisibleTo(main)
    assert main.session_start.backup_box is None


def test_the_unlock_dialog_says_why_it_locked(qtbot, new_office, db_path, make_shell):
    shell = make_shell(db_path)
    shell.start()
    main = sign_in(qtbot, shell, username=ADMIN)
    main.idle_watch.timed_out.emit("idle")
    assert "after 5 minutes without use" in shell.unlock_dialog.notice_label.text()
    sign_in(qtbot, shell)
    main.idle_watch.timed_out.emit("sleep")
    assert "asleep" in shell.unlock_dialog.notice_label.text()
