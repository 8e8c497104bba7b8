"""Unsaved work at a lock: kept as a draft, offered after the unlock, listed on Home."""

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget

from tests.conftest import ADMIN, ADMIN_PASSWORD, CANARY_NAME
from tests.ui.lock_fixtures import FakeClock, make_window, pass_time
from tipdesk.services import drafts, users
from tipdesk.services import office as office_service
from tipdesk.ui.home_page import HomePage
from tipdesk.ui.sections import Section


class WizardPage(QWidget):
    """Implements the draft protocol the way a case screen would."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.office = context.office
        self.draft_id = None
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Given names")
        QVBoxLayout(self).addWidget(self.name_edit)

    def unsaved_draft(self):
        name = self.name_edit.text()
        if not name:
            return None
        return "case-wizard", f"New case: {name}", {"given_names": name}

    def open_draft(self, draft_id, kind):
        if kind != "case-wizard":
            return False
        self.draft_id = draft_id
        self.name_edit.setText(drafts.load_draft(self.office, draft_id).payload["given_names"])
        return True


class BrokenPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)

    def unsaved_draft(self):
        raise ValueError(CANARY_NAME)  # never logged: only the type of the error is


SECTIONS = [
    Section("home", "Home", HomePage),
    Section("broken", "Broken", BrokenPage),
    Section("wizard", "New case", WizardPage),
]


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, runner, settings, clock):
    return make_window(qtbot, runner, settings, clock, SECTIONS)


def sign_in(db_path, username=ADMIN, password=ADMIN_PASSWORD):
    return office_service.sign_in(db_path, username, password, action="session.unlock")


@pytest.fixture
def offices():
    opened = []
    yield opened
    for office in opened:
        office.lock()


def reopen(qtbot, window, db_path, offices, **kwargs):
    office = sign_in(db_path, **kwargs)
    offices.append(office)
    window.open_office(office)
    start = window.session_start
    qtbot.waitUntil(lambda: start.done or start.password_dialog is not None, timeout=3000)
    return office


def close_backup_reminder(qtbot, window):
    start = window.session_start
    qtbot.waitUntil(lambda: start.backup_box is not None, timeout=3000)
    start.backup_box.done(0)


def test_lock_keeps_unsaved_work_and_the_unlock_offers_it(
    qtbot, window, admin_office, db_path, offices, caplog
):
    window.open_office(admin_office)
    window.show()
    close_backup_reminder(qtbot, window)
    window.show_section("broken")  # visited, so its page is built (pages are built when shown)
    window.page("wizard").name_edit.setText(CANARY_NAME)
    window.lock()
    assert "ValueError" in caplog.text and CANARY_NAME not in caplog.text

    office = reopen(qtbot, window, db_path, offices)
    kept = drafts.list_drafts(office)
    assert [(d.kind, d.title, d.payload) for d in kept] == [
        ("case-wizard", f"New case: {CANARY_NAME}", {"given_names": CANARY_NAME})
    ]
    notice = window.session_start.drafts_notice
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert not notice.isModal()
    assert notice.count() == 1
    assert notice.list.tree.topLevelItem(0).text(0) == f"New case: {CANARY_NAME}"
    assert notice.list.tree.topLevelItem(0).text(1) == "New case"
    home = window.page("home")
    assert home.drafts_box.isVisibleTo(home)
    assert home.drafts_list.count() == 1

    with qtbot.waitSignal(window.resume_draft, timeout=2000) as blocker:
        notice.list.resume_button.click()
    assert blocker.args == [kept[0].id, "case-wizard"]
    assert not notice.isVisible()
    page = window.page("wizard")
    assert window.stack.currentWidget() is page
    assert page.name_edit.text() == CANARY_NAME and page.draft_id == kept[0].id

    page.name_edit.setText(CANARY_NAME + " Junior")
    window.lock()  # the resumed draft is updated, not duplicated
    office = reopen(qtbot, window, db_path, offices)
    again = drafts.list_drafts(office)
    assert [(d.id, d.payload["given_names"]) for d in again] == [
        (kept[0].id, CANARY_NAME + " Junior")
    ]


def test_later_keeps_the_draft_and_the_next_unlock_does_not_nag(
    qtbot, window, admin_office, db_path, offices
):
    drafts.save_draft(admin_office, "case-edit", {"note": "x"}, title="Follow-up notes")
    window.open_office(admin_office)
    close_backup_reminder(qtbot, window)
    notice = window.session_start.drafts_notice
    qtbot.waitUntil(lambda: notice is not None and notice.isVisible(), timeout=2000)
    notice.later_button.click()
    assert not notice.isVisible()
    window.lock()  # nothing new typed: nothing kept at this lock
    reopen(qtbot, window, db_path, offices)
    assert window.session_start.drafts_notice is None
    assert window.page("home").drafts_list.count() == 1  # still on the Home page


def test_discard_from_home_asks_then_deletes(qtbot, window, admin_office):
    draft_id = drafts.save_draft(admin_office, "case-edit", {"a": 1}, title="Changes to CMR-1")
    drafts.save_draft(admin_office, "case-wizard", {"b": 2}, title="New case: Z")
    window.open_office(admin_office)
    home = window.page("home")
    listing = home.drafts_list
    assert listing.count() == 2
    listing.tree.setCurrentItem(listing.tree.topLevelItem(1))
    listing.discard_button.click()
    box = listing.confirm_box
    assert box.isVisible() and "Changes to CMR-1" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(drafts.list_drafts(admin_office)) == 2
    listing.discard_button.click()
    discard = next(b for b in listing.confirm_box.buttons() if "Discard" in b.text())
    discard.click()
    assert [d.title for d in drafts.list_drafts(admin_office)] == ["New case: Z"]
    assert draft_id not in [d.id for d in drafts.list_drafts(admin_office)]
    assert listing.count() == 1
    listing.discard(drafts.list_drafts(admin_office)[0].id)
    assert not home.drafts_box.isVisibleTo(home)


def test_a_draft_no_screen_opens_is_kept_and_said_so(qtbot, window, admin_office):
    draft_id = drafts.save_draft(admin_office, "referral", {}, title="Referral to shelter")
    window.open_office(admin_office)
    home = window.page("home")
    home.drafts_list.resume_button.click()
    assert "no screen" in window.statusBar().currentMessage()
    assert [d.id for d in drafts.list_drafts(admin_office)] == [draft_id]


def test_drafts_stay_with_their_user(qtbot, window, admin_office, db_path, offices):
    users.add_user(admin_office, "fatou", "Fatou Diallo", "officer", "Dakar-lagoon-2026")
    window.open_office(admin_office)
    close_backup_reminder(qtbot, window)
    window.page("wizard").name_edit.setText(CANARY_NAME)
    window.lock()
    other = reopen(qtbot, window, db_path, offices, username="fatou", password="Dakar-lagoon-2026")
    assert drafts.list_drafts(other) == []
    assert window.page("home").drafts_list.count() == 0
    assert window.page("wizard").name_edit.text() == ""


def test_idle_lock_keeps_the_draft_too(qtbot, window, admin_office, db_path, offices, clock):
    window.open_office(admin_office)
    close_backup_reminder(qtbot, window)
    window.page("wizard").name_edit.setText("Half typed")
    with qtbot.waitSignal(window.locked, timeout=2000):
        assert pass_time(window.idle_watch, clock, 300) == "idle"
    office = reopen(qtbot, window, db_path, offices)
    assert [d.payload for d in drafts.list_drafts(office)] == [{"given_names": "Half typed"}]
