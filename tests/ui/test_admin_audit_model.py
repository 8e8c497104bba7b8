"""The audit table model, without widgets: paging, filters and what each cell shows."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tipdesk.services import audit, audit_log
from tipdesk.services.audit_log import AuditFilter
from tipdesk.ui.audit_table_model import AuditTableModel

EVENTS = 450


def record_events(office, count, action="case.view", username="fatou"):
    with office.writing() as s:
        for i in range(count):
            audit.record(
                s,
                username,
                action,
                "case",
                f"CMR-2026-{i % 50:04d}",
                ["status", "notes"] if i % 2 else None,
            )


@pytest.fixture
def office(admin_office):
    record_events(admin_office, EVENTS)
    return admin_office


@pytest.fixture
def model(qapp, office):
    found = AuditTableModel(office)
    found.set_filter(AuditFilter())
    return found


def ids(model):
    return [model.event_at(row).id for row in range(model.rowCount())]


def cell(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_pages_of_200_until_every_event_is_loaded(model, office):
    total = audit_log.count_events(office)
    assert total == EVENTS + 2  # initialise and sign-in
    assert model.total == total
    assert model.rowCount() == 200 and model.columnCount() == 6  # read with the count
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    assert not model.canFetchMore(QModelIndex())
    assert ids(model) == list(range(total, 0, -1))  # newest first, none missing or repeated


def test_events_recorded_while_paging_are_not_repeated(model, office):
    record_events(office, 30, action="user.add", username="amina")
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert ids(model) == list(range(EVENTS + 2, 0, -1))
    model.reload()
    assert model.total == EVENTS + 32
    assert cell(model, 0, AuditTableModel.ACTION) == "user.add"


def test_filters_reset_the_model(model, office):
    reset = []
    model.modelReset.connect(lambda: reset.append(True))
    model.set_filter(AuditFilter(action="session."))
    assert reset and model.total == 1 and model.rowCount() == 1
    assert cell(model, 0, AuditTableModel.ACTION) == "session.sign-in"

    model.set_filter(AuditFilter(username="FATOU", record_ref="CMR-2026-0007"))
    assert model.total == EVENTS // 50
    assert {cell(model, r, AuditTableModel.RECORD) for r in range(model.rowCount())} == {
        "CMR-2026-0007"
    }

    tomorrow = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=1)
    model.set_filter(AuditFilter(since=tomorrow))
    assert model.total == 0 and not model.canFetchMore(QModelIndex())
    model.set_filter(AuditFilter(until=tomorrow))
    assert model.total == EVENTS + 2


def test_display_role_shows_local_time_user_action_record_fields(model):
    newest = model.event_at(0)
    local = newest.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert [cell(model, 0, c) for c in range(6)] == [
        local,
        "fatou",
        "case.view",
        "case",
        "CMR-2026-0049",
        "notes, status",
    ]
    assert cell(model, 1, AuditTableModel.FIELDS) == ""
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Changed fields"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith(
        f"Event {newest.id},"
    )


def test_event_without_a_user_shows_a_dash(qapp, admin_office):
    with admin_office.writing() as s:
        audit.record(s, None, "session.sign-in-failed", "user", "nobody")
    model = AuditTableModel(admin_office)
    model.set_filter(AuditFilter(action="session.sign-in-failed"))
    assert cell(model, 0, AuditTableModel.USER) == "—"
    assert cell(model, 0, AuditTableModel.RECORD) == "nobody"


def test_row_of_event_finds_loaded_events_only(model):
    newest = EVENTS + 2
    assert model.row_of(newest) == 0
    assert model.row_of(newest - 150) == 150
    assert model.row_of(3) is None  # not loaded yet
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.row_of(3) == newest - 3


def test_with_a_runner_pages_are_read_off_the_window_thread_none_repeated(qtbot, runner, office):
    model = AuditTableModel(office, runner=runner)
    model.set_filter(AuditFilter())
    assert model.loading and model.rowCount() == 0  # nothing read yet on this thread
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert (model.total, model.rowCount()) == (EVENTS + 2, 200)
    record_events(office, 30, action="user.add", username="amina")  # newer: not shown
    while model.canFetchMore():
        model.fetchMore()
        assert model.loading
        qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert ids(model) == list(range(EVENTS + 2, 0, -1))


def test_with_a_runner_the_newest_filter_wins(qtbot, runner, office):
    model = AuditTableModel(office, runner=runner)
    model.set_filter(AuditFilter())
    model.set_filter(AuditFilter(action="session."))  # overtakes the first before it shows
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert model.total == model.rowCount() == 1
    assert cell(model, 0, AuditTableModel.ACTION) == "session.sign-in"
