"""The Cases page over a real office: listing, search, filters, opening a case file."""

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select, update

from tests.conftest import CANARY_NAME
from tests.ui.case_fixtures import (
    OFFICER_PASSWORD,
    events,
    listed,
    make_page,
    opened,
    register,
)
from tipdesk.models import Case, User
from tipdesk.services import drafts, users
from tipdesk.services.demo import generate_cases
from tipdesk.services.tabular import read_table
from tipdesk.ui.case_table_model import CaseTableModel as M
from tipdesk.ui.cases import CasesPage
from tipdesk.ui.main_window import MainWindow


@pytest.fixture
def demo_office(admin_office):
    for _ in generate_cases(admin_office, 260):
        pass
    return admin_office


@pytest.fixture
def page(qtbot, demo_office, runner, settings):
    return make_page(qtbot, demo_office, runner, settings)


def shown(page, column):
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_page_lists_demo_cases_with_names_next_to_codes(qtbot, page):
    assert page.table.model().rowCount() == 200
    assert page.count_label.text() == "260 cases, 200 loaded; scroll for more."
    header = page.table.horizontalHeader()
    assert header.visualIndex(M.NAME) == 1  # the name right after the case code
    assert all(code.startswith("CMR-") for code in shown(page, M.CODE))
    assert sum("Demo-" in (name or "") for name in shown(page, M.NAME)) > 150
    page.table.scrollToBottom()  # the view asks the model for the next page
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 260)
    assert page.count_label.text() == "260 cases."


def test_search_waits_for_typing_to_stop_then_filters(qtbot, page):
    qtbot.keyClicks(page.search_edit, "sahel")
    assert page.table.model().rowCount() == 200  # debounced: nothing happened yet
    qtbot.waitUntil(lambda: page.table.model().filter.search == "sahel", timeout=2000)
    listed(qtbot, page)
    names = shown(page, M.NAME)
    assert 0 < len(names) < 200
    assert all("Demo-Sahel" in name for name in names)
    code = shown(page, M.CODE)[0]
    page.search_edit.setText(code)
    page.apply_filter()
    listed(qtbot, page)
    assert shown(page, M.CODE) == [code]


def test_filters_by_status_officer_outcome_and_overdue(qtbot, page, demo_office):
    page.status_combo.setCurrentIndex(page.status_combo.findData("closed"))
    listed(qtbot, page)
    assert set(shown(page, M.STATUS)) == {"Closed"}
    page.status_combo.setCurrentIndex(0)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("presumed-victim"))
    listed(qtbot, page)
    assert set(shown(page, M.OUTCOME)) == {"Presumed victim of trafficking"}
    page.outcome_combo.setCurrentIndex(0)

    users.add_user(demo_office, "fatou", "Fatou Diallo", "officer", OFFICER_PASSWORD)
    with demo_office.writing() as s:
        fatou_id = s.scalar(select(User.id).where(User.username == "fatou"))
        codes = s.scalars(select(Case.code).order_by(Case.id).limit(3)).all()
        s.execute(update(Case).values(next_follow_up_on=None))  # demo follow-ups set aside
        s.execute(
            update(Case)
            .where(Case.code.in_(codes))
            .values(assigned_officer_id=fatou_id, next_follow_up_on=date(2020, 1, 1))
        )
    page.refresh()  # the officer list is read again
    index = page.officer_combo.findText("Fatou Diallo")
    assert index > 0
    page.officer_combo.setCurrentIndex(index)
    listed(qtbot, page)
    assert sorted(shown(page, M.CODE)) == sorted(codes)
    assert set(shown(page, M.OFFICER)) == {"Fatou Diallo"}
    page.officer_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    listed(qtbot, page)
    assert sorted(shown(page, M.CODE)) == sorted(codes)
    assert all(text.endswith("(overdue)") for text in shown(page, M.NEXT_FOLLOW_UP))


def test_enter_on_a_row_opens_the_case_file_and_the_view_is_audited(
    qtbot, runner, settings, admin_office
):
    code = register(admin_office)
    page = make_page(qtbot, admin_office, runner, settings)
    assert shown(page, M.NAME) == [f"{CANARY_NAME} Essomba"]
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, M.CODE))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.status.text() == f"Opening case {code}…"  # read on a worker thread
    dialog = opened(qtbot, page, code)
    assert dialog.isVisible()
    assert dialog.profile_tab.fields["identity.given_names"].widget.text() == CANARY_NAME
    assert dialog.profile_tab.fields["identity.family_name"].widget.text() == "Essomba"
    assert CANARY_NAME not in dialog.windowTitle()
    assert [e.username for e in events(admin_office, "case.view", code)] == ["amina"]
    assert page.open_case(code) is dialog  # a second open brings the same window forward
    dialog.close()
    qtbot.waitUntil(lambda: code not in page.case_files)


def test_a_case_that_cannot_be_opened_is_explained_and_two_enters_open_one_window(
    qtbot, runner, settings, admin_office
):
    code = register(admin_office)
    page = make_page(qtbot, admin_office, runner, settings)
    assert page.open_case("CMR-2026-9999") is None
    qtbot.waitUntil(lambda: "There is no case CMR-2026-9999" in page.status.text())
    assert page.case_files == {}
    assert page.open_case(code) is None  # read on a worker thread
    assert page.open_case(code) is None  # pressed again while it is read
    opened(qtbot, page, code)
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(page.case_files) == 1
    assert len(events(admin_office, "case.view", code)) == 1
    assert page.status.text() == ""


def test_double_click_opens_the_case_file(qtbot, runner, settings, admin_office):
    code = register(admin_office)
    page = make_page(qtbot, admin_office, runner, settings)
    rect = page.table.visualRect(page.table.model().index(0, M.CODE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert code not in page.case_files  # a single click only selects
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened(qtbot, page, code).isVisible()


def test_new_case_without_the_wizard_says_so(qtbot, page, monkeypatch):
    monkeypatch.setitem(sys.modules, "tipdesk.ui.wizard", None)  # import fails
    page.new_button.click()
    assert page.message_box.isVisible()
    assert "wizard is not part of this version" in page.message_box.text()


def test_template_is_written_where_chosen(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "register-template"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV file (*.csv)")
    )
    page.template_button.click()
    written = tmp_path / "register-template.csv"
    assert "registration_date" in read_table(written).headers
    assert str(written) in page.status.text()


def test_the_main_window_has_a_cases_section_for_case_roles(qtbot, runner, settings, admin_office):
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.open_office(admin_office)
    assert "cases" in window.section_keys()
    assert isinstance(window.page("cases"), CasesPage)
    assert window.sidebar.item(window.section_keys().index("cases")).text() == "Cases"


def test_a_case_edit_kept_as_a_draft_is_resumed_and_dropped_once_saved(
    qtbot, runner, settings, admin_office
):
    code = register(admin_office)
    page = make_page(qtbot, admin_office, runner, settings)
    page.open_case(code)
    dialog = opened(qtbot, page, code)
    dialog.profile_tab.fields["identity.phone"].widget.setText("+237 600 000 009")
    kind, title, payload = dialog.unsaved_draft()  # what a lock keeps
    draft_id = drafts.save_draft(
        admin_office, kind, payload, title=title, case_id=dialog.draft_case_id
    )
    dialog.discard_unsaved()
    dialog.close()
    qtbot.waitUntil(lambda: code not in page.case_files)

    assert not page.open_draft(draft_id, "referral")  # not a kind this page resumes
    assert page.open_draft(draft_id, kind)
    resumed = opened(qtbot, page, code)
    assert resumed.profile_tab.fields["identity.phone"].widget.text() == "+237 600 000 009"
    resumed.profile_tab.save_button.click()
    assert resumed.profile_tab.status.text() == "Saved: 1 field changed."
    assert drafts.list_drafts(admin_office) == []  # saved, so the draft is gone


def test_new_case_opens_the_wizard_and_a_saved_case_is_listed(
    qtbot, runner, settings, admin_office
):
    page = make_page(qtbot, admin_office, runner, settings)
    page.new_button.click()
    wizard = page.wizard
    qtbot.waitUntil(wizard.isVisible)
    code = register(admin_office)  # as the wizard's worker would
    wizard.case_saved.emit(code)
    listed(qtbot, page)
    assert shown(page, M.CODE) == [code]
    assert page.status.text() == f"Case {code} was registered."
    wizard.close()
