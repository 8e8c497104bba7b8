"""Importing a case register from the Cases page: refused files, imports, possible duplicates."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.case_fixtures import events, listed, make_page
from tipdesk.services.case_import import write_template
from tipdesk.services.case_list import count_cases
from tipdesk.services.tabular import ImportProblem
from tipdesk.ui.case_table_model import CaseTableModel as M
from tipdesk.ui.cases.import_dialog import ImportProblemsDialog
from tipdesk.ui.import_problem_table_model import ImportProblemTableModel

HEADER = "registration_date,sex,given_names,family_name,consent_register,forms_of_exploitation"


@pytest.fixture
def page(qtbot, admin_office, runner, settings):
    return make_page(qtbot, admin_office, runner, settings)


def choose(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *args, **kwargs: (str(path), "Case registers (*.csv *.xlsx)"),
    )


def problems_shown(dialog):
    model = dialog.table.model()
    return [
        tuple(model.index(row, column).data() for column in range(4))
        for row in range(model.rowCount())
    ]


def test_a_bad_file_shows_every_problem_and_imports_nothing(
    qtbot, page, admin_office, tmp_path, monkeypatch
):
    bad = tmp_path / "register.csv"
    bad.write_text(
        HEADER + "\n"
        "2026-11-02,female,Abena,Fictional,yes,forced-labour\n"
        "02/11/2026,dragon,Kojo,Fictional,yes,forced-labour\n"
        "2026-11-03,male,Kwame,Fictional,no,space-piracy\n",
        encoding="utf-8",
    )
    choose(monkeypatch, bad)
    page.import_button.click()
    qtbot.waitUntil(
        lambda: (
            page.importer.problems_dialog is not None and page.importer.problems_dialog.isVisible()
        ),
        timeout=5000,
    )
    dialog = page.importer.problems_dialog
    assert dialog.headline.text() == "Nothing was imported."
    assert "register.csv" in dialog.explanation.text()
    shown = problems_shown(dialog)
    assert ("3", "registration_date", "02/11/2026") in [row[:3] for row in shown]
    assert ("3", "sex", "dragon") in [row[:3] for row in shown]
    assert ("4", "forms_of_exploitation", "space-piracy") in [row[:3] for row in shown]
    assert any(row[0] == "4" and row[1] == "consent_register" for row in shown)
    assert all(row[3] for row in shown)  # every problem has its reason
    assert dialog.anyway_button is None  # real problems cannot be imported anyway
    assert count_cases(admin_office) == 0
    assert events(admin_office, "case.import") == []
    assert page.table.model().rowCount() == 0


def test_a_good_file_is_imported_and_listed(qtbot, page, admin_office, tmp_path, monkeypatch):
    good = tmp_path / "register.csv"
    write_template(good)
    lines = good.read_text(encoding="utf-8-sig").splitlines()
    good.write_text(lines[0] + ",favourite_colour\n" + lines[1] + ",blue\n", encoding="utf-8")
    choose(monkeypatch, good)
    page.import_button.click()
    qtbot.waitUntil(
        lambda: page.importer.message_box is not None and page.importer.message_box.isVisible(),
        timeout=5000,
    )
    text = page.importer.message_box.text()
    assert "1 case was imported: CMR-2026-0001." in text
    assert "ignored: favourite_colour." in text
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1, timeout=5000)  # read off-thread
    listed(qtbot, page)
    assert [page.table.model().index(0, M.CODE).data()] == ["CMR-2026-0001"]
    assert page.count_label.text() == "1 case."
    assert [e.record_ref for e in events(admin_office, "case.import")] == ["CMR-2026-0001"]


def test_possible_duplicates_can_be_imported_anyway(
    qtbot, page, admin_office, tmp_path, monkeypatch
):
    file = tmp_path / "register.csv"
    write_template(file)
    choose(monkeypatch, file)
    page.import_button.click()
    qtbot.waitUntil(lambda: count_cases(admin_office) == 1, timeout=5000)
    # The first import has reported back (its message is up) before the second starts.
    qtbot.waitUntil(
        lambda: not page.importer.busy and page.importer.message_box is not None, timeout=5000
    )
    page.importer.message_box.close()
    page.import_button.click()  # the same person again
    qtbot.waitUntil(
        lambda: (
            page.importer.problems_dialog is not None and page.importer.problems_dialog.isVisible()
        ),
        timeout=5000,
    )
    dialog = page.importer.problems_dialog
    assert dialog.duplicates_only
    assert "may be the person of case CMR-2026-0001" in problems_shown(dialog)[0][3]
    assert count_cases(admin_office) == 1
    dialog.anyway_button.click()
    qtbot.waitUntil(lambda: count_cases(admin_office) == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 2, timeout=5000)


def test_problems_are_listed_in_spreadsheet_row_order(qtbot):
    problems = [
        ImportProblem(10, "sex", "x", "not a known value"),
        ImportProblem(9, "age", "y", "not a whole number of years"),
        ImportProblem(2, "age", "z", "not a whole number of years"),
    ]
    dialog = ImportProblemsDialog("register.xlsx", problems)
    qtbot.addWidget(dialog)
    assert [row[0] for row in problems_shown(dialog)] == ["2", "9", "10"]  # not "10" < "2"
    assert "3 problems were found in register.xlsx" in dialog.explanation.text()
    header = dialog.table.model().headerData(
        ImportProblemTableModel.REASON, Qt.Orientation.Horizontal
    )
    assert header == "Problem"
