"""The Reports section: the summary preview and its PDF, on a real office database."""

from calendar import monthrange
from datetime import date
from functools import partial

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices, QTextTable
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests import process_jobs
from tests.test_anonymised import SEEDS, seeded_case
from tipdesk.reports import summary_report
from tipdesk.services import office as office_service
from tipdesk.services import statistics, users
from tipdesk.services.demo import generate_cases
from tipdesk.services.disclosure import published
from tipdesk.ui.main_window import MainWindow
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.reports import ReportsPage
from tipdesk.ui.reports.summary_preview import HIDDEN_BG
from tipdesk.ui.sections import default_sections

SPAWN_MS = 30000  # counting and the PDF run in a child process: about a second to start


@pytest.fixture
def populated(admin_office):
    list(generate_cases(admin_office, 200, seed=23))
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
    return page.summary_panel


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_cancel(qtbot, dialog):
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.findChild(QPushButton))


def preview_tables(view):
    """The text of every table in the preview, in order, row by row."""
    tables = []
    for frame in view.document().rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            tables.append(
                [
                    [
                        frame.cellAt(r, c).firstCursorPosition().block().text()
                        for c in range(frame.columns())
                    ]
                    for r in range(frame.rows())
                ]
            )
    return tables


def cell_background(view, table_index, row, column):
    frames = [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    return frames[table_index].cellAt(row, column).format().background().color().name()


def previewed(qtbot, panel):
    click(qtbot, panel.preview_button)
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
    return panel.preview_view


def test_the_page_says_what_leaves_the_laptop(page):
    text = page.explanation.text()
    assert "no names, case codes, dates of birth" in text
    assert "consented to use in anonymised statistics" in text
    assert not page.summary_panel.save_button.isEnabled()


def test_preview_shows_every_table_as_it_will_be_published(qtbot, panel, admin_office, populated):
    view = previewed(qtbot, panel)
    expected = statistics.build_summary(admin_office, k=5)
    text = view.toPlainText()
    assert f"Cases counted: {expected.counted}" in text
    assert f"no consent to anonymised statistics: {expected.excluded_without_consent}" in text
    assert expected.excluded_without_consent >= 1 and expected.counted > 100
    for table in expected.tables:
        assert table.title in text
    tables = preview_tables(view)
    titles = [t.title for t in expected.tables]

    sex_age = expected.tables[titles.index("Sex and age band")]
    shown = tables[titles.index("Sex and age band")]
    assert [row[0] for row in shown[1:]] == [
        "Female",
        "Male",
        "Transgender female",
        "Transgender male",
        "Non-conforming or other",
        "Not specified or unknown",
        "Total",
    ]
    assert [row[1:] for row in shown[1:]] == published(sex_age, 5)
    forms = expected.tables[titles.index("Forms of exploitation")]
    shown = tables[titles.index("Forms of exploitation")]
    assert [row[1] for row in shown[1:]] == published(forms, 5)[0]
    months = expected.tables[0]
    month_cells = [c for row in tables[0][1:] for c in row[1:] if c]
    assert month_cells == published(months, 5)[0][:-1]
    assert f"Total: {published(months, 5)[0][-1]}" in text

    # hidden cells are marked: "<5" on an amber ground, a plain count on none
    r, c = next((r, c) for r, row in enumerate(tables[2]) for c, v in enumerate(row) if v == "<5")
    assert cell_background(view, 2, r, c) == HIDDEN_BG
    r, c = next(
        (r, c)
        for r, row in enumerate(tables[2][1:], 1)
        for c, v in enumerate(row)
        if c and v.isdigit() and int(v) >= 5
    )
    assert cell_background(view, 2, r, c) != HIDDEN_BG
    assert panel.save_button.isEnabled()


def test_k_and_the_period_change_what_is_counted(qtbot, panel, admin_office, populated):
    previewed(qtbot, panel)
    panel.k_spin.setValue(10)
    assert "Counts from 1 to 9 are shown as \u201c<10\u201d" in panel.k_explained.text()
    assert not panel.save_button.isEnabled()  # the preview no longer matches the settings
    assert "press Preview" in panel.preview_view.toPlainText()

    click(qtbot, panel.whole_history)
    assert panel.from_edit.isEnabled() and panel.to_edit.isEnabled()
    today = date.today()
    panel.from_edit.setDate(panel.from_edit.date().addMonths(-12))
    first = panel.from_edit.date()
    view = previewed(qtbot, panel)
    last_day = date(today.year, today.month, monthrange(today.year, today.month)[1])
    expected = statistics.build_summary(
        admin_office, period_from=date(first.year(), first.month(), 1), period_to=last_day, k=10
    )
    text = view.toPlainText()
    assert f"{first.year()}-{first.month():02d} to {today:%Y-%m}" in text
    assert f"Cases counted: {expected.counted}" in text
    assert "<10" in text and "<5" not in text


def test_a_first_month_after_the_last_is_refused(qtbot, panel, populated):
    click(qtbot, panel.whole_history)
    panel.from_edit.setDate(QDate.currentDate())
    panel.to_edit.setDate(QDate.currentDate().addMonths(-2))
    click(qtbot, panel.preview_button)
    assert panel.status.is_error
    assert "first month is after the last" in panel.status.text()
    assert panel.task is None


def test_cancelling_the_preview_discards_the_counts(qtbot, panel, populated, monkeypatch, tmp_path):
    # The counting runs in a child process: this one waits there until the gate opens.
    monkeypatch.setattr(
        statistics, "build_summary", partial(process_jobs.gated_summary, gate=tmp_path)
    )
    click(qtbot, panel.preview_button)
    click_cancel(qtbot, panel.progress)
    assert "Preview cancelled" in panel.status.text()
    (tmp_path / "open").touch()
    qtbot.waitUntil(lambda: panel.task.done, timeout=SPAWN_MS)
    qtbot.wait(50)
    assert "Cases counted" not in panel.preview_view.toPlainText()
    assert panel.preview_view.summary is None
    assert not panel.save_button.isEnabled()


def test_save_pdf_writes_the_previewed_summary_and_nothing_identifying(
    qtbot, panel, populated, tmp_path, monkeypatch
):
    asked, opened = {}, []

    def choose(parent, caption, default, file_filter):
        asked["default"] = default
        return str(tmp_path / "cluster-report"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    previewed(qtbot, panel)
    click(qtbot, panel.save_button)
    qtbot.waitUntil(lambda: panel.save_task.done, timeout=SPAWN_MS)
    assert asked["default"].endswith(f"anonymised-summary-{date.today():%Y-%m}.pdf")
    out = tmp_path / "cluster-report.pdf"
    assert out.is_file()
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Anonymised summary" in text and "Sex and age band" in text
    assert f"Cases counted {panel.preview_view.summary.counted}" in " ".join(text.split())
    for secret in [*SEEDS.values(), *populated]:
        assert secret not in text
    assert panel.saved_notice.isVisible() and str(out) in panel.saved_notice.label.text()
    click(qtbot, panel.saved_notice.open_button)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_cancelling_the_save_keeps_no_pdf(qtbot, panel, populated, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "report.pdf"), a[-1])
    )
    gate = tmp_path / "gate"
    gate.mkdir()
    job = partial(process_jobs.gated_summary_report, gate=gate)
    monkeypatch.setattr(summary_report, "write_summary_report", job)
    previewed(qtbot, panel)
    click(qtbot, panel.save_button)
    click_cancel(qtbot, panel.save_progress)
    (gate / "open").touch()
    qtbot.waitUntil(lambda: panel.save_task.done, timeout=SPAWN_MS)
    assert not (tmp_path / "report.pdf").exists()
    assert "no PDF was kept" in panel.status.text()
    assert not panel.saved_notice.isVisible()


# -- who sees the section --------------------------------------------------------------------
@pytest.mark.parametrize("role, sees", [("officer", True), ("focal-point", False)])
def test_only_roles_allowed_anonymised_reports_have_the_section(
    qtbot, runner, settings, admin_office, db_path, role, sees
):
    section = next(s for s in default_sections() if s.key == "reports")
    assert section.visible_to(role) is sees
    users.add_user(admin_office, "fatou", "Fatou Ndiaye", role, "temporary phrase 42")
    office = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.open_office(office)
    try:
        assert ("reports" in window.section_keys()) is sees
        assert isinstance(window.page("reports"), ReportsPage) is sees
    finally:
        window.lock()


def test_administrators_find_reports_before_administration(qtbot, runner, settings, admin_office):
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.open_office(admin_office)
    try:
        keys = window.section_keys()
        assert keys.index("reports") == keys.index("administration") - 1
        assert window.show_section("reports")
    finally:
        window.lock()


def test_the_summary_can_be_run_from_the_keyboard(qtbot, page, panel, populated):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert panel.k_spin.hasFocus()
    qtbot.keyClick(panel.k_spin, Qt.Key.Key_Up)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.task is not None and panel.task.done, timeout=SPAWN_MS)
    assert "<6" in panel.preview_view.toPlainText()
