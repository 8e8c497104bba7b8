"""The Directory section through its widgets, over a real office: editing, filters, roles."""

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from tests.conftest import ADMIN
from tests.test_directory import SAMPLE
from tipdesk.services import audit_log, directory, users
from tipdesk.services import office as office_service
from tipdesk.services.audit_log import AuditFilter
from tipdesk.services.directory import DirectoryFilter
from tipdesk.services.directory_io import COLUMNS, import_directory
from tipdesk.services.tabular import read_table
from tipdesk.ui.directory import DirectoryPage
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.service_table_model import ServiceTableModel

OFFICER_PASSWORD = "temporary phrase 42"
STALE_ROWS = (2, 5, 20)  # rows of the sample made stale by `sample_file`


def sample_file(tmp_path, stale_rows=STALE_ROWS):
    """The sample directory with every service verified today but `stale_rows` (200 days ago)."""
    table = read_table(SAMPLE)
    column = COLUMNS.index("last_verified_on")
    for number, row in enumerate(table.rows):
        age = timedelta(days=200 if number in stale_rows else 0)
        row[column] = (date.today() - age).isoformat()
    path = tmp_path / "sample-today.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([table.headers, *table.rows])
    return path


def make_page(qtbot, office, runner, settings) -> DirectoryPage:
    page = DirectoryPage(PageContext(office, runner, settings))
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # so that keys reach the focused widget
    loaded(qtbot, page.services_tab)
    return page


def loaded(qtbot, tab):
    """`tab` once its rows are read and the services it waited for selected (the table reads
    on a worker thread), or the Gaps tab once counted."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    return tab


@pytest.fixture
def sample(admin_office, tmp_path):
    import_directory(admin_office, sample_file(tmp_path))
    return admin_office


@pytest.fixture
def page(qtbot, sample, runner, settings):
    return make_page(qtbot, sample, runner, settings)


@pytest.fixture
def tab(page):
    return page.services_tab


def column(tab, number):
    model = tab.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def open_row(qtbot, tab, ref):
    """Double-click the row of service `ref`, as a user would, and return the dialog."""
    assert loaded(qtbot, tab).select(ref)
    row = tab.model.row_of(ref)
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.dialog is not None and tab.dialog.isVisible()
    return tab.dialog


def directory_changes(office, ref):
    return [
        e
        for e in audit_log.list_events(office, AuditFilter(record_ref=ref))
        if e.action == "directory.change"
    ]


def test_lists_the_directory_with_stale_services_marked(tab):
    assert tab.count_label.text() == "48 services"
    assert tab.model.rowCount() == 48
    statuses = column(tab, ServiceTableModel.STATUS)
    assert statuses.count("Check again") == len(STALE_ROWS)
    assert statuses.count("Active") == 48 - len(STALE_ROWS)
    assert all(button.isVisible() for button in tab.edit_buttons)
    assert tab.open_button.text() == "&Edit…"


def test_editing_through_the_dialog_saves_and_audits(qtbot, tab, sample):
    dialog = open_row(qtbot, tab, "SVC-SAMPLE01")
    hours = dialog.form.inputs["opening_hours"]
    assert hours.text() == "Mon-Fri 08:00-16:00"
    hours.clear()
    qtbot.keyClicks(hours, "Every day 07:00-19:00")
    dialog.form.inputs["disability_accessible"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = directory.get_service(sample, "SVC-SAMPLE01")
    assert saved.opening_hours == "Every day 07:00-19:00" and saved.disability_accessible
    (event,) = directory_changes(sample, "SVC-SAMPLE01")
    assert event.username == ADMIN
    assert set(event.fields) == {"opening_hours", "disability_accessible"}
    loaded(qtbot, tab)
    assert tab.status.text() == "Service SVC-SAMPLE01 saved."
    assert [r.ref for r in tab.selected()] == ["SVC-SAMPLE01"]


def test_a_validation_error_is_shown_and_nothing_saved(qtbot, tab, sample):
    dialog = open_row(qtbot, tab, "SVC-SAMPLE01")
    dialog.form.inputs["service_type"].clear()
    phone = dialog.form.inputs["phone"]
    phone.clear()
    qtbot.keyClicks(phone, "call the office")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    errors = dialog.form.errors
    assert errors["service_type"].isVisible()
    assert "Say what the service is" in errors["service_type"].text()
    assert "phone number with digits" in errors["phone"].text()
    assert not errors["organisation"].isVisible()
    assert "(Service, Phone)" in dialog.message_label.text()
    assert "Nothing was saved" in dialog.message_label.text()
    assert (
        directory.get_service(sample, "SVC-SAMPLE01").service_type == "Legal aid and documentation"
    )
    assert directory_changes(sample, "SVC-SAMPLE01") == []
    qtbot.keyClicks(dialog.form.inputs["service_type"], "Legal aid")  # corrected as typed
    assert not errors["service_type"].isVisible() and errors["phone"].isVisible()


def test_the_duplicate_rule_is_explained_in_plain_words(qtbot, tab, sample):
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    form = dialog.form
    qtbot.keyClicks(form.inputs["organisation"], "Fictional Hope Shelter Network")
    form.inputs["sector"].setCurrentIndex(form.inputs["sector"].findData("protection"))
    qtbot.keyClicks(form.inputs["service_type"], "Documentation desk")
    form.inputs["admin1"].setEditText("Far North")
    qtbot.keyClicks(form.inputs["site"], "Maroua")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.message_label.text()
    assert (
        "Fictional Hope Shelter Network already offers an active Protection (general, legal "
        "aid, documentation) service at Maroua (SVC-SAMPLE01)" in text
    )
    assert "shelter-nfi" not in text and "protection service" not in text
    assert form.errors["site"].isVisible() and form.errors["sector"].isVisible()
    assert directory.count_services(sample) == 48


def test_adding_a_service_with_languages_and_populations(qtbot, tab, sample):
    dialog = tab.add_service()
    form = dialog.form
    qtbot.keyClicks(form.inputs["organisation"], "Fictional Men's Shelter")
    form.inputs["sector"].setCurrentIndex(form.inputs["sector"].findData("shelter-nfi"))
    qtbot.keyClicks(form.inputs["service_type"], "Safe shelter for men")
    form.inputs["admin1"].setEditText("North")
    qtbot.keyClicks(form.languages.edit, "Hausa")
    qtbot.keyClick(form.languages.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(form.languages.edit, "Klingonese")
    qtbot.keyClick(form.languages.edit, Qt.Key.Key_Return)
    assert "not a language we know" in form.languages.error.text()
    form.inputs["sexes"].boxes["male"].setChecked(True)
    form.inputs["accepts_trafficking_cases"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    record = directory.get_service(sample, dialog.saved_ref)
    assert (record.languages, record.sexes, record.age_groups) == (["hau"], ["male"], [])
    assert record.accepts_trafficking_cases and record.last_verified_on == date.today()
    loaded(qtbot, tab)
    assert tab.count_label.text() == "49 services"
    assert [r.ref for r in tab.selected()] == [dialog.saved_ref]
    assert tab.filters.language_combo.findData("hau") > 0  # offered as a filter now


def test_filters_narrow_the_table(qtbot, tab, sample):
    filters = tab.filters
    filters.sector_combo.setCurrentIndex(filters.sector_combo.findData("health"))
    loaded(qtbot, tab)
    assert set(column(tab, ServiceTableModel.SECTOR)) == {"Health"}
    assert (
        tab.model.rowCount()
        == directory.count_services(sample, DirectoryFilter(sector="health"))
        == 3
    )
    assert tab.count_label.text() == "3 services match"
    filters.clear()
    filters.stale_check.setChecked(True)
    loaded(qtbot, tab)
    assert tab.model.rowCount() == len(STALE_ROWS)
    assert set(column(tab, ServiceTableModel.STATUS)) == {"Check again"}
    filters.clear()
    filters.sex_combo.setCurrentIndex(filters.sex_combo.findData("male"))
    filters.sector_combo.setCurrentIndex(filters.sector_combo.findData("gbv"))
    loaded(qtbot, tab)
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "0 services match"


def test_search_waits_for_a_pause_in_typing(qtbot, tab):
    reloads = []
    tab.model.modelReset.connect(lambda: reloads.append(tab.filters.search_edit.text()))
    qtbot.keyClicks(tab.filters.search_edit, "Mora")
    assert tab.model.rowCount() == 48  # not yet: the user may still be typing
    qtbot.waitUntil(lambda: tab.model.rowCount() < 48, timeout=3000)
    assert set(column(tab, ServiceTableModel.SITE)) == {"Mora"}
    assert reloads == ["Mora"]  # once, after the pause, not at every key


def test_mark_verified_and_deactivate(qtbot, tab, sample):
    stale = [r.ref for r in directory.list_services(sample, DirectoryFilter(stale_only=True))]
    tab.select(stale[0])
    tab.select(stale[1], add=True)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "2 services marked verified today."
    loaded(qtbot, tab)
    assert column(tab, ServiceTableModel.STATUS).count("Check again") == len(STALE_ROWS) - 2
    assert {r.ref for r in tab.selected()} == set(stale[:2])  # still selected
    assert directory.get_service(sample, stale[0]).last_verified_on == date.today()

    tab.select(stale[0])
    assert tab.active_button.text() == "Dea&ctivate"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, tab)
    assert tab.model.row_of(stale[0]) is None and tab.count_label.text() == "47 services"
    assert "Tick Show inactive" in tab.status.text()
    tab.filters.inactive_check.setChecked(True)
    loaded(qtbot, tab)
    assert tab.select(stale[0]) and tab.active_button.text() == "A&ctivate"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert directory.get_service(sample, stale[0]).active
    actions = [e.action for e in audit_log.list_events(sample, AuditFilter(record_ref=stale[0]))]
    assert actions[:3] == ["directory.activate", "directory.deactivate", "directory.verify"]


def test_an_officer_reads_the_directory_but_cannot_change_it(
    qtbot, sample, db_path, runner, settings
):
    users.add_user(sample, "fatou", "Fatou Ndiaye", "officer", OFFICER_PASSWORD)
    officer = office_service.sign_in(db_path, "fatou", OFFICER_PASSWORD)
    try:
        page = make_page(qtbot, officer, runner, settings)
        tab = page.services_tab
        assert tab.model.rowCount() == 48
        assert not any(button.isVisible() for button in tab.edit_buttons)
        assert tab.open_button.isVisible() and tab.open_button.text() == "&View…"
        tab.select("SVC-SAMPLE01")
        tab.table.setFocus()
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # the keyboard opens it too
        dialog = tab.dialog
        assert dialog.isVisible() and dialog.save_button is None
        assert dialog.windowTitle() == "Service details"
        name = dialog.form.inputs["organisation"]
        qtbot.keyClicks(name, "X")
        assert name.text() == "Fictional Hope Shelter Network" and name.isReadOnly()
        assert all(
            w.isReadOnly()
            for w in dialog.form.findChildren(QLineEdit)
            if w.isVisible() and w.parent() is not None and not isinstance(w.parent(), QComboBox)
        )
        assert not any(w.isEnabled() for w in dialog.form.findChildren(QCheckBox))
        assert not dialog.form.inputs["sector"].isEnabled()
        assert not dialog.form.languages.edit.isVisible()
        assert dialog.form.languages.codes() == ["fra", "ful"]
        dialog.reject()
        page.setCurrentWidget(page.gaps_tab)
        loaded(qtbot, page.gaps_tab)
        assert page.gaps_tab.model.rowCount() == 12  # the gaps are for everyone to see
    finally:
        officer.lock()
