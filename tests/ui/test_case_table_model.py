"""The case list model over a real office: paging, sorting, filters, overdue rows and names."""

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from tipdesk.errors import PermissionDenied
from tipdesk.models import Case
from tipdesk.services import case_list, users
from tipdesk.services import office as office_service
from tipdesk.services.case_list import CaseFilter
from tipdesk.services.demo import generate_cases
from tipdesk.ui import case_table_model
from tipdesk.ui.case_table_model import SORT_ROLE, CaseTableModel

TODAY = date(2026, 11, 28)
M = CaseTableModel


@pytest.fixture
def office_450(admin_office):
    for _ in generate_cases(admin_office, 450, today=TODAY):
        pass
    return admin_office


def column_text(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_rows_arrive_page_by_page(qapp, office_450):
    model = CaseTableModel(office_450, today=TODAY)
    model.set_filter(CaseFilter())
    assert model.total == 450
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    codes = column_text(model, M.CODE)
    assert len(set(codes)) == 450  # no case twice across pages
    registered = column_text(model, M.REGISTERED)
    assert registered == sorted(registered, reverse=True)  # newest first by default


def test_sort_asks_the_service_for_every_case(qapp, office_450):
    model = CaseTableModel(office_450, today=TODAY)
    model.set_filter(CaseFilter())
    model.sort(M.CODE, Qt.SortOrder.AscendingOrder)
    with office_450.reading() as s:
        first_codes = s.scalars(select(Case.code).order_by(Case.code).limit(3)).all()
    assert column_text(model, M.CODE)[:3] == first_codes
    model.sort(M.OFFICER, Qt.SortOrder.DescendingOrder)
    assert model.sort_column == M.OFFICER
    model.sort(M.FORMS, Qt.SortOrder.AscendingOrder)  # the service cannot: nothing changes
    assert model.sort_column == M.OFFICER
    model.sort(M.SEX, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    keys = [model.case_at(row).sex for row in range(model.rowCount())]
    assert keys == sorted(keys)
    assert model.index(0, M.SEX).data(SORT_ROLE) == model.index(0, M.SEX).data().casefold()


def test_filters_reset_the_rows(qapp, office_450):
    model = CaseTableModel(office_450, today=TODAY)
    model.set_filter(CaseFilter(status="closed"))
    expected = case_list.count_cases(office_450, CaseFilter(status="closed"))
    assert 0 < model.total == expected < 200
    assert model.rowCount() == expected
    assert set(column_text(model, M.STATUS)) == {"Closed"}
    model.set_filter(CaseFilter(outcome="no-indicators"))
    assert set(column_text(model, M.OUTCOME)) == {"No indicators of trafficking"}
    first = model.case_at(0)
    model.set_filter(CaseFilter(search=first.code))
    assert column_text(model, M.CODE) == [first.code]
    model.set_filter(CaseFilter(search="no such person anywhere"))
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_overdue_follow_ups_stand_out(qapp, office_450):
    with office_450.writing() as s:
        codes = s.scalars(select(Case.code).order_by(Case.id).limit(2)).all()
        s.execute(update(Case).values(next_follow_up_on=None))  # demo follow-ups set aside
        s.execute(
            update(Case)
            .where(Case.code == codes[0])
            .values(next_follow_up_on=TODAY - timedelta(days=3))
        )
        s.execute(
            update(Case)
            .where(Case.code == codes[1])
            .values(next_follow_up_on=TODAY + timedelta(days=3))
        )
    model = CaseTableModel(office_450, today=TODAY)
    model.set_filter(CaseFilter())
    model.sort(M.NEXT_FOLLOW_UP, Qt.SortOrder.DescendingOrder)
    assert column_text(model, M.CODE)[:2] == [codes[1], codes[0]]
    soon, late = model.index(0, M.NEXT_FOLLOW_UP), model.index(1, M.NEXT_FOLLOW_UP)
    assert late.data() == "2026-11-25 (overdue)"
    assert late.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8c1d18"
    assert "3 days overdue" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert soon.data() == "2026-12-01"
    assert soon.data(Qt.ItemDataRole.BackgroundRole) is None
    model.set_filter(CaseFilter(overdue_only=True))
    assert column_text(model, M.CODE) == [codes[0]]


def test_names_only_for_roles_that_may_see_them(qapp, office_450, db_path, monkeypatch):
    model = CaseTableModel(office_450, today=TODAY)
    model.set_filter(CaseFilter())
    assert model.columnCount() == M.NAME + 1
    assert model.headerData(M.NAME, Qt.Orientation.Horizontal) == "Name"
    assert any(name and "Demo-" in name for name in column_text(model, M.NAME))

    # A role that may list cases but not see names (none exists yet: the rule decides).
    monkeypatch.setattr(case_list, "may_see_names", lambda user: False)
    monkeypatch.setattr(case_table_model, "may_see_names", lambda user: False)
    hidden = CaseTableModel(office_450, today=TODAY)
    hidden.set_filter(CaseFilter())
    assert hidden.columnCount() == M.NAME
    shown = [
        hidden.index(r, c).data()
        for r in range(hidden.rowCount())
        for c in range(hidden.columnCount())
    ]
    assert not any("Demo-" in text for text in shown)
    assert hidden.index(0, M.NAME).data() is None  # out of range: no such column
    hidden.set_filter(CaseFilter(search="Demo-"))  # names are not searched either
    assert hidden.rowCount() == 0


def test_a_focal_point_gets_no_case_list(qapp, admin_office, db_path):
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    try:
        model = CaseTableModel(kofi)
        assert model.columnCount() == M.NAME  # no names for this role
        with pytest.raises(PermissionDenied):
            model.set_filter(CaseFilter())
        assert model.rowCount() == 0
    finally:
        kofi.lock()


def test_with_a_runner_pages_are_read_off_the_window_thread_and_the_newest_filter_wins(
    qtbot, runner, office_450
):
    model = CaseTableModel(office_450, today=TODAY, runner=runner)
    states = []
    model.loading_changed.connect(states.append)
    model.set_filter(CaseFilter(status="closed"))
    assert model.loading and model.rowCount() == 0  # nothing read yet on this thread
    model.set_filter(CaseFilter(status="active"))  # overtakes the first before it shows
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    active = case_list.count_cases(office_450, CaseFilter(status="active"), TODAY)
    assert model.total == active
    assert set(column_text(model, M.STATUS)) == {"Active"}
    assert states == [True, False]
    while model.canFetchMore():
        model.fetchMore()
        assert model.loading
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    codes = column_text(model, M.CODE)
    assert len(codes) == len(set(codes)) == active


def test_a_failed_read_is_reported_and_the_rows_shown_stay(qtbot, runner, office_450):
    model = CaseTableModel(office_450, today=TODAY, runner=runner)
    model.set_filter(CaseFilter())
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    failures = []
    model.load_failed.connect(failures.append)
    office_450.lock()  # e.g. the idle lock came first
    model.reload()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert "locked" in str(failures[0])
    assert not model.loading and model.rowCount() == 200


def test_a_table_closed_while_reading_drops_the_page_quietly(qtbot, runner, office_450):
    model = CaseTableModel(office_450, today=TODAY, runner=runner)
    model.set_filter(CaseFilter())
    shiboken6.delete(model)  # e.g. signed out while the list was read
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no error in the event loop


@pytest.mark.parametrize("off_thread", [False, True])
def test_reveal_reads_pages_until_the_rows_wanted_show(qtbot, runner, office_450, off_thread):
    model = CaseTableModel(
        office_450, today=TODAY, page_size=50, runner=runner if off_thread else None
    )
    model.set_filter(CaseFilter())
    last = case_list.list_cases(office_450, today=TODAY, offset=449, limit=1)[0].id
    found = []
    model.reveal([last], found.append, seek=False)  # the first page only: not there
    qtbot.waitUntil(lambda: len(found) == 1, timeout=10_000)
    assert found == [[]] and model.rowCount() == 50
    model.reveal([last, -1], found.append)  # -1: no such case
    qtbot.waitUntil(lambda: len(found) == 2, timeout=10_000)
    assert found[1] == [449] and model.rowCount() == 450 and not model.pending
