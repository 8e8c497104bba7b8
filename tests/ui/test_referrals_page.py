"""The Referrals page over the demo office: the queue, a referral's detail, feedback, forms."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from sqlalchemy import select

from tests.ui.admin_fixtures import table_text
from tests.ui.referral_fixtures import (
    build_demo_office,
    copy_office,
    make_page,
    pdf_text,
    queued,
    sign_in,
    widget_texts,
)
from tipdesk.models import Referral
from tipdesk.services import case_file
from tipdesk.services.referral_views import QueueFilter, count_queue, list_queue, referral_view
from tipdesk.services.referrals import DUE_AFTER, TRANSITIONS, overdue_counts
from tipdesk.ui.referral_table_model import ReferralTableModel as M

WAIT = 10000


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo office with 150 cases, made once for these tests."""
    return build_demo_office(tmp_path_factory.mktemp("demo-template"))


@pytest.fixture
def demo_db(demo_template, tmp_path):
    return copy_office(demo_template, tmp_path)


@pytest.fixture
def demo_admin(demo_db):
    office = sign_in(demo_db, "demo-admin")
    yield office
    office.lock()


@pytest.fixture
def demo_focal(demo_db):
    office = sign_in(demo_db, "focal1")
    yield office
    office.lock()


def find_referral(office, want):
    """The first demo referral (id order) for which `want(referral, case)` holds."""
    with office.reading() as s:
        for referral in s.scalars(select(Referral).order_by(Referral.id)):
            if want(referral, referral.case):
                return referral.id
    raise AssertionError("no demo referral fits")


def open_detail(qtbot, page, referral_id):
    page.open_check.setChecked(False)
    page.select(referral_id)  # pages are read until it shows
    qtbot.waitUntil(lambda: page.selected_id() == referral_id, timeout=WAIT)
    qtbot.waitUntil(
        lambda: page.detail.view is not None and page.detail.view.id == referral_id, timeout=WAIT
    )
    return page.detail.view


def test_the_queue_lists_demo_referrals_with_overdue_counts(qtbot, demo_admin, runner, settings):
    page = make_page(qtbot, demo_admin, runner, settings)
    open_total = count_queue(demo_admin, QueueFilter(open_only=True))
    assert 0 < open_total < count_queue(demo_admin)
    assert page.model.rowCount() == open_total
    assert page.count_label.text() == f"{open_total} referrals."
    counts = overdue_counts(demo_admin)
    assert sum(counts.values()) > 0
    assert page.overdue_label.text() == (
        f"Overdue: {counts['emergency']} emergency · "
        f"{counts['urgent']} urgent · {counts['normal']} normal"
    )
    rows = table_text(page.model)
    assert all(row[M.NUMBER].startswith("REF-") and row[M.CASE].startswith("CMR-") for row in rows)
    assert {row[M.STATUS] for row in rows} <= {"Draft", "Sent", "Received", "Accepted"}

    page.open_check.setChecked(False)
    assert queued(qtbot, page).model.total == count_queue(demo_admin)
    page.overdue_check.setChecked(True)
    assert queued(qtbot, page).model.total == sum(counts.values())
    assert {row[M.OVERDUE] for row in table_text(page.model)} == {"Overdue"}
    page.overdue_check.setChecked(False)
    page.sector_combo.setCurrentIndex(page.sector_combo.findData("health"))
    queued(qtbot, page)
    assert {row[M.SECTOR] for row in table_text(page.model)} == {"Health"}
    assert page.new_button.isVisible()


def test_a_focal_point_sees_only_the_disclosed_fields(
    qtbot, demo_focal, demo_admin, runner, settings
):
    rid = find_referral(
        demo_admin,
        lambda r, case: (
            "name" in r.disclosed_fields
            and "phone" not in r.disclosed_fields
            and case.identity.phone
        ),
    )
    case = case_file.open_case_file(demo_admin, referral_view(demo_admin, rid).case_code)
    name = f"{case.identity.given_names} {case.identity.family_name}"
    phone = case.identity.phone  # on file, not consented to this partner

    page = make_page(qtbot, demo_focal, runner, settings)
    assert page.model.rowCount() > 0 and not page.new_button.isVisible()
    view = open_detail(qtbot, page, rid)
    shown = widget_texts(page)
    assert view.number in shown and name in shown and "Name" in shown
    assert phone not in shown and "Phone and other contact" not in shown
    assert page.detail.history.rowCount() == len(view.history)
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_recording_feedback_offers_only_allowed_statuses(qtbot, demo_admin, runner, settings):
    rid = find_referral(demo_admin, lambda r, case: r.status == "sent" and not r.consent_withdrawn)
    page = make_page(qtbot, demo_admin, runner, settings)
    open_detail(qtbot, page, rid)
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    dialog = page.status_dialog
    offered = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
    assert set(offered) == TRANSITIONS["sent"] and "draft" not in offered
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("received"))
    assert not dialog.date_edit.isVisible()  # only sending sets a date
    qtbot.keyClicks(dialog.note_edit, "Provider called back: seen on Monday")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is now: Received" in page.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.detail.view.status == "received", timeout=WAIT)
    history = page.detail.history
    last = [history.item(history.rowCount() - 1, c).text() for c in (1, 2)]
    assert last == ["Received", "Provider called back: seen on Monday"]
    assert referral_view(demo_admin, rid).history[-1][1:] == (
        "received",
        "Provider called back: seen on Monday",
    )


def test_sending_a_draft_sets_the_deadline_from_the_chosen_day(qtbot, demo_admin, runner, settings):
    rid = find_referral(demo_admin, lambda r, case: r.status == "draft" and not r.consent_withdrawn)
    page = make_page(qtbot, demo_admin, runner, settings)
    view = open_detail(qtbot, page, rid)
    dialog = page.change_status()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("sent"))
    assert dialog.date_edit.isVisible()
    sent_on = date.today() - timedelta(days=2)
    dialog.date_edit.setDate(QDate(sent_on.year, sent_on.month, sent_on.day))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.view.status == "sent", timeout=WAIT)
    due = sent_on + DUE_AFTER[view.priority]
    assert page.detail.view.due_on == due
    assert due.isoformat() in page.detail.summary.text()


def test_save_as_pdf_writes_the_form(qtbot, demo_admin, runner, settings, tmp_path, monkeypatch):
    rid = find_referral(
        demo_admin,
        lambda r, case: (
            not r.consent_withdrawn and "phone" not in r.disclosed_fields and case.identity.phone
        ),
    )
    phone = case_file.open_case_file(
        demo_admin, referral_view(demo_admin, rid).case_code
    ).identity.phone
    target = tmp_path / "forms" / "referral"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF documents (*.pdf)"),
    )
    page = make_page(qtbot, demo_admin, runner, settings)
    view = open_detail(qtbot, page, rid)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved to" in page.status.text(), timeout=WAIT)
    out = target.with_name("referral.pdf")
    text = pdf_text(out)
    assert view.number in text and "Feedback slip" in text and phone not in text
    assert settings.value("referrals/save_folder") == str(out.parent)


@pytest.fixture
def withdrawn(demo_admin):
    """An open demo referral whose sector consent the person withdrew."""
    rid = find_referral(demo_admin, lambda r, case: r.status in ("sent", "received"))
    code = referral_view(demo_admin, rid).case_code
    case = case_file.open_case_file(demo_admin, code)
    sector = referral_view(demo_admin, rid).sector
    consent = next(
        c
        for c in case.consents
        if c.scope == "referral" and c.sector == sector and c.withdrawn_at is None
    )
    assert case_file.withdraw_consent(demo_admin, code, consent.id) >= 1
    return rid


def test_withdrawn_consent_refuses_printing_and_saving(
    qtbot, demo_admin, runner, settings, withdrawn, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", "")
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: asked.append(self) or 0)
    page = make_page(qtbot, demo_admin, runner, settings)
    open_detail(qtbot, page, withdrawn)
    assert table_text(page.model)[page.model.row_of(withdrawn)][M.CONSENT] == "Withdrawn"
    assert page.detail.withdrawn_banner.isVisible()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.is_error, timeout=WAIT)
    assert (
        "withdrew the consent this referral relied on: its form cannot be printed"
        in page.status.text()
    )
    assert "its form cannot be printed" in page.output.message_box.text()
    page.status.clear_message()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.is_error, timeout=WAIT)
    assert "its form cannot be printed" in page.status.text()
    assert asked == []  # neither a printer nor a file was asked for
    dialog = page.change_status()
    offered = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
    assert "cancelled" in offered and "sent" not in offered


def test_printing_sends_the_form_and_leaves_no_file_behind(
    qtbot, demo_admin, runner, settings, tmp_path, monkeypatch
):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(temp))
    printed = tmp_path / "printer-output.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    rid = find_referral(
        demo_admin,
        lambda r, case: (
            not r.consent_withdrawn
            and "name" in r.disclosed_fields
            and "phone" not in r.disclosed_fields
        ),
    )
    page = make_page(qtbot, demo_admin, runner, settings)
    view = open_detail(qtbot, page, rid)
    case = case_file.open_case_file(demo_admin, view.case_code)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sent to the printer" in page.status.text(), timeout=WAIT)
    text = pdf_text(printed)
    assert view.number in text and "Feedback slip" in text and view.case_code in text
    assert case.identity.given_names in text and case.identity.phone not in text
    assert list(temp.iterdir()) == []


def test_new_referral_from_the_page_asks_for_the_case(
    qtbot, demo_admin, runner, settings, monkeypatch
):
    code = referral_view(demo_admin, 1).case_code
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (code.lower(), True))
    page = make_page(qtbot, demo_admin, runner, settings)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.new_dialog
    assert dialog.isVisible() and code in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.options is not None, timeout=WAIT)
    dialog.reject()


def test_choosing_a_referral_reads_pages_until_it_shows(qtbot, demo_admin, runner, settings):
    page = make_page(qtbot, demo_admin, runner, settings)
    page.model._page_size = 10  # a small page, so the last referral is a few pages away
    page.open_check.setChecked(False)
    queued(qtbot, page)
    assert page.model.rowCount() == 10 < page.model.total
    last = list_queue(demo_admin, QueueFilter(), offset=page.model.total - 1, limit=1)[0].id
    page.select(last)
    qtbot.waitUntil(lambda: page.selected_id() == last, timeout=WAIT)
    assert page.model.rowCount() == page.model.total


def test_a_referral_that_leaves_the_filters_says_so(qtbot, demo_admin, runner, settings):
    rid = find_referral(demo_admin, lambda r, case: r.status == "sent" and not r.consent_withdrawn)
    page = make_page(qtbot, demo_admin, runner, settings)
    page.status_combo.setCurrentIndex(page.status_combo.findData("sent"))
    queued(qtbot, page)
    open_detail(qtbot, page, rid)  # the filter stays: only sent referrals
    dialog = page.change_status()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("received"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is now: Received" in page.status.text(), timeout=WAIT)
    assert "It no longer matches the filters, so it left the list." in page.status.text()
    queued(qtbot, page)
    assert page.model.row_of(rid) is None and page.selected_id() is None
