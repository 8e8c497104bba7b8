"""Directory import, export and template from the Directory page; and the gap view."""

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.test_directory import SAMPLE, shelter
from tests.ui.test_directory_page import loaded, make_page, sample_file
from tipdesk.services import directory
from tipdesk.services.directory import DirectoryFilter
from tipdesk.services.directory_io import COLUMNS, import_directory
from tipdesk.services.tabular import read_table


@pytest.fixture
def page(qtbot, admin_office, runner, settings):
    return make_page(qtbot, admin_office, runner, settings)


@pytest.fixture
def choose(monkeypatch):
    """Answer the next file dialogs with `path` (and the file type it implies)."""
    chosen = {}

    def answer(*_args, **_kwargs):
        path = chosen["path"]
        kind = "Excel workbook (*.xlsx)" if str(path).endswith("xlsx") else "CSV file (*.csv)"
        return (str(path), kind)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return chosen


def bad_file(tmp_path):
    table = read_table(SAMPLE)
    table.rows[3][COLUMNS.index("email")] = "not-an-email"
    table.rows[7][COLUMNS.index("sector")] = "circus"
    table.rows[9][COLUMNS.index("accepts_trafficking_cases")] = "maybe"
    path = tmp_path / "bad.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows([table.headers, *table.rows])
    return path


def test_a_bad_file_shows_every_problem_and_imports_nothing(
    qtbot, page, admin_office, choose, tmp_path
):
    tab = page.services_tab
    choose["path"] = bad_file(tmp_path)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    options = tab.transfer.options_dialog
    assert options.isVisible() and "bad.csv" in options.intro.text()
    qtbot.mouseClick(options.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.transfer.problems_dialog is not None, timeout=30000)
    dialog = tab.transfer.problems_dialog
    assert dialog.isVisible() and dialog.headline.text() == "Nothing was imported."
    assert "3 problems were found in bad.csv" in dialog.explanation.text()
    shown = dialog.table.model()
    rows = [[shown.index(r, c).data() for c in range(3)] for r in range(shown.rowCount())]
    assert rows == [
        ["5", "email", "not-an-email"],
        ["9", "sector", "circus"],
        ["11", "accepts_trafficking_cases", "maybe"],
    ]
    assert "e-mail address" in shown.index(0, 3).data()
    assert tab.status.is_error and "Nothing was imported" in tab.status.text()
    assert loaded(qtbot, tab).model.rowCount() == 0
    assert directory.count_services(admin_office, DirectoryFilter(include_inactive=True)) == 0


def test_a_good_file_is_imported_and_the_counts_are_shown(
    qtbot, page, admin_office, choose, tmp_path
):
    tab = page.services_tab
    choose["path"] = sample_file(tmp_path)
    options = tab.transfer.choose_and_import()
    assert not options.warning.isVisible()
    qtbot.mouseClick(options.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 48, timeout=30000)
    text = "Directory imported: 48 services added, 0 updated, 0 unchanged."
    assert tab.status.text() == text and not tab.status.is_error
    assert tab.transfer.message_box.text() == text
    assert tab.filters.region_combo.findData("North") > 0


def test_replace_warns_then_removes_what_the_file_lacks(
    qtbot, page, admin_office, choose, tmp_path
):
    import_directory(admin_office, SAMPLE)
    table = read_table(SAMPLE)
    path = tmp_path / "ten.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([table.headers, *table.rows[:10]])
    tab = page.services_tab
    tab.refresh()
    loaded(qtbot, tab)
    choose["path"] = path
    options = tab.transfer.choose_and_import()
    options.replace_check.setChecked(True)
    assert options.warning.isVisible() and "will be removed" in options.warning.text()
    assert options.import_button.text() == "&Replace the directory"
    qtbot.mouseClick(options.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 10, timeout=30000)
    assert "10 unchanged, 38 removed, 0 deactivated" in tab.status.text()
    assert directory.count_services(admin_office, DirectoryFilter(include_inactive=True)) == 10


@pytest.mark.parametrize(
    "name, kind", [("out.xlsx", "xlsx"), ("out.csv", "csv"), ("no-extension", "csv")]
)
def test_export_writes_the_format_of_the_chosen_extension(
    qtbot, page, admin_office, choose, tmp_path, name, kind
):
    import_directory(admin_office, SAMPLE)
    tab = page.services_tab
    choose["path"] = tmp_path / name
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.isVisible(), timeout=30000)
    target = tmp_path / name if name.endswith(kind) else tmp_path / f"{name}.{kind}"
    assert tab.status.text() == f"48 services exported to {target}."
    exported = read_table(target)
    assert exported.headers == COLUMNS and len(exported.rows) == 48
    if kind == "xlsx":
        assert target.read_bytes()[:2] == b"PK"


def test_template_is_saved_where_chosen(qtbot, page, admin_office, choose, tmp_path):
    choose["path"] = tmp_path / "template.xlsx"
    qtbot.mouseClick(page.services_tab.template_button, Qt.MouseButton.LeftButton)
    assert read_table(tmp_path / "template.xlsx").headers == COLUMNS
    assert import_directory(admin_office, tmp_path / "template.xlsx").added == 1


def test_gap_view_of_a_known_small_directory(qtbot, page, admin_office):
    directory.save_service(admin_office, shelter())  # women only, takes trafficking cases
    directory.save_service(
        admin_office,
        shelter(
            organisation="Fictional Clinic",
            sector="health",
            sexes=[],
            accepts_trafficking_cases=False,
            age_groups=["adults"],
        ),
    )
    page.setCurrentWidget(page.gaps_tab)  # counted when shown
    gaps = loaded(qtbot, page.gaps_tab)
    model = gaps.table.model()
    assert (model.rowCount(), model.columnCount()) == (12, 1)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Far North"
    by_sector = {
        model.headerData(r, Qt.Orientation.Vertical): model.index(r, 0).data() for r in range(12)
    }
    assert by_sector["Shelter and non-food items (NFI)"] == "No service for men"
    assert by_sector["Health"] == (
        "No service accepts trafficking cases\nNo service for older people"
    )
    assert by_sector["Education"].split("\n") == [
        "No service accepts trafficking cases",
        "No service for men",
        "No service for older people",
        "No service for non-nationals",
    ]
    assert gaps.summary.text() == "12 of 12 sector and region cells lack something."

    health = [model.headerData(r, Qt.Orientation.Vertical) for r in range(12)].index("Health")
    gaps.table.setCurrentIndex(model.index(health, 0))
    gaps.table.setFocus()
    qtbot.keyClick(gaps.table, Qt.Key.Key_Return)
    assert page.currentWidget() is page.services_tab
    tab = loaded(qtbot, page.services_tab)
    assert tab.count_label.text() == "1 service matches"
    assert tab.model.rowCount() == 1
    assert tab.model.record_at(0).organisation == "Fictional Clinic"


def test_an_empty_directory_says_so_in_the_gap_view(qtbot, page):
    page.setCurrentWidget(page.gaps_tab)
    assert loaded(qtbot, page.gaps_tab).model.rowCount() == 0
    assert "no active service yet" in page.gaps_tab.summary.text()
