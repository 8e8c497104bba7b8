"""The Office tab: settings, backups, purging closed cases, all on a real office database."""

import zipfile
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.helpers import store_full_case
from tests.ui.admin_fixtures import loaded, make_page, table_text
from tipdesk.services import retention, settings
from tipdesk.ui.admin.common import WARNING_STYLE


@pytest.fixture
def page(qtbot, admin_office, runner, settings):
    return make_page(qtbot, admin_office, runner, settings)


@pytest.fixture
def tab(qtbot, page):
    page.setCurrentWidget(page.office_tab)  # read when shown
    loaded(qtbot, page.office_tab.retention_box)
    return page.office_tab


def type_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


# -- settings ------------------------------------------------------------------------------
def test_shows_and_saves_the_settings(qtbot, tab, admin_office):
    assert tab.idle_spin.value() == 5 and tab.retention_spin.value() == 60
    type_into(qtbot, tab.idle_spin, "15")
    type_into(qtbot, tab.retention_spin, "24")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    stored = settings.get_settings(admin_office)
    assert (stored.idle_lock_minutes, stored.retention_months) == (15, 24)
    assert tab.settings_status.text().startswith("Saved.")
    assert not tab.settings_status.is_error


@pytest.mark.parametrize(
    "spin, typed, message",
    [
        ("idle_spin", "0", "between 1 and 120 minutes"),
        ("retention_spin", "3", "between 6 and 240 months"),
    ],
)
def test_out_of_range_values_are_refused(qtbot, tab, admin_office, spin, typed, message):
    type_into(qtbot, getattr(tab, spin), typed)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.settings_status.is_error
    assert message in tab.settings_status.text()
    assert "Nothing was saved" in tab.settings_status.text()
    stored = settings.get_settings(admin_office)
    assert (stored.idle_lock_minutes, stored.retention_months) == (5, 60)


# -- backup --------------------------------------------------------------------------------
@pytest.fixture
def save_to(monkeypatch, tmp_path):
    asked = {}

    def choose(parent, caption, default, file_filter):
        asked.update(default=default, filter=file_filter)
        return str(asked.get("answer", tmp_path / "office-copy")), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def test_backup_writes_a_file_and_updates_the_last_backup_line(qtbot, tab, save_to, tmp_path):
    assert "No backup has been made yet" in tab.last_backup_label.text()
    assert tab.last_backup_label.styleSheet() == WARNING_STYLE
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert save_to["default"].endswith(f"office-{date.today().isoformat()}.tipdesk-backup")
    assert "*.tipdesk-backup" in save_to["filter"]
    qtbot.waitUntil(lambda: tab.task.done, timeout=20000)
    written = tmp_path / "office-copy.tipdesk-backup"  # the suffix is added
    assert written.is_file()
    assert "manifest.json" in zipfile.ZipFile(written).namelist()
    assert tab.backup_status.text().startswith(f"Backup written and checked: {written}")
    assert "(0 cases, 1 user account)" in tab.backup_status.text()
    assert tab.last_backup_label.text().startswith("Last backup: ")
    assert tab.last_backup_label.styleSheet() == ""
    assert tab.backup_button.isEnabled()


def test_backup_failure_is_shown_in_plain_words(qtbot, tab, save_to, tmp_path):
    taken = tmp_path / "taken.tipdesk-backup"
    taken.write_bytes(b"something else")
    save_to["answer"] = taken
    tab.back_up()
    qtbot.waitUntil(lambda: tab.task.done, timeout=20000)
    assert tab.backup_status.is_error
    assert "already exists" in tab.backup_status.text()
    assert "Traceback" not in tab.backup_status.text()
    assert taken.read_bytes() == b"something else"
    assert "No backup has been made yet" in tab.last_backup_label.text()


def test_cancelling_the_file_dialog_does_nothing(tab, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    tab.back_up()
    assert tab.task is None and tab.backup_button.isEnabled()


# -- retention -----------------------------------------------------------------------------
@pytest.fixture
def expired(admin_office):
    for number in (1, 2, 3):
        store_full_case(
            admin_office, f"CMR-2019-000{number}", status="closed", closed_on=date(2019, 3, number)
        )
    store_full_case(admin_office, "CMR-2026-0001")  # active: never a candidate
    return admin_office


@pytest.fixture
def warned(monkeypatch):
    asked = {"answer": QMessageBox.StandardButton.Yes, "texts": []}

    def warning(parent, title, text, *args):
        asked["texts"].append(text)
        return asked["answer"]

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def test_lists_candidates_and_purges_the_selected_ones(qtbot, expired, tab, warned):
    box = tab.retention_box
    assert table_text(box.model) == [
        ["CMR-2019-0001", "2019-03-01"],
        ["CMR-2019-0002", "2019-03-02"],
        ["CMR-2019-0003", "2019-03-03"],
    ]
    assert "3 cases are past this period" in box.rule_label.text()
    assert not box.purge_selected_button.isEnabled()
    box.table.selectAll()
    assert box.selected_codes() == ["CMR-2019-0001", "CMR-2019-0002", "CMR-2019-0003"]
    box.table.clearSelection()
    assert not box.purge_selected_button.isEnabled()
    box.table.selectRow(1)
    assert box.purge_selected_button.isEnabled()
    assert box.selected_codes() == ["CMR-2019-0002"]
    qtbot.mouseClick(box.purge_selected_button, Qt.MouseButton.LeftButton)
    assert warned["texts"][0].startswith("Purge 1 case?")
    assert "cannot be undone" in warned["texts"][0]
    qtbot.waitUntil(lambda: box.task.done, timeout=10000)
    loaded(qtbot, box)
    assert [row[0] for row in table_text(box.model)] == ["CMR-2019-0001", "CMR-2019-0003"]
    assert box.status.text() == "1 case purged."
    assert [c.code for c in retention.purge_candidates(expired)] == [
        "CMR-2019-0001",
        "CMR-2019-0003",
    ]


def test_purge_all_names_the_count_and_can_be_declined(qtbot, expired, tab, warned):
    box = tab.retention_box
    warned["answer"] = QMessageBox.StandardButton.No
    qtbot.mouseClick(box.purge_all_button, Qt.MouseButton.LeftButton)
    assert warned["texts"][0].startswith("Purge 3 cases?")
    assert box.task is None and box.model.rowCount() == 3

    warned["answer"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(box.purge_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task.done, timeout=10000)
    assert loaded(qtbot, box).model.rowCount() == 0
    assert box.status.text() == "3 cases purged."
    assert "No case is past this period" in box.rule_label.text()
    assert not box.purge_all_button.isEnabled()
    assert retention.purge_candidates(expired) == []


def test_a_shorter_retention_period_lists_more_cases(qtbot, admin_office, tab):
    store_full_case(
        admin_office,
        "CMR-2025-0001",
        status="closed",
        closed_on=date.today().replace(day=1).replace(year=date.today().year - 1),
    )
    tab.refresh()
    assert loaded(qtbot, tab.retention_box).model.rowCount() == 0
    type_into(qtbot, tab.retention_spin, "6")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert table_text(loaded(qtbot, tab.retention_box).model)[0][0] == "CMR-2025-0001"
