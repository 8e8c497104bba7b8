"""The new-referral dialog: the consent gate, the override, the disclosure checklist, creation."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from tests.conftest import CANARY_NAME
from tests.test_case_registration import adult_man_forced_labour_abroad
from tests.ui.referral_fixtures import pdf_text, queued, widget_texts
from tipdesk.services import case_file, directory, users
from tipdesk.services import office as office_service
from tipdesk.services.audit_log import AuditFilter, list_events
from tipdesk.services.case_registration import ConsentAnswer, register_case
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.referral_views import QueueFilter, list_queue, referral_view
from tipdesk.services.referrals import IDENTIFYING, NON_IDENTIFYING
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals import ReferralsPage, open_new_referral

WAIT = 10000
OFFICER_PASSWORD = "temporary phrase 42"
NO_SHARE = "no consent to share this with this partner"


@pytest.fixture
def services(admin_office):
    """Two health services: FCR (named in the person's consent to share) and another."""
    fcr = directory.save_service(
        admin_office,
        ServiceRecord(
            organisation="Fictional Clinic Réseau",
            organisation_acronym="FCR",
            organisation_type="health",
            sector="health",
            service_type="Primary health care",
            admin1="Far North",
            site="Maroua",
            languages=["fra"],
            accepts_trafficking_cases=True,
        ),
    )
    other = directory.save_service(
        admin_office,
        ServiceRecord(
            organisation="Imaginary Hospital",
            organisation_type="health",
            sector="health",
            service_type="Surgery",
            admin1="Far North",
            site="Mokolo",
        ),
    )
    return fcr, other


@pytest.fixture
def case_code(admin_office, services):
    """Consent to refer to health (and share name and alias with FCR); shelter declined."""
    reg = adult_man_forced_labour_abroad()
    reg.identity.phone = "+237 699 424 242"
    reg.identity.aliases = "Zorblat"
    reg.consents.append(
        ConsentAnswer("share", "given", partner="FCR", information=["name", "alias"])
    )
    return register_case(admin_office, reg)


def context_for(office, runner, settings):
    return PageContext(office, runner, settings)


def open_dialog(qtbot, office, runner, settings, code, sector=None):
    dialog = open_new_referral(context_for(office, runner, settings), None, code, sector)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.options is not None, timeout=WAIT)
    return dialog


def choose_sector(qtbot, dialog, sector):
    dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData(sector))
    qtbot.waitUntil(
        lambda: dialog.services.sector == sector and sector in dialog.services.services,
        timeout=WAIT,
    )


def choose_service(dialog, ref):
    assert dialog.services.select_ref(ref)


def enabled_fields(dialog):
    return {name for name, box in dialog.checklist.boxes.items() if box.isEnabled()}


@pytest.fixture
def officer(admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou Ndiaye", "officer", OFFICER_PASSWORD)
    office = office_service.sign_in(db_path, "fatou", OFFICER_PASSWORD)
    yield office
    office.lock()


def test_declined_needs_are_shown_and_cannot_be_chosen(
    qtbot, admin_office, runner, settings, case_code
):
    dialog = open_dialog(qtbot, admin_office, runner, settings, case_code)
    assert dialog.sector == "health"  # wanted and consented: offered first
    index = dialog.sector_combo.findData("shelter-nfi")
    assert dialog.sector_combo.itemText(index).endswith("— declined by the person")
    assert not dialog.sector_combo.model().item(index).isEnabled()
    dialog.sector_combo.setCurrentIndex(index)  # e.g. asked for by a caller: still refused
    assert "declined" in dialog.gate.text() and not dialog.create_button.isEnabled()
    assert not dialog.override_box.isVisibleTo(dialog)  # not even an administrator overrides


def test_without_consent_a_clear_message_and_only_administrators_may_override(
    qtbot, admin_office, officer, runner, settings, case_code
):
    mine = open_dialog(qtbot, officer, runner, settings, case_code, sector="food")
    assert "There is no consent to refer this person to Food security" in mine.gate.text()
    assert "Only an administrator may override" in mine.gate.text()
    assert not mine.override_box.isVisibleTo(mine) and not mine.create_button.isEnabled()
    assert enabled_fields(mine) == set()

    theirs = open_dialog(qtbot, admin_office, runner, settings, case_code, sector="food")
    assert "There is no consent" in theirs.gate.text()
    assert theirs.override_box.isVisibleTo(theirs)
    assert not theirs.create_button.isEnabled() and enabled_fields(theirs) == set()
    qtbot.keyClicks(theirs.override_edit, "Acute hunger; the person left before we could ask")
    assert theirs.create_button.isEnabled()
    assert enabled_fields(theirs) == set(NON_IDENTIFYING)  # never a name without consent
    qtbot.mouseClick(theirs.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: theirs.referral_id is not None, timeout=WAIT)
    view = referral_view(admin_office, theirs.referral_id)
    assert view.override_reason == "Acute hunger; the person left before we could ask"
    assert [
        e.action for e in list_events(admin_office, AuditFilter(action="referral.consent-override"))
    ] == ["referral.consent-override"]


def test_the_checklist_offers_only_the_fields_the_consents_allow(
    qtbot, admin_office, runner, settings, case_code, services
):
    fcr, other = services
    dialog = open_dialog(qtbot, admin_office, runner, settings, case_code)
    choose_sector(qtbot, dialog, "health")
    assert "The person consented to a referral to Health" in dialog.gate.text()
    assert dialog.services.rowCount() == 3  # none, then the two health services
    shown = widget_texts(dialog)
    assert "Fictional Clinic Réseau (FCR)" in shown and "Imaginary Hospital" in shown
    assert enabled_fields(dialog) == set(NON_IDENTIFYING)  # no provider: no partner named
    assert dialog.checklist.why_not("name") == NO_SHARE
    assert "Greyed out: no consent to share this with this partner." in shown

    choose_service(dialog, fcr)
    assert enabled_fields(dialog) == set(NON_IDENTIFYING) | {"name", "alias"}
    assert not dialog.checklist.boxes["name"].isChecked()  # identifying: ticked on purpose
    assert dialog.checklist.why_not("phone") == NO_SHARE
    choose_service(dialog, other)
    assert enabled_fields(dialog) == set(NON_IDENTIFYING)
    assert set(IDENTIFYING) & enabled_fields(dialog) == set()
    for secret in ("+237 699 424 242", "Zorblat", CANARY_NAME):
        assert secret not in widget_texts(dialog)  # the dialog never shows the person


def test_creating_a_referral_shows_its_number_and_it_joins_the_queue(
    qtbot, admin_office, runner, settings, case_code, services, tmp_path, monkeypatch
):
    fcr, _other = services
    created = []
    dialog = open_dialog(qtbot, admin_office, runner, settings, case_code)
    dialog.created.connect(lambda rid, number: created.append((rid, number)))
    choose_sector(qtbot, dialog, "health")
    choose_service(dialog, fcr)
    dialog.checklist.boxes["name"].setChecked(True)
    dialog.checklist.boxes["disability"].setChecked(False)
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("urgent"))
    qtbot.keyClicks(dialog.reason_edit, "Untreated injuries from the construction site")
    qtbot.keyClicks(dialog.requested_edit, "Wound care")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(created), timeout=WAIT)
    rid, number = created[0]
    assert f"Referral {number} created as a draft" in dialog.message.text()
    assert dialog.print_button.isVisible() and not dialog.create_button.isVisible()
    view = referral_view(admin_office, rid)
    assert set(view.disclosed) == {
        "sex",
        "age_band",
        "nationality_status",
        "languages",
        "needs",
        "name",
    }
    assert (view.priority, view.reason, view.services_requested) == (
        "urgent",
        "Untreated injuries from the construction site",
        "Wound care",
    )
    assert view.provider == "Fictional Clinic Réseau (FCR)" and view.status == "draft"
    assert [row.number for row in list_queue(admin_office, QueueFilter(status="draft"))] == [number]

    page = ReferralsPage(context_for(admin_office, runner, settings))
    qtbot.addWidget(page)
    page.show()
    assert queued(qtbot, page).model.row_of(rid) is not None

    printed = tmp_path / "printed.pdf"

    def accept(print_dialog):
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sent to the printer" in dialog.message.text(), timeout=WAIT)
    text = pdf_text(printed)
    assert number in text and CANARY_NAME in text and "Zorblat" not in text


def test_a_refusal_from_the_service_is_shown_in_the_dialog(
    qtbot, admin_office, runner, settings, case_code, services
):
    dialog = open_dialog(qtbot, admin_office, runner, settings, case_code)
    choose_sector(qtbot, dialog, "health")
    choose_service(dialog, services[0])
    dialog.checklist.boxes["alias"].setChecked(True)
    share = next(
        c for c in case_file.open_case_file(admin_office, case_code).consents if c.scope == "share"
    )
    case_file.withdraw_consent(admin_office, case_code, share.id)  # meanwhile, elsewhere
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.is_error, timeout=WAIT)
    assert "do not allow disclosing: Alias." in dialog.message.text()
    assert dialog.create_button.isEnabled() and dialog.checklist.boxes["alias"].isChecked()
    assert dialog.referral_id is None


def test_an_unknown_case_is_reported(qtbot, admin_office, runner, settings):
    dialog = open_new_referral(context_for(admin_office, runner, settings), None, "CMR-2026-9999")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.message.is_error, timeout=WAIT)
    assert "There is no case CMR-2026-9999" in dialog.message.text()
    assert not dialog.create_button.isEnabled()
