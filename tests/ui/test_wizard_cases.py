"""The case wizard end to end, as a protection officer meets four people."""

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import CANARY_NAME
from tests.ui.wizard_driver import (
    CONSENT,
    IDENTIFICATION,
    REVIEW,
    URGENT,
    answer_safety,
    choose,
    click,
    click_save,
    go_next,
    next_enabled,
    open_wizard,
    pick,
    tick,
    type_into,
)
from tipdesk.services.case_file import open_case_file
from tipdesk.services.drafts import list_drafts


@pytest.fixture
def wizard(qtbot, admin_office, runner, settings):
    wiz = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wiz)
    return wiz


def save_and_wait(qtbot, wizard) -> str:
    with qtbot.waitSignal(wizard.case_saved, timeout=10000) as saved:
        click_save(wizard)
    code = saved.args[0]
    assert code in wizard.review_page.status.text()
    assert wizard.review_page.status.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == "Close"
    return code


def test_adult_man_in_forced_labour_abroad(qtbot, wizard, admin_office):
    answer_safety(wizard)
    go_next(wizard)
    assert wizard.currentId() == CONSENT  # no danger: no urgent-action page

    consent = wizard.consent_page
    assert not next_enabled(wizard)
    assert "registering their personal data" in consent.problem_label.text()
    choose(consent.under_18, "no")
    choose(consent.register, "given")
    click(consent.referrals.button("health", "given"))
    click(consent.referrals.button("shelter-nfi", "refused"))
    choose(consent.statistics, "given")
    pick(consent.language, "French")
    assert consent.language.values() == ["fra"]
    go_next(wizard)

    ident = wizard.identification_page
    assert "No indicators" in ident.outcome_label.text()
    tick(ident.lists["acts"], "recruitment", "transportation")
    tick(ident.lists["purposes"], "forced-labour")
    assert "Indicators present, assess further" in ident.outcome_label.text()
    tick(ident.lists["means"], "deception")
    tick(ident.lists["forms_of_exploitation"], "forced-labour")
    assert ident.lists["industries"].isVisible()  # a labour form asks for the industry
    tick(ident.lists["industries"], "construction")
    pick(ident.exploited_in, "Libya")
    ident.where.setCurrentIndex(ident.where.findData("abroad"))
    assert "Presumed victim of trafficking" in ident.outcome_label.text()
    assert "An Act, a Means and a Purpose" in ident.outcome_label.text()
    assert ident.missed_label.isVisible()
    assert "Labour exploitation" in ident.missed_label.text()
    go_next(wizard)

    part = wizard.participation_page
    assert not part.child_views.isVisible()
    type_into(part.priorities, "Send money home and get my passport back")
    click(part.needs.button("health", "wants"))
    click(part.needs.button("livelihoods", "wants"))
    click(part.needs.button("shelter-nfi", "declines"))
    go_next(wizard)

    profile = wizard.profile_page
    profile.sex.setCurrentIndex(profile.sex.findData("male"))
    choose(profile.age_mode, "years")
    profile.age_years.setValue(34)
    profile.nationality_status.setCurrentIndex(profile.nationality_status.findData("migrant"))
    pick(profile.citizenships, "Chad")
    pick(profile.languages, "Chadian Arabic")
    choose(profile.disability, "no")
    go_next(wizard)

    conf = wizard.confidentiality_page
    assert "CMR-" in conf.code_note.text() and "made when you save" in conf.code_note.text()
    assert not conf.caregiver_box.isVisible()  # an adult
    type_into(conf.edits["given_names"], CANARY_NAME)
    type_into(conf.edits["family_name"], "Essomba")
    go_next(wizard)

    assert wizard.currentId() == REVIEW
    summary = wizard.review_page.summary.text()
    for group in (
        "Men and boys",
        "Labour exploitation",
        "Migrants, refugees and other non-nationals",
    ):
        assert group in summary
    assert CANARY_NAME in summary and "Presumed victim of trafficking" in summary
    assert all(status == "done" for key, status in wizard.panel.status.items() if key != "review")

    code = save_and_wait(qtbot, wizard)
    assert code.startswith("CMR-")
    case = open_case_file(admin_office, code)
    assert case.screenings[0].outcome == "presumed-victim"
    assert case.screenings[0].countries_of_exploitation == ["LBY"]
    assert case.screenings[0].trafficked_where == "abroad"
    assert case.profile.sex == "male" and case.profile.age_band == "30-38"
    assert case.profile.citizenships == ["TCD"] and case.profile.languages == ["shu"]
    assert case.identity.given_names == CANARY_NAME
    assert {n.sector: n.status for n in case.needs} == {
        "health": "wants",
        "livelihoods": "wants",
        "shelter-nfi": "declines",
    }
    consents = {(c.scope, c.sector): c.decision for c in case.consents}
    assert consents[("referral", "health")] == "given"
    assert consents[("referral", "shelter-nfi")] == "refused"
    assert {c.language for c in case.consents} == {"fra"}
    assert list_drafts(admin_office, "case-wizard") == []  # the draft went with the save
    assert wizard.panel.status["review"] == "done"

    # The needs the person wants can be referred straight from the end of the wizard.
    review = wizard.review_page
    assert review.refer_button.isVisibleTo(wizard)
    dialog = review.make_referral()
    qtbot.waitUntil(lambda: dialog.options is not None, timeout=10000)
    assert dialog.options.case_code == code and dialog.sector == "health"
    dialog.close()


def test_girl_of_15_whose_guardian_is_implicated(qtbot, wizard, admin_office):
    answer_safety(wizard, retaliation_risk="yes")
    go_next(wizard)

    consent = wizard.consent_page
    choose(consent.under_18, "yes")
    choose(consent.register, "given")
    click(consent.referrals.button("child-protection", "given"))
    assert not consent.giver.buttons["person"].isVisible()  # a child does not consent alone
    assert "The person is a child" in consent.problem_label.text()
    assert not next_enabled(wizard)
    choose(consent.giver, "best-interests")
    assert consent.best_interests.isVisible() and not consent.guardian_name.isVisible()
    assert not next_enabled(wizard)
    assert "best-interests decision" in consent.problem_label.text()
    type_into(consent.best_interests, "Her uncle recruited her; decided with the CP supervisor")
    go_next(wizard)

    ident = wizard.identification_page
    tick(ident.lists["acts"], "recruitment")
    tick(ident.lists["purposes"], "sexual-exploitation")
    tick(ident.lists["forms_of_exploitation"], "sexual-exploitation")
    tick(ident.lists["sex_exploitation_types"], "prostitution")
    text = ident.outcome_label.text()
    assert "Presumed victim of trafficking" in text  # Act + Purpose, no Means: the child rule
    assert "no Means is needed" in text
    ident.prior_pathway.setCurrentIndex(ident.prior_pathway.findData("child-protection"))
    assert ident.flag_label.isVisible()
    assert "child-protection case" in ident.flag_label.text()
    assert "trafficking" in ident.flag_label.text()
    go_next(wizard)

    part = wizard.participation_page
    assert part.child_views.isVisible()
    assert not next_enabled(wizard)  # a child's views are heard and recorded
    type_into(part.child_views, "Heard alone with a female interpreter; wants to go to school")
    click(part.needs.button("education", "wants"))
    go_next(wizard)

    profile = wizard.profile_page
    profile.sex.setCurrentIndex(profile.sex.findData("female"))
    choose(profile.age_mode, "years")
    profile.age_years.setValue(15)
    assert not consent.under_18.isEnabled()  # the age now decides
    go_next(wizard)

    conf = wizard.confidentiality_page
    assert conf.caregiver_box.isVisible()
    conf.sensitivity.setCurrentIndex(conf.sensitivity.findData("restricted"))
    type_into(conf.edits["given_names"], "Aïssa")
    go_next(wizard)

    summary = wizard.review_page.summary.text()
    assert "documented best-interests decision" in summary
    assert "Handled as a child-protection case, but it meets the definition" in summary
    code = save_and_wait(qtbot, wizard)
    case = open_case_file(admin_office, code)
    assert case.sensitivity == "restricted" and case.prior_pathway == "child-protection"
    assert case.profile.age_years == 15
    screening = case.screenings[0]
    assert screening.means == [] and screening.computed_outcome == "presumed-victim"
    assert {c.given_by for c in case.consents} == {"best-interests"}
    assert all("uncle" in c.best_interests_reason for c in case.consents)
    assert case.participation.child_views.startswith("Heard alone")


def test_a_person_who_refuses_registration_stays_anonymous(qtbot, wizard, admin_office):
    answer_safety(wizard)
    go_next(wizard)
    consent = wizard.consent_page
    choose(consent.under_18, "no")
    choose(consent.register, "refused")
    assert consent.anonymous_note.isVisible()
    assert not consent.referral_box.isEnabled()
    go_next(wizard)

    ident = wizard.identification_page
    tick(ident.lists["acts"], "recruitment")
    assert "not saved" in ident.outcome_label.text()
    go_next(wizard)

    part = wizard.participation_page
    assert not part.priorities.isVisible() and not part.preferred_contact.isVisible()
    click(part.needs.button("health", "wants"))
    click(part.needs.button("food", "wants"))
    go_next(wizard)

    profile = wizard.profile_page
    assert not profile.citizenships.isVisible() and not profile.age_mode.buttons["dob"].isVisible()
    profile.sex.setCurrentIndex(profile.sex.findData("female"))
    choose(profile.age_mode, "years")
    profile.age_years.setValue(27)
    go_next(wizard)

    conf = wizard.confidentiality_page
    assert conf.anonymous_note.isVisible()
    assert not conf.edits["given_names"].isVisible() and not conf.edits["aliases"].isVisible()
    go_next(wizard)

    assert "Anonymous contact only (sex, age band, needs)" in wizard.review_page.summary.text()
    code = save_and_wait(qtbot, wizard)
    case = open_case_file(admin_office, code)
    assert case.anonymous_contact
    assert case.identity is None
    assert case.participation is None and case.screenings == [] and case.safety_assessments == []
    assert (case.profile.sex, case.profile.age_band, case.profile.age_years) == (
        "female",
        "27-29",
        None,
    )
    assert {n.sector: n.status for n in case.needs} == {"health": "wants", "food": "wants"}
    assert [(c.scope, c.decision) for c in case.consents] == [("register", "refused")]


def test_immediate_danger_comes_first_and_blocks_until_recorded(qtbot, wizard):
    answer_safety(wizard, immediate_danger="yes")
    assert "Immediate danger" in wizard.safety_page.caution.text()
    go_next(wizard)
    assert wizard.currentId() == URGENT
    urgent = wizard.urgent_page
    assert not next_enabled(wizard)
    assert "who was alerted" in urgent.problem_label.text()
    assert "what was done" in urgent.problem_label.text()
    type_into(urgent.alerted, "Supervisor and the security focal point")
    assert not next_enabled(wizard)
    assert "who was alerted" not in urgent.problem_label.text()
    type_into(urgent.taken, "Walked her to the clinic; she stays there tonight")
    assert next_enabled(wizard)
    go_next(wizard)
    assert wizard.currentId() == CONSENT
    assert wizard.panel.status["safety"] == "done"
    # Going back and saying there is no danger skips the urgent page again.
    click(wizard.button(QWizard.WizardButton.BackButton))
    click(wizard.button(QWizard.WizardButton.BackButton))
    choose(wizard.safety_page.answers["immediate_danger"], "no")
    go_next(wizard)
    assert wizard.currentId() == CONSENT
    assert IDENTIFICATION not in wizard.visitedIds()


def test_unanswered_safety_questions_block_next(wizard):
    assert not next_enabled(wizard)
    assert "Answer every safety question" in wizard.safety_page.problem_label.text()
    answer_safety(wizard)
    assert next_enabled(wizard)


def fill_adult_with_names(wizard, born) -> None:
    """Safety, consent, a profile with a date of birth, and names: just enough to save."""
    answer_safety(wizard)
    go_next(wizard)
    choose(wizard.consent_page.under_18, "no")
    choose(wizard.consent_page.register, "given")
    go_next(wizard)
    go_next(wizard)
    go_next(wizard)
    profile = wizard.profile_page
    choose(profile.age_mode, "dob")
    profile.date_of_birth.setDate(born)
    go_next(wizard)
    type_into(wizard.confidentiality_page.edits["given_names"], CANARY_NAME)
    type_into(wizard.confidentiality_page.edits["family_name"], "Essomba")
    assert "1990-04-12" in wizard.confidentiality_page.dob_note.text()
    go_next(wizard)


def test_a_possible_existing_case_is_named_before_saving(qtbot, wizard, admin_office):
    from datetime import date

    from tipdesk.services.case_registration import (
        CaseRegistration,
        ConsentAnswer,
        IdentityAnswers,
        register_case,
    )

    first = register_case(
        admin_office,
        CaseRegistration(
            consents=[ConsentAnswer("register", "given")],
            identity=IdentityAnswers(
                given_names="Essomba", family_name=CANARY_NAME, date_of_birth=date(1990, 4, 12)
            ),
        ),
    )
    fill_adult_with_names(wizard, date(1990, 4, 12))
    review = wizard.review_page
    click_save(wizard)
    qtbot.waitUntil(review.duplicates.isVisible, timeout=10000)
    assert first in review.duplicates_label.text()
    assert review.saved_code is None
    click(review.back_button)
    assert wizard.currentId() != REVIEW  # back to check the details
    go_next(wizard)
    click_save(wizard)
    qtbot.waitUntil(review.duplicates.isVisible, timeout=10000)
    with qtbot.waitSignal(wizard.case_saved, timeout=10000) as saved:
        click(review.save_anyway)
    assert saved.args[0] != first
    case = open_case_file(admin_office, saved.args[0])
    assert case.identity.date_of_birth == date(1990, 4, 12)
    assert case.profile.age_years is None or case.profile.age_years >= 36


def test_an_age_under_18_flags_the_consent_already_given(qtbot, wizard):
    answer_safety(wizard)
    go_next(wizard)
    choose(wizard.consent_page.under_18, "no")
    choose(wizard.consent_page.register, "given")
    go_next(wizard)
    go_next(wizard)
    go_next(wizard)
    assert wizard.panel.status["consent"] == "done"
    profile = wizard.profile_page
    choose(profile.age_mode, "years")
    profile.age_years.setValue(16)
    assert wizard.panel.status["consent"] == "flagged"
    assert profile.age_note.isVisible() and "go back to Informed consent" in profile.age_note.text()
    go_next(wizard)
    go_next(wizard)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "Informed consent: For a child" in wizard.review_page.problem_label.text()


def test_sharing_names_a_directory_partner_and_the_information(
    qtbot, admin_office, runner, settings
):
    from tipdesk.services.directory import ServiceRecord, save_service

    save_service(
        admin_office,
        ServiceRecord(
            organisation="Fictional Shelter Maroua",
            organisation_acronym="FSM",
            sector="shelter-nfi",
            service_type="Safe shelter",
            admin1="Far North",
        ),
    )
    wizard = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wizard)
    answer_safety(wizard)
    go_next(wizard)
    consent = wizard.consent_page
    choose(consent.under_18, "no")
    choose(consent.register, "given")
    click(consent.shares.add_button)
    [row] = consent.shares.rows
    suggestions = row.partner.completer().model()
    assert {suggestions.index(i, 0).data() for i in range(suggestions.rowCount())} == {
        "Fictional Shelter Maroua",
        "FSM",
    }
    type_into(row.partner, "FSM")
    choose(row.decision, "given")
    assert not next_enabled(wizard)
    assert "Tick the information that may be shared with FSM" in consent.problem_label.text()
    tick(row.information, "name", "phone")
    assert next_enabled(wizard)
    share = [c for c in wizard.registration().consents if c.scope == "share"]
    assert [(c.partner, c.decision, c.information) for c in share] == [
        ("FSM", "given", ["name", "phone"])
    ]
    click(row.remove)
    assert consent.shares.rows == []
    assert not [c for c in wizard.registration().consents if c.scope == "share"]


def test_overriding_the_outcome_needs_a_written_reason(qtbot, wizard, admin_office):
    answer_safety(wizard)
    go_next(wizard)
    choose(wizard.consent_page.under_18, "no")
    choose(wizard.consent_page.register, "refused")
    go_next(wizard)
    ident = wizard.identification_page
    tick(ident.lists["acts"], "recruitment")
    assert "Indicators present, assess further" in ident.outcome_label.text()
    click(ident.override)
    ident.override_outcome.setCurrentIndex(ident.override_outcome.findData("presumed-victim"))
    assert not next_enabled(wizard)
    assert "needs a written reason" in ident.problem_label.text()
    assert "TIPDesk computed: Indicators present, assess further" in ident.outcome_label.text()
    type_into(ident.override_reason, "Her account matches a known recruitment network")
    assert next_enabled(wizard)
    click(ident.override)  # changing one's mind takes the override away again
    assert wizard.registration().screening.override_outcome is None
    assert "Screening outcome: Indicators present" in ident.outcome_label.text()
