"""Recording a new consent, safety assessment or screening from the case file, on a real
office: the dialogs save through the services and the case file shows the result."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tests.ui.case_fixtures import OFFICER_PASSWORD, events, make_case_file, register
from tipdesk.models import Service
from tipdesk.services import case_file, directory, users
from tipdesk.services import office as office_service
from tipdesk.services.case_list import list_cases
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.referrals import allowed_fields, create_referral
from tipdesk.ui.wizard.widgets import set_combo


@pytest.fixture
def code(admin_office):
    return register(admin_office)


@pytest.fixture
def dialog(qtbot, admin_office, runner, settings, code):
    return make_case_file(qtbot, admin_office, runner, settings, code)


def purposes(dialog):
    return [row[0] for row in dialog.consent_tab.table.texts()]


def test_a_referral_consent_recorded_in_the_dialog_opens_the_referral(dialog, admin_office, code):
    consent = dialog.consent_tab.record_consent()
    set_combo(consent.scope, "referral")
    consent.save_button.click()  # no sector, no decision yet
    assert consent.isVisible() and "gives or refuses" in consent.status.text()
    consent.decision.set_value("given")
    consent.save_button.click()
    assert consent.status.text() == "A referral consent names its sector."
    set_combo(consent.sector, "mhpss")
    assert not consent.partner.isVisibleTo(consent)
    consent.save_button.click()
    assert not consent.isVisible()
    assert purposes(dialog)[-1] == (
        "Referral to a sector: Mental health and psychosocial support (MHPSS)"
    )
    assert dialog.consent_tab.status.text() == "Consent recorded."
    assert create_referral(
        admin_office, code, sector="mhpss", service_ref=None, disclosed_fields=["sex"]
    )
    assert events(admin_office, "consent.record", code)[0].fields == ("consent.referral",)


def test_a_share_consent_naming_a_partner_lets_the_name_go(dialog, admin_office, code):
    ref = directory.save_service(
        admin_office,
        ServiceRecord(
            organisation="Fictional Clinic Réseau",
            organisation_acronym="FCR",
            organisation_type="health",
            sector="health",
            service_type="Primary health care",
            admin1="Far North",
            site="Maroua",
        ),
    )
    consent = dialog.consent_tab.record_consent()
    set_combo(consent.scope, "share")
    assert consent.partner.isVisibleTo(consent) and not consent.sector.isVisibleTo(consent)
    consent.partner.setText("FCR")
    consent.decision.set_value("given")
    consent.save_button.click()
    assert "Tick the information" in consent.status.text()
    consent.information.boxes["name"].setChecked(True)
    consent.interpreter.setChecked(True)
    consent.save_button.click()
    assert not consent.isVisible()
    assert purposes(dialog)[-1] == "Sharing named information with a named partner: FCR"
    case = case_file.open_case_file(admin_office, code)
    with admin_office.reading() as s:
        service = s.scalars(
            select(Service).where(Service.ref == ref).options(selectinload(Service.organisation))
        ).one()
        assert "name" in allowed_fields(case, "health", service)
        assert "phone" not in allowed_fields(case, "health", service)


def test_a_new_safety_assessment_appears_on_the_safety_tab(dialog, admin_office, code):
    assert len(dialog.safety_tab.scroll.widget().findChildren(type(dialog.title_label))) > 0
    before = len(case_file.open_case_file(admin_office, code).safety_assessments)
    safety = dialog.safety_tab.new_record()
    safety.save_button.click()
    assert "Answer every safety question (6 left)" in safety.status.text()
    for name, row in safety.answers.items():
        row.set_value("yes" if name in ("immediate_danger", "safe_to_contact_later") else "no")
    assert safety.alerted.isVisibleTo(safety)
    safety.save_button.click()
    assert "who was alerted" in safety.status.text()
    safety.alerted.setPlainText("Police focal point")
    safety.taken.setPlainText("Moved to the Qzx safe house")
    safety.save_button.click()
    assert not safety.isVisible()
    texts = [
        label.text()
        for label in dialog.safety_tab.scroll.widget().findChildren(type(dialog.title_label))
    ]
    assert "Moved to the Qzx safe house" in texts
    assert len(case_file.open_case_file(admin_office, code).safety_assessments) == before + 1
    assert dialog.safety_tab.status.text() == "Safety assessment recorded."
    change = events(admin_office, "case.change", code)[0]
    assert change.fields == ("safety_assessments",) and "Qzx" not in repr(change)


def test_rescreening_changes_the_outcome_in_the_case_list(dialog, admin_office, code):
    def listed():
        return next(r.outcome for r in list_cases(admin_office) if r.code == code)

    assert listed() == "presumed-victim"
    screening = dialog.screening_tab.new_record()
    assert screening.lists["means"].values() == ["deception"]  # from the latest screening
    assert "Presumed victim" in screening.outcome_label.text()
    screening.lists["means"].set_values([])
    assert "Indicators present, assess further" in screening.outcome_label.text()
    assert "Means" in screening.outcome_label.text()
    screening.override.setChecked(True)
    set_combo(screening.override_outcome, "presumed-victim")
    screening.save_button.click()
    assert "needs a written reason" in screening.status.text()
    screening.override.setChecked(False)
    screening.save_button.click()
    assert not screening.isVisible()
    assert listed() == "assess-further"
    assert dialog.screening_tab.status.text() == (
        "Screening recorded. Outcome: Indicators present, assess further."
    )
    latest = case_file.open_case_file(admin_office, code).screenings[-1]
    assert latest.industries == ["construction"]  # carried over from the latest screening
    texts = " ".join(
        label.text()
        for label in dialog.screening_tab.scroll.widget().findChildren(type(dialog.title_label))
    )
    assert "Indicators present, assess further" in texts


def test_the_buttons_are_hidden_from_those_who_may_not_change_the_case(
    qtbot, admin_office, db_path, runner, settings, code
):
    users.add_user(admin_office, "fatou", "Fatou", "officer", OFFICER_PASSWORD)
    fatou = office_service.sign_in(db_path, "fatou", OFFICER_PASSWORD)
    dialog = make_case_file(qtbot, fatou, runner, settings, code)
    assert not dialog.editable
    for button in (
        dialog.consent_tab.record_button,
        dialog.safety_tab.new_button,
        dialog.screening_tab.new_button,
    ):
        assert button.isHidden() and not button.isEnabled()
    assert dialog.consent_tab.record_consent() is None
    assert dialog.screening_tab.new_record() is None
    mine = make_case_file(qtbot, admin_office, runner, settings, code)
    assert not any(
        b.isHidden()
        for b in (
            mine.consent_tab.record_button,
            mine.safety_tab.new_button,
            mine.screening_tab.new_button,
        )
    )
    dialog.close()
    fatou.lock()
