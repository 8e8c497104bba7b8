"""The unlock dialog on a real office database: wrong passwords, the wait, the right one."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import fingerprint
from tipdesk.services.context import UnlockedOffice
from tipdesk.store.keyslots import keys_path_for
from tipdesk.ui.unlock_dialog import LAST_USER_KEY, SignInThrottle, UnlockDialog


@pytest.fixture
def make_dialog(qtbot, db_path, runner, settings):
    def make(**kwargs):
        dialog = UnlockDialog(db_path, runner, settings, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.fixture
def opened():
    """Offices signed in by a test, locked again afterwards."""
    offices = []
    yield offices
    for office in offices:
        office.lock()


def attempt(qtbot, dialog, password, username=ADMIN):
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)


def test_wrong_password_is_refused_and_nothing_is_written(qtbot, new_office, tmp_path, make_dialog):
    before = fingerprint(tmp_path)
    assert {"office.tipdesk", "office.tipdesk.keys"} <= set(before)
    dialog = make_dialog()
    attempt(qtbot, dialog, "Maroua-river-2025")
    assert dialog.message_label.isVisible()
    assert "Wrong user name or password" in dialog.message_label.text()
    assert dialog.password_edit.text() == ""
    assert dialog.office is None and dialog.isVisible()
    assert dialog.sign_in_button.isEnabled()  # two more tries before any wait
    assert fingerprint(tmp_path) == before  # byte for byte: database and key file


def test_unknown_user_gets_the_same_message(qtbot, new_office, make_dialog):
    dialog = make_dialog()
    attempt(qtbot, dialog, ADMIN_PASSWORD, username="nobody")
    assert "Wrong user name or password" in dialog.message_label.text()


def test_the_delay_grows_after_three_failures(qtbot, new_office, make_dialog):
    dialog = make_dialog()
    for _ in range(2):
        attempt(qtbot, dialog, "not-the-password")
        assert dialog.sign_in_button.isEnabled()
    attempt(qtbot, dialog, "not-the-password")
    assert dialog.waiting
    assert not dialog.sign_in_button.isEnabled()
    assert "(2 s)" in dialog.sign_in_button.text()
    assert dialog.wait_label.isVisible()
    assert "Wait 2 seconds" in dialog.wait_label.text()
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.sign_in()  # Enter pressed during the wait: nothing happens
    assert not dialog._busy and dialog.office is None
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=5000)
    assert not dialog.wait_label.isVisible()
    assert dialog.sign_in_button.text().replace("&", "") == "Sign in"
    attempt(qtbot, dialog, "still-not-it")
    assert "(4 s)" in dialog.sign_in_button.text()


def test_throttle_delays():
    throttle = SignInThrottle()
    assert [throttle.record_failure() for _ in range(8)] == [0, 0, 2, 4, 8, 16, 30, 30]
    throttle.reset()
    assert throttle.delay() == 0


def test_right_password_opens_the_office(
    qtbot, new_office, make_dialog, settings, opened, tmp_path
):
    dialog = make_dialog()
    attempt(qtbot, dialog, ADMIN_PASSWORD, username="  Amina ")
    qtbot.waitUntil(lambda: dialog.office is not None, timeout=15000)
    opened.append(dialog.office)
    assert isinstance(dialog.office, UnlockedOffice)
    assert dialog.office.is_open
    assert dialog.office.user.username == ADMIN
    assert dialog.office.info.name == "Maroua field office"
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""
    settings.sync()
    stored = (tmp_path / "settings.ini").read_text()
    assert settings.value(LAST_USER_KEY) == "Amina"
    assert ADMIN_PASSWORD not in stored


def test_the_last_user_name_is_offered_again(qtbot, make_dialog, settings):
    settings.setValue(LAST_USER_KEY, "fatou")
    dialog = make_dialog()
    assert dialog.username_edit.text() == "fatou"
    assert dialog.focusWidget() is dialog.password_edit


def test_a_failed_attempt_after_successes_is_counted_from_zero(
    qtbot, new_office, make_dialog, opened
):
    throttle = SignInThrottle()
    throttle.failures = 2
    dialog = make_dialog(throttle=throttle)
    attempt(qtbot, dialog, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: dialog.office is not None, timeout=15000)
    opened.append(dialog.office)
    assert throttle.failures == 0


def test_missing_key_file_is_explained_without_offering_a_reset(
    qtbot, new_office, db_path, make_dialog, tmp_path
):
    keys_path_for(db_path).rename(tmp_path / "elsewhere.keys")
    before = fingerprint(tmp_path)
    dialog = make_dialog()
    attempt(qtbot, dialog, ADMIN_PASSWORD)
    box = dialog.error_box
    assert box is not None and box.isVisible()
    assert "key file" in box.text() and "missing" in box.text()
    assert box.standardButtons() == QMessageBox.StandardButton.Ok  # nothing to reset or delete
    assert dialog.office is None
    assert dialog.throttle.failures == 0  # not a wrong password
    assert fingerprint(tmp_path) == before


def test_damaged_database_is_explained(qtbot, new_office, db_path, make_dialog):
    data = bytearray(db_path.read_bytes())
    data[40:4000] = bytes(3960)  # wipe most of the first page
    db_path.write_bytes(bytes(data))
    dialog = make_dialog()
    attempt(qtbot, dialog, ADMIN_PASSWORD)
    box = dialog.error_box
    assert box is not None and box.isVisible()
    assert "Nothing was changed" in box.text()
    assert "backup" in box.text()
    assert db_path.read_bytes() == bytes(data)


def test_without_a_remembered_name_the_user_name_field_has_focus(qtbot, make_dialog):
    dialog = make_dialog()
    assert dialog.username_edit.text() == ""
    assert dialog.focusWidget() is dialog.username_edit


@pytest.mark.parametrize("remembered", ["", ADMIN])
def test_enter_signs_in_and_never_quits(qtbot, new_office, make_dialog, remembered):
    dialog = make_dialog(username=remembered)
    finished = []
    dialog.finished.connect(finished.append)
    dialog.username_edit.setText(ADMIN)
    for _ in range(3):
        dialog.password_edit.setText("not-the-password")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: not dialog._busy and dialog.message_label.isVisible(), timeout=15000
        )
    assert dialog.throttle.failures == 3
    assert dialog.waiting
    dialog.password_edit.setText(ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # during the wait
    assert dialog.isVisible() and not dialog._busy
    assert finished == []  # neither quit nor signed in
