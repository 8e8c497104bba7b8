"""A protection officer who uses no mouse registers a case: from the case list, Ctrl+N, then
Alt+letters, Tab, Space, the arrow keys and typing fill every page, and Alt+S saves."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.ui.keyboard_driver import (
    activate,
    alt,
    ctrl,
    focused,
    press,
    press_times,
    signed_in_window,
    tab_to,
    type_text,
    wait_until,
)
from tipdesk.services.case_file import open_case_file
from tipdesk.ui.wizard.base import CONFIDENTIALITY, CONSENT, IDENTIFICATION, REVIEW

LEFT, RIGHT, SPACE, ENTER = Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return
UP, DOWN = Qt.Key.Key_Up, Qt.Key.Key_Down


@pytest.fixture
def window(qtbot, runner, settings, admin_office):
    main = signed_in_window(qtbot, runner, settings, admin_office)
    yield main
    main.close()


def open_wizard_with_keys(qtbot, window):
    """Ctrl+2 (Cases), then Ctrl+N: the wizard opens over the case list with the focus."""
    ctrl("2")
    assert window.stack.currentWidget() is window.page("cases")
    ctrl("n")
    wizard = window.page("cases").wizard
    assert wizard is not None and wizard.isVisible()
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it after
    qtbot.addWidget(wizard)
    activate(wizard)
    return wizard


def next_page(wizard, expected: int | None = None) -> None:
    """Alt+N, which must move on (Next is enabled only when the page is complete)."""
    before = wizard.currentId()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), wizard.currentPage().problems
    alt("n")
    wait_until(lambda: wizard.currentId() != before)
    if expected is not None:
        assert wizard.currentId() == expected


def choose_in_row(row, code: str) -> None:
    """From a row of radio buttons that has the focus, the arrow keys to `code` (Right or
    Down, Left or Up, as the row is laid out), then Space."""
    target = row.buttons[code]
    for _ in range(len(row.buttons)):
        here = focused()
        if here is target:
            break
        codes = list(row.buttons)
        forward = codes.index(code) > codes.index(
            next(c for c, b in row.buttons.items() if b is here)
        )
        across = here.y() == target.y()
        key = {(True, True): RIGHT, (True, False): DOWN, (False, True): LEFT, (False, False): UP}
        press(key[(forward, across)])
    press(SPACE)
    assert row.value() == code


def test_a_case_registered_with_the_keyboard_alone(qtbot, window, admin_office):
    wizard = open_wizard_with_keys(qtbot, window)

    # Do no harm: each page starts at its first question; each row of choices is one Tab stop.
    safety = wizard.safety_page
    assert focused() in safety.answers["immediate_danger"].buttons.values()
    for name, answer in (
        ("immediate_danger", "no"),
        ("exploiter_nearby", "no"),
        ("private_space", "yes"),
        ("urgent_medical_need", "no"),
        ("retaliation_risk", "no"),
        ("safe_to_contact_later", "yes"),
    ):
        assert focused() in safety.answers[name].buttons.values()
        choose_in_row(safety.answers[name], answer)
        press(Qt.Key.Key_Tab)
    assert focused() is safety.safety_plan
    type_text("Meet at the clinic only")
    next_page(wizard, CONSENT)

    consent = wizard.consent_page
    assert focused() in consent.under_18.buttons.values()  # Is the person under 18?
    choose_in_row(consent.under_18, "no")
    alt("a")  # agrees to registering personal data
    choose_in_row(consent.register, "given")
    alt("r")  # referrals, sector by sector: one Tab stop per sector, "Not asked" chosen
    tab_to(consent.referrals.button("health", None))
    press_times(LEFT, 2)  # Not asked -> Refused -> Given
    alt("c")  # counted in the statistics
    choose_in_row(consent.statistics, "given")
    alt("l")  # Language: type, then Enter adds it
    assert focused() is consent.language.edit
    type_text("French")
    press(ENTER)
    assert consent.language.values() == ["fra"]
    assert wizard.currentId() == CONSENT  # Enter in a field never moves the wizard on
    next_page(wizard, IDENTIFICATION)

    ident = wizard.identification_page
    alt("a")  # Act: the first box, then Tab down the list
    press(SPACE)
    press(Qt.Key.Key_Tab)
    press(SPACE)
    assert ident.lists["acts"].values() == ["recruitment", "transportation"]
    alt("m")
    tab_to(ident.lists["means"].boxes["deception"])
    press(SPACE)
    alt("p")
    tab_to(ident.lists["purposes"].boxes["forced-labour"])
    press(SPACE)
    alt("f")
    tab_to(ident.lists["forms_of_exploitation"].boxes["forced-labour"])
    press(SPACE)
    alt("i")  # Industry, shown now that the form is labour exploitation
    tab_to(ident.lists["industries"].boxes["construction"])
    press(SPACE)
    alt("e")  # Countries of exploitation
    type_text("Libya")
    press(ENTER)
    alt("o")  # In-country or abroad: a combo box chosen by typing
    type_text("Abroad")
    assert ident.where.currentData() == "abroad"
    assert "Presumed victim of trafficking" in ident.outcome_label.text()
    next_page(wizard)

    part = wizard.participation_page
    alt("p")
    type_text("Get my passport back")
    alt("s")  # services the person wants: Not discussed -> Already receiving -> ... -> Wants
    tab_to(part.needs.button("health", None))
    press_times(LEFT, 3)
    alt("e")
    type_text("Through the health centre")
    next_page(wizard)

    profile = wizard.profile_page
    alt("s")
    type_text("Male")
    alt("k")  # what is known of the age
    choose_in_row(profile.age_mode, "years")
    alt("a")  # the age itself, in years now
    assert focused() is profile.age_years
    ctrl("a")
    type_text("34")
    alt("t")
    type_text("Migrant")
    alt("c")
    type_text("Chad")
    press(ENTER)
    alt("i")  # disability: none checked yet, so the arrows only move
    choose_in_row(profile.disability, "no")
    next_page(wizard, CONFIDENTIALITY)

    alt("v")
    type_text("Ousmane")
    alt("f")
    type_text("Mahamat")
    press(ENTER)  # in a line edit: nothing is finished, nothing moves on
    assert wizard.currentId() == CONFIDENTIALITY
    next_page(wizard, REVIEW)

    press(ENTER)  # Enter on the review page does not save: only Alt+S (or the button) does
    assert wizard.saved_code is None
    with qtbot.waitSignal(wizard.case_saved, timeout=10000) as saved:
        alt("s")
    code = saved.args[0]

    case = open_case_file(admin_office, code)
    assert case.identity.given_names == "Ousmane" and case.identity.family_name == "Mahamat"
    assert case.profile.sex == "male" and case.profile.age_years == 34
    assert case.profile.nationality_status == "migrant"
    assert case.profile.citizenships == ["TCD"] and case.profile.disability is False
    assert case.safety_assessments[0].safety_plan == "Meet at the clinic only"
    assert case.safety_assessments[0].private_space is True
    screening = case.screenings[0]
    assert screening.acts == ["recruitment", "transportation"]
    assert screening.means == ["deception"] and screening.purposes == ["forced-labour"]
    assert screening.industries == ["construction"]
    assert screening.countries_of_exploitation == ["LBY"]
    assert screening.trafficked_where == "abroad" and screening.outcome == "presumed-victim"
    consents = {(c.scope, c.sector): c.decision for c in case.consents}
    assert consents[("register", None)] == "given"
    assert consents[("referral", "health")] == "given"
    assert consents[("statistics", None)] == "given"
    assert {c.language for c in case.consents} == {"fra"}
    assert {n.sector: n.status for n in case.needs} == {"health": "wants"}
    assert case.participation.own_priorities == "Get my passport back"
    assert case.participation.preferred_contact == "Through the health centre"
