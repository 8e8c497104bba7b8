"""The Reports section's anonymised export: the file, k, the summary line, and Cancel."""

import csv
from collections import Counter
from functools import partial

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests import process_jobs
from tests.test_anonymised import SEEDS, seeded_case
from tipdesk.services import anonymised_export
from tipdesk.services.demo import generate_cases
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.reports import ReportsPage, export_panel

SPAWN_MS = 30000  # the export runs in a child process, which takes about a second to start

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
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
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
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
    assert save_as["default"].endswith(".xlsx") and save_as["filter"].startswith("Excel")
    book = load_workbook(tmp_path / "cluster.xlsx", read_only=True)
    assert "Data dictionary" in book.sheetnames
    assert not (tmp_path / "cluster-dictionary.csv").exists()
    assert "on its own sheet" in panel.status.text()


def test_cancel_while_reading_writes_nothing(
    qtbot, panel, populated, save_as, tmp_path, monkeypatch
):
    monkeypatch.setattr(export_panel, "export_steps", process_jobs.slow_export)
    click(qtbot, panel.export_button)
    qtbot.waitUntil(lambda: "read so far" in panel.progress.labelText(), timeout=SPAWN_MS)
    assert panel.progress.isVisible()
    click(qtbot, panel.progress.findChild(QPushButton))
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
    assert list(tmp_path.glob("*cases*")) == []
    assert "Export cancelled; no file was written." in panel.status.text()
    assert panel.export_button.isEnabled() and not panel.saved_notice.isVisible()


def test_cancel_as_the_file_is_written_keeps_no_file(
    qtbot, panel, populated, save_as, tmp_path, monkeypatch
):
    """200 cases give no progress step: Cancel lands while the service writes; the UI deletes."""
    gate = tmp_path / "gate"
    gate.mkdir()
    monkeypatch.setattr(export_panel, "export_steps", partial(process_jobs.gated_export, gate=gate))
    click(qtbot, panel.export_button)
    qtbot.waitUntil((gate / "started").exists, timeout=SPAWN_MS)  # past its last chance to stop
    click(qtbot, panel.progress.findChild(QPushButton))
    assert "Cancelling" in panel.status.text()
    assert not panel.export_button.isEnabled()
    (gate / "open").touch()
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
    assert list(tmp_path.glob("*cases*")) == []
    assert "Export cancelled; no file was kept." in panel.status.text()


def test_a_worker_that_dies_while_writing_leaves_no_file_and_says_try_again(
    qtbot, panel, populated, save_as, tmp_path, monkeypatch
):
    gate = tmp_path / "gate"
    gate.mkdir()
    job = partial(process_jobs.export_killed_while_writing, gate=gate)
    monkeypatch.setattr(export_panel, "export_steps", job)
    click(qtbot, panel.export_button)
    qtbot.waitUntil((gate / "started").exists, timeout=SPAWN_MS)
    assert list(tmp_path.glob("*cases*"))  # half written
    panel.task.process.kill()  # as a crash, or the system ending it, would
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
    assert list(tmp_path.glob("*cases*")) == []
    assert "stopped before it finished" in panel.status.text()
    assert "Try again" in panel.status.text() and panel.status.is_error
    assert panel.export_button.isEnabled() and not panel.saved_notice.isVisible()
