"""The Directory section reads on the worker thread: what the user sees while it reads, when a
newer read overtakes an older one, when a read fails, and when the page goes meanwhile."""

import pytest
import shiboken6

from tests.test_directory import shelter
from tests.ui.test_directory_page import loaded, make_page, sample_file
from tipdesk.services import directory
from tipdesk.services.directory_io import import_directory
from tipdesk.ui.directory import DirectoryPage, gaps_tab
from tipdesk.ui.page_context import PageContext


@pytest.fixture
def sample(admin_office, tmp_path):
    import_directory(admin_office, sample_file(tmp_path))
    return admin_office


@pytest.fixture
def page(qtbot, sample, runner, settings):
    return make_page(qtbot, sample, runner, settings)


@pytest.fixture
def held(hold):
    """The first count of the gaps, once read, reports only when let go (`held.set()`)."""
    return hold(gaps_tab, "read_gaps")


def test_the_gaps_are_counted_when_the_tab_is_shown_and_say_so_meanwhile(qtbot, page, held):
    gaps = page.gaps_tab
    assert gaps.model.rowCount() == 0 and not gaps.loading  # nothing counted while hidden
    page.setCurrentWidget(gaps)
    assert gaps.loading
    assert gaps.summary.text() == "Counting the gaps in the directory…"
    held.set()
    loaded(qtbot, gaps)
    assert gaps.model.rowCount() == 12
    assert gaps.summary.text().endswith("sector and region cells lack something.")


def test_an_older_count_arriving_last_is_dropped(qtbot, page, sample, held, runner):
    gaps = page.gaps_tab
    page.setCurrentWidget(gaps)  # the first count waits
    assert held.read.wait(10)  # before the new service
    directory.save_service(sample, shelter(admin1="Lake Chad", site="Bol"))  # a new region
    gaps.refresh()
    qtbot.waitUntil(lambda: "Lake Chad" in gaps.model.regions, timeout=10_000)
    assert not gaps.loading
    held.set()  # the first count ends now, without the new region
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert "Lake Chad" in gaps.model.regions
    assert not gaps.status.isVisible()


def test_a_failed_count_is_shown_and_the_grid_stays(qtbot, page, sample):
    gaps = page.gaps_tab
    page.setCurrentWidget(gaps)
    loaded(qtbot, gaps)
    sample.lock()  # e.g. the idle lock came first
    gaps.refresh()
    loaded(qtbot, gaps)
    assert gaps.status.is_error and "locked" in gaps.status.text()
    assert gaps.model.rowCount() == 12
    assert gaps.summary.text().endswith("sector and region cells lack something.")


def test_a_page_closed_while_reading_drops_what_it_read_quietly(
    qtbot, sample, runner, settings, held
):
    page = DirectoryPage(PageContext(sample, runner, settings))  # its services are being read
    page.show()
    page.setCurrentWidget(page.gaps_tab)  # and its gaps counted
    assert page.services_tab.loading and page.gaps_tab.loading
    shiboken6.delete(page)  # e.g. signed out meanwhile
    held.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no error in the event loop


def test_the_services_say_they_are_loading_until_the_rows_arrive(qtbot, sample, runner, settings):
    page = DirectoryPage(PageContext(sample, runner, settings))
    qtbot.addWidget(page)
    page.show()
    tab = page.services_tab  # the rows arrive through the event loop, not yet run
    assert tab.loading and tab.count_label.text() == "Loading services…"
    assert not any(b.isEnabled() for b in (tab.open_button, tab.active_button, tab.verify_button))
    loaded(qtbot, tab)
    assert tab.count_label.text() == "48 services" and tab.model.rowCount() == 48


def test_a_failed_read_of_the_services_is_shown_and_the_rows_stay(qtbot, page, sample):
    tab = page.services_tab
    assert tab.select("SVC-SAMPLE01")
    sample.lock()
    tab.apply_filter(keep=["SVC-SAMPLE01"])
    loaded(qtbot, tab)  # waits for nothing more: the read failed
    assert tab.status.is_error and "locked" in tab.status.text()
    assert tab.model.rowCount() == 48


def test_selected_services_are_selected_again_after_a_reload_past_the_first_page(
    qtbot, page, sample
):
    tab = page.services_tab
    tab.model._page_size = 10  # five pages: the last service is read on the fifth
    last = tab.model.record_at(47).ref
    assert tab.select(last)
    tab.refresh()
    assert tab.loading
    loaded(qtbot, tab)
    assert [record.ref for record in tab.selected()] == [last]
    assert tab.model.rowCount() == 48 and tab.open_button.isEnabled()
