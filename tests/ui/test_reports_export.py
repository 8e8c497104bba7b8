"""The Reports section's anonymised export: the file, k, the summary line, and Cancel."""

import csv
import threading
import time
from collections import Counter

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.test_anonymised import SEEDS, seeded_case
from tipdesk.services import anonymised_export
from tipdesk.services.demo import generate_cases
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.reports import ReportsPage

QUASI = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatus",
    "citizenship",
    "CountryOfExploitation",
]


@pytest.fixture
def populated(admin_office):
    list(generate_cases(admin_office, 200, seed=29))
    return [seeded_case(admin_office), seeded_case(admin_office, statistics=False)]


@pytest.fixture
def page(qtbot, admin_office, runner, settings):
    reports = ReportsPage(PageContext(admin_office, runner, settings))
    qtbot.addWidget(reports)
    reports.resize(1000, 680)
    reports.show()
    return reports


@pytest.fixture
def panel(page):
    page.tabs.setCurrentWidget(page.export_panel)
    return page.export_panel


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Answer the file dialog with tmp_path / name; records what the dialog was given."""
    asked = {"name": "cases"}

    def choose(parent, caption, default, file_filter):
        asked.update(default=default, filter=file_filter)
        return str(tmp_path / asked["name"]), file_filter.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return asked


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("k", [11, 25])
def test_export_writes_k_anonymous_records_and_says_how_many(
    qtbot, panel, populated, save_as, tmp_path, admin_office, k
):
    panel.k_spin.setValue(k)
    click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: panel.task.done, timeout=20000)
    out = tmp_path / "cases.csv"  # the chosen format's suffix is added
    assert save_as["default"].endswith(".csv") and save_as["filter"].startswith("CSV")
    rows = read_csv(out)
    groups = Counter(tuple(r[q] for q in QUASI) for r in rows)
    assert rows and min(groups.values()) >= k
    reference = anonymised_export.run_export(admin_office, tmp_path / "reference.csv", k=k)
    assert len(rows) == reference.rows
    status = panel.status.text()
    assert f"{len(rows)} anonymised records written (k = {k})." in status
    assert f"{reference.values_blanked} values blanked" in status
    assert f"{reference.rows_dropped} records left out" in status
    assert f"{reference.excluded_without_consent} cases without consent" in status
    assert reference.excluded_without_consent >= 1
    assert (tmp_path / "cases-dictionary.csv").is_file() and "cases-dictionary.csv" in status
    raw = out.read_text(encoding="utf-8-sig")
    for secret in [*SEEDS.values(), *populated]:
        assert secret not in raw
    assert panel.saved_notice.isVisible() and panel.export_button.isEnabled()


def test_an_xlsx_name_gives_a_workbook_with_its_dictionary(
    qtbot, panel, populated, save_as, tmp_path
):
    panel.format_combo.setCurrentIndex(panel.format_combo.findData(".xlsx"))
    save_as["name"] = "cluster.xlsx"
    click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: panel.task.done, timeout=20000)
    assert save_as["default"].endswith(".xlsx") and save_as["filter"].startswith("Excel")
    book = load_workbook(tmp_path / "cluster.xlsx", read_only=True)
    assert "Data dictionary" in book.sheetnames
    assert not (tmp_path / "cluster-dictionary.csv").exists()
    assert "on its own sheet" in panel.status.text()


def test_cancel_while_reading_writes_nothing(
    qtbot, panel, populated, save_as, tmp_path, monkeypatch
):
    real = anonymised_export.export_anonymised

    def slow(office, path, *, k):
        for read in range(1000, 60000, 1000):
            time.sleep(0.02)
            yield read
        yield from real(office, path, k=k)

    monkeypatch.setattr(anonymised_export, "export_anonymised", slow)
    click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: "read so far" in panel.progress.labelText(), timeout=5000)
    assert panel.progress.isVisible()
    click(qtbot, panel.progress.findChild(QPushButton))
    qtbot.waitUntil(lambda: panel.task.done, timeout=20000)
    assert list(tmp_path.glob("cases*")) == []
    assert "Export cancelled; no file was written." in panel.status.text()
    assert panel.export_button.isEnabled() and not panel.saved_notice.isVisible()


def test_cancel_as_the_file_is_written_keeps_no_file(
    qtbot, panel, populated, save_as, tmp_path, monkeypatch
):
    """200 cases give no progress step: Cancel lands while the service writes; the UI deletes."""
    reading, gate = threading.Event(), threading.Event()
    real_record = anonymised_export._record

    def record(case):
        reading.set()
        assert gate.wait(20)
        return real_record(case)

    monkeypatch.setattr(anonymised_export, "_record", record)
    click(qtbot, panel.export_button)
    qtbot.waitUntil(reading.is_set)  # the service is past its last chance to stop
    click(qtbot, panel.progress.findChild(QPushButton))
    assert "Cancelling" in panel.status.text()
    assert not panel.export_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: panel.task.done, timeout=20000)
    assert list(tmp_path.glob("cases*")) == []
    assert "Export cancelled; no file was kept." in panel.status.text()
