"""The Administration section reads the audit trail and the retention list on the worker
thread: what the user sees meanwhile, a broken chain found while the events are read, an older
read arriving last, a read that fails, and the page going meanwhile."""

from datetime import date

import pytest
import shiboken6

from tests.helpers import store_full_case
from tests.ui.admin_fixtures import loaded, make_page, table_text
from tests.ui.test_admin_audit_model import record_events
from tests.ui.test_admin_audit_tab import tamper
from tipdesk.services import audit_log, retention
from tipdesk.ui.admin import AdministrationPage, retention_box
from tipdesk.ui.page_context import PageContext


@pytest.fixture
def office(admin_office):
    record_events(admin_office, 20)
    for number in (1, 2, 3):
        store_full_case(
            admin_office, f"CMR-2019-000{number}", status="closed", closed_on=date(2019, 3, number)
        )
    return admin_office


@pytest.fixture
def page(qtbot, office, runner, settings):
    return make_page(qtbot, office, runner, settings)


def test_the_audit_trail_is_read_when_its_tab_is_first_shown(qtbot, page, office):
    tab = page.audit_tab
    assert not tab.loading and tab.model.rowCount() == 0  # nothing read while hidden
    page.setCurrentWidget(tab)
    assert tab.loading and tab.count_label.text() == "Reading the audit trail…"
    loaded(qtbot, tab)
    total = audit_log.count_events(office)
    assert tab.model.rowCount() == tab.model.total == total
    assert tab.count_label.text() == f"{total} events."


def test_a_broken_chain_found_while_the_events_are_read_selects_its_event_once_read(
    qtbot, page, office, db_path, hold
):
    page.setCurrentWidget(page.audit_tab)
    tab = loaded(qtbot, page.audit_tab)
    tamper(office, db_path, 7)
    held = hold(audit_log, "count_events")
    tab.refresh()  # its count is held back
    tab.verify_chain()
    qtbot.waitUntil(lambda: tab.report is not None, timeout=10_000)
    assert tab.loading and not tab.table.selectionModel().selectedRows()
    assert tab.chain_label.text() == "Finding the first changed event in the list…"
    held.set()
    loaded(qtbot, tab)
    assert tab.chain_label.text().startswith("Broken at event 7: its content was changed.")
    selected = tab.table.selectionModel().selectedRows()
    assert [tab.model.event_at(index.row()).id for index in selected] == [7]


def test_a_failed_read_of_the_audit_trail_is_shown_and_the_events_stay(qtbot, page, office):
    page.setCurrentWidget(page.audit_tab)
    tab = loaded(qtbot, page.audit_tab)
    shown = tab.model.rowCount()
    office.lock()  # e.g. the idle lock came first
    tab.refresh()
    loaded(qtbot, tab)
    assert tab.status.is_error and "locked" in tab.status.text()
    assert tab.model.rowCount() == shown
    assert not tab.chain_label.isVisible()


def test_the_retention_list_says_it_is_looking_then_lists(qtbot, page):
    box = page.office_tab.retention_box
    page.setCurrentWidget(page.office_tab)
    assert box.loading and "Looking for closed cases" in box.rule_label.text()
    assert not box.purge_all_button.isEnabled() and not box.purge_selected_button.isEnabled()
    loaded(qtbot, box)
    assert [row[0] for row in table_text(box.model)] == [f"CMR-2019-000{n}" for n in (1, 2, 3)]
    assert box.purge_all_button.isEnabled()


def test_an_older_retention_list_arriving_last_is_dropped(qtbot, page, office, hold, runner):
    held = hold(retention_box, "read_candidates")
    page.setCurrentWidget(page.office_tab)  # the first look-up is held back, once read
    box = page.office_tab.retention_box
    assert held.read.wait(10)
    retention.purge_case(office, "CMR-2019-0002")
    box.refresh()
    qtbot.waitUntil(lambda: box.model.rowCount() == 2, timeout=10_000)
    held.set()  # the first look-up reports now, with the purged case
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert [row[0] for row in table_text(box.model)] == ["CMR-2019-0001", "CMR-2019-0003"]
    assert "2 cases are past this period" in box.rule_label.text()


def test_a_failed_retention_look_up_is_shown(qtbot, page, office):
    box = page.office_tab.retention_box
    page.setCurrentWidget(page.office_tab)
    loaded(qtbot, box)
    office.lock()
    box.refresh()
    loaded(qtbot, box)
    assert box.status.is_error and "locked" in box.status.text()
    assert not box.purge_all_button.isEnabled()


def test_a_page_closed_while_reading_drops_what_it_read_quietly(
    qtbot, office, runner, settings, hold
):
    audit = hold(audit_log, "count_events")
    candidates = hold(retention_box, "read_candidates")
    page = AdministrationPage(PageContext(office, runner, settings))
    page.show()
    page.setCurrentWidget(page.audit_tab)
    page.setCurrentWidget(page.office_tab)
    assert page.audit_tab.loading and page.office_tab.retention_box.loading
    shiboken6.delete(page)  # e.g. signed out meanwhile
    audit.set()
    candidates.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no error in the event loop
