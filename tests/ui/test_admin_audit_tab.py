"""The Audit trail tab: filter inputs, paging in the view, and the chain check shown."""

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import text

from tests.ui.admin_fixtures import loaded, make_page
from tests.ui.test_admin_audit_model import record_events
from tipdesk.store.database import open_engine


@pytest.fixture
def page(qtbot, admin_office, runner, settings):
    record_events(admin_office, 20)
    return make_page(qtbot, admin_office, runner, settings)


@pytest.fixture
def tab(qtbot, page):
    page.setCurrentWidget(page.audit_tab)  # read when shown
    return loaded(qtbot, page.audit_tab)


def tamper(office, db_path, event_id):
    """Change one event behind TIPDesk's back, through a connection of its own."""
    engine = open_engine(db_path, office.database_key())
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE audit_events SET record_ref = 'someone-else' WHERE id = :i"),
                {"i": event_id},
            )
    finally:
        engine.dispose()


def test_shows_the_newest_events_first(tab):
    assert tab.model.rowCount() == 22
    assert tab.model.index(0, 2).data() == "case.view"
    assert tab.model.index(21, 2).data() == "office.initialise"
    assert tab.count_label.text() == "22 events."


def test_filter_inputs_reset_the_model(qtbot, tab):
    qtbot.keyClicks(tab.action_edit, "session.")
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, tab)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == "session.sign-in"
    tab.action_edit.clear()
    qtbot.keyClicks(tab.user_edit, "amina")
    qtbot.keyClick(tab.user_edit, Qt.Key.Key_Return)
    assert loaded(qtbot, tab).model.total == 2
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.user_edit.text() == "" and loaded(qtbot, tab).model.total == 22


def test_date_filters_are_whole_local_days(qtbot, tab):
    today = QDate.currentDate()
    tab.from_edit.setDate(today.addDays(1))
    tab.apply_filter()
    assert loaded(qtbot, tab).model.total == 0
    assert tab.count_label.text() == "No events match this filter."
    tab.from_edit.setDate(today)
    tab.to_edit.setDate(today)
    tab.apply_filter()
    assert loaded(qtbot, tab).model.total == 22
    tab.from_edit.setDate(today.addDays(-9))
    tab.to_edit.setDate(today.addDays(-1))
    tab.apply_filter()
    assert loaded(qtbot, tab).model.total == 0


def test_verify_chain_intact(qtbot, tab):
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10000)
    assert tab.chain_label.text().startswith("Intact: 22 events")
    assert not tab.chain_label.is_error


def test_verify_chain_broken_selects_the_event(qtbot, tab, admin_office, db_path):
    tamper(admin_office, db_path, 7)
    tab.refresh()  # the check may end before or after the rows are read again
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10000)
    loaded(qtbot, tab)
    assert tab.chain_label.is_error
    assert tab.chain_label.text().startswith("Broken at event 7: its content was changed.")
    selected = tab.table.selectionModel().selectedRows()
    assert [tab.model.event_at(index.row()).id for index in selected] == [7]
    assert tab.model.index(selected[0].row(), 4).data() == "someone-else"


def test_broken_event_not_loaded_is_named_with_a_hint(qtbot, tab, admin_office, db_path):
    record_events(admin_office, 300)
    tamper(admin_office, db_path, 5)
    tab.refresh()
    loaded(qtbot, tab)
    assert tab.model.rowCount() < tab.model.total
    assert "scroll down for more" in tab.count_label.text()
    tab.verify_chain()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10000)
    loaded(qtbot, tab)
    assert "Broken at event 5:" in tab.chain_label.text()
    assert "not in the list shown" in tab.chain_label.text()
    assert not tab.table.selectionModel().selectedRows()
