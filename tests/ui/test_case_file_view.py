"""The case file window over a real office: what it shows, what it saves, who may change it."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit
from sqlalchemy import select

from tests.conftest import CANARY_NAME
from tests.ui.case_fixtures import (
    OFFICER_PASSWORD,
    answer_questions,
    events,
    make_case_file,
    register,
)
from tipdesk.models import Referral
from tipdesk.services import case_file, users
from tipdesk.services import office as office_service


@pytest.fixture
def code(admin_office):
    return register(admin_office)


@pytest.fixture
def dialog(qtbot, admin_office, runner, settings, code):
    return make_case_file(qtbot, admin_office, runner, settings, code)


def field(dialog, key):
    return dialog.profile_tab.fields[key].widget


def test_the_case_file_shows_the_person_and_records_the_view(dialog, admin_office, code):
    assert field(dialog, "identity.given_names").text() == CANARY_NAME
    assert field(dialog, "profile.sex").currentText() == "Male"
    assert field(dialog, "profile.age_years").text() == "34 years"
    assert field(dialog, "profile.citizenships").text() == "CMR"
    assert dialog.profile_tab.age_band_label.text() == "30–38"
    assert "Active" in dialog.summary_label.text()
    assert not dialog.read_only_label.isVisibleTo(dialog)
    assert [e.action for e in events(admin_office, "case.view", code)] == ["case.view"]
    purposes = [row[0] for row in dialog.consent_tab.table.texts()]
    assert purposes == [
        "Registering personal data",
        "Use in anonymised statistics",
        "Referral to a sector: Health",
    ]
    assert dialog.needs_tab.combos["health"].currentText() == "Wants this service"
    assert dialog.needs_tab.combos["shelter-nfi"].currentText() == "Declines this service"
    screening = dialog.screening_tab.scroll.widget()
    texts = " ".join(label.text() for label in screening.findChildren(type(dialog.title_label)))
    assert "Presumed victim of trafficking" in texts and "Libya (LBY)" in texts


def test_editing_the_profile_saves_and_audits_field_names(dialog, admin_office, code):
    assert not dialog.profile_tab.save_button.isEnabled()
    field(dialog, "identity.phone").setText("+237 600 000 001")
    field(dialog, "profile.age_years").setValue(61)
    assert dialog.profile_tab.save_button.isEnabled()
    assert dialog.profile_tab.dirty_label.text() == "Unsaved changes."
    dialog.profile_tab.save_button.click()
    assert dialog.profile_tab.status.text() == "Saved: 3 fields changed."
    change = events(admin_office, "case.change", code)[0]
    assert set(change.fields) == {"identity.phone", "profile.age_years", "profile.age_band"}
    assert "+237" not in repr(change)
    assert dialog.profile_tab.age_band_label.text() == "48 and over"  # reloaded
    assert not dialog.profile_tab.save_button.isEnabled()
    stored = case_file.open_case_file(admin_office, code)
    assert (stored.identity.phone, stored.profile.age_years) == ("+237 600 000 001", 61)


def test_an_invalid_input_is_explained_and_nothing_is_saved(dialog, admin_office, code):
    field(dialog, "profile.citizenships").setText("CMR; Atlantis")
    dialog.profile_tab.save_button.click()
    assert dialog.profile_tab.status.is_error
    assert "'Atlantis' is not a known country" in dialog.profile_tab.status.text()
    assert events(admin_office, "case.change", code) == []
    dialog.notes_tab.add_button.click()  # the service refuses an empty note
    assert dialog.notes_tab.status.text() == "The note is empty."


def test_withdrawing_a_consent_flags_the_open_referral(dialog, admin_office, code, monkeypatch):
    with admin_office.writing() as s:
        s.add(Referral(case_id=dialog.case.id, sector="health", status="sent"))
    dialog.reload()
    tab = dialog.consent_tab
    assert not tab.withdraw_button.isEnabled()  # nothing selected
    tab.table.selectRow(2)  # the referral consent (health)
    assert tab.withdraw_button.isEnabled()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    tab.withdraw_button.click()
    assert tab.table.texts()[2][5] == ""  # cancelled: still given
    asked = answer_questions(monkeypatch)
    tab.withdraw_button.click()
    assert "Referral to a sector: Health" in asked[0]
    assert tab.status.text() == (
        "Consent withdrawn. 1 open referral relied on it and was flagged: see the Referrals tab."
    )
    assert tab.table.texts()[2][5] != ""  # the withdrawal time
    assert dialog.referrals_tab.table.texts()[0][5] == "Withdrawn: form blocked"
    with admin_office.reading() as s:
        assert s.scalars(select(Referral.consent_withdrawn)).one() is True
    assert [e.fields for e in events(admin_office, "consent.withdraw", code)] == [
        ("consent.referral",)
    ]


def test_an_officer_sees_another_officers_case_read_only(
    qtbot, admin_office, db_path, code, runner, settings
):
    users.add_user(admin_office, "fatou", "Fatou Diallo", "officer", OFFICER_PASSWORD)
    fatou = office_service.sign_in(db_path, "fatou", OFFICER_PASSWORD)
    try:
        dialog = make_case_file(qtbot, fatou, runner, settings, code)
        assert dialog.read_only_label.isVisible()
        assert "managed by Amina Bello" in dialog.read_only_label.text()
        assert field(dialog, "identity.given_names").text() == CANARY_NAME
        for input_ in (f.widget for f in dialog.profile_tab.fields.values()):
            if isinstance(input_, QLineEdit | QPlainTextEdit):
                assert input_.isReadOnly()  # still readable and selectable
            else:
                assert not input_.isEnabled()
        for tab, button in (
            (dialog.profile_tab, dialog.profile_tab.save_button),
            (dialog.consent_tab, dialog.consent_tab.withdraw_button),
            (dialog.needs_tab, dialog.needs_tab.save_button),
            (dialog.follow_up_tab, dialog.follow_up_tab.add_button),
            (dialog.notes_tab, dialog.notes_tab.add_button),
        ):
            dialog.tab_widget.setCurrentWidget(tab)
            assert not button.isVisible()
        dialog.tab_widget.setCurrentWidget(dialog.closure_tab)
        assert not dialog.closure_tab.form_box.isVisible()
    finally:
        fatou.lock()
    assert [e.username for e in events(admin_office, "case.view", code)] == ["fatou"]


def test_follow_up_actions_are_added_shown_overdue_and_marked_done(dialog, admin_office, code):
    tab = dialog.follow_up_tab
    tab.description_edit.setText("Call the clinic")
    tab.due_edit.setDate(QDate(date.today() - timedelta(days=2)))
    tab.add_button.click()
    assert tab.table.texts()[0][1:] == ["Overdue", "Call the clinic"]
    assert "follow-up overdue since" in dialog.summary_label.text()
    tab.table.selectRow(0)
    tab.done_button.click()
    assert tab.table.texts()[0][1] == f"Done {date.today().isoformat()}"
    assert case_file.open_case_file(admin_office, code).next_follow_up_on is None


def test_notes_needs_and_closure_are_saved(dialog, admin_office, code, monkeypatch):
    dialog.notes_tab.note_edit.setPlainText("Prefers calls after 4 pm.")
    dialog.notes_tab.add_button.click()
    assert "Prefers calls after 4 pm." in dialog.notes_tab.text()
    assert "Amina Bello" in dialog.notes_tab.text()

    combo = dialog.needs_tab.combos["health"]
    combo.setCurrentIndex(combo.findData("declines"))
    dialog.needs_tab.save_button.click()
    stored = case_file.open_case_file(admin_office, code)
    assert {n.sector: n.status for n in stored.needs}["health"] == "declines"

    tab = dialog.closure_tab
    tab.reason_combo.setCurrentIndex(tab.reason_combo.findData("referred"))
    assert tab.referred_check.isChecked()
    answer_questions(monkeypatch)
    tab.close_button.click()
    assert dialog.case.status == "closed-referred"
    assert "Closed, referred on" in tab.closed_label.text()
    assert not field(dialog, "case.status").isEnabled()  # reopening is not a status pick
    assert [e.action for e in events(admin_office, "case.close", code)] == ["case.close"]


def test_unsaved_edits_make_a_draft_without_names_and_survive_a_reload(
    qtbot, dialog, admin_office, code, runner, settings
):
    assert dialog.unsaved_draft() is None
    field(dialog, "identity.phone").setText("+237 600 000 002")
    field(dialog, "profile.citizenships").setText("CMR; Nige")  # half typed
    dialog.notes_tab.note_edit.setPlainText("Half a thought")
    kind, title, payload = dialog.unsaved_draft()
    assert kind == "case-edit"
    assert title == f"Edit of {code}" and CANARY_NAME not in title
    assert payload["case_code"] == code
    assert payload["tabs"]["profile"] == {
        "identity.phone": "+237 600 000 002",
        "profile.citizenships": "CMR; Nige",
    }
    assert payload["tabs"]["notes"] == {"text": "Half a thought"}

    dialog.follow_up_tab.description_edit.setText("Visit")
    dialog.follow_up_tab.add_button.click()  # saving one tab keeps the others' edits
    assert field(dialog, "identity.phone").text() == "+237 600 000 002"
    assert dialog.notes_tab.note_edit.toPlainText() == "Half a thought"

    again = make_case_file(qtbot, admin_office, runner, settings, code)
    again.apply_draft(payload)
    assert field(again, "identity.phone").text() == "+237 600 000 002"
    assert again.profile_tab.save_button.isEnabled()
    assert again.notes_tab.note_edit.toPlainText() == "Half a thought"


def test_closing_with_unsaved_edits_asks_first(dialog, monkeypatch):
    field(dialog, "identity.phone").setText("+237 600 000 003")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible() and asked
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_referral_is_made_from_the_case_file(qtbot, dialog, code):
    tab = dialog.referrals_tab
    dialog.tab_widget.setCurrentWidget(tab)
    assert tab.new_button.isVisibleTo(dialog) and tab.new_button.isEnabled()
    new = tab.new_referral()
    qtbot.waitUntil(lambda: new.options is not None, timeout=10000)
    assert new.options.case_code == code
    new.close()
