"""The unlock window under a stream of wrong passwords: longer and longer waits, nothing on disk."""

from tests.conftest import ADMIN
from tests.resilience.test_unlock_abuse import SEQUENCE, Clock, on_disk
from tipdesk.services.sign_in_throttle import SignInThrottle
from tipdesk.ui.unlock_dialog import UnlockDialog


def test_wrong_passwords_in_the_window_wait_longer_each_time_and_write_nothing(
    qtbot, new_office, db_path, runner, settings, tmp_path
):
    settings.setValue("unlock/last_user", ADMIN)
    settings.sync()
    before = on_disk(tmp_path)
    assert "settings.ini" in {name.rsplit("/", 1)[-1] for name in before}
    clock = Clock()
    throttle = SignInThrottle(clock)
    dialog = UnlockDialog(db_path, runner, settings, throttle=throttle)
    qtbot.addWidget(dialog)
    dialog.show()
    for wait in SEQUENCE:
        dialog.password_edit.setText("not the password")
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)
        assert "Wrong user name or password" in dialog.message_label.text()
        assert dialog.waiting == bool(wait)
        if wait:
            assert dialog.sign_in_button.text() == f"&Sign in ({wait} s)"
            assert f"Wait {wait} seconds" in dialog.wait_label.text()
            dialog.password_edit.setText("typed during the wait")
            dialog.sign_in()  # Enter during the wait: nothing is tried
            assert not dialog._busy
            clock.now += wait  # the wait is over: the window notices by itself
            qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=2000)
            assert not dialog.wait_label.isVisible()
    assert throttle.failures == len(SEQUENCE)

    # A window opened again (after a Lock) keeps the wait the failures impose.
    throttle.record_failure(ADMIN)
    again = UnlockDialog(db_path, runner, settings, throttle=throttle)
    qtbot.addWidget(again)
    assert again.waiting and not again.sign_in_button.isEnabled()
    assert again.sign_in_button.text() == "&Sign in (30 s)"

    settings.sync()
    assert on_disk(tmp_path) == before  # database, key file and settings, byte for byte
