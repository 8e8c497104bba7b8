"""Case wizard drafts: kept at every page change and on close, restored field by field, and
not lost when the process is killed."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests.conftest import ADMIN, ADMIN_PASSWORD, CANARY_NAME
from tests.ui.wizard_driver import (
    CONFIDENTIALITY,
    IDENTIFICATION,
    answer_safety,
    choose,
    click,
    go_next,
    next_enabled,
    open_wizard,
    pick,
    tick,
    type_into,
)
from tipdesk.services import office as office_service
from tipdesk.services.drafts import list_drafts
from tipdesk.ui.wizard.wizard import GUIDANCE_KEY

REPO = Path(__file__).resolve().parents[2]


def fill_to_identification(wizard) -> None:
    answer_safety(wizard, retaliation_risk="yes")
    type_into(wizard.safety_page.safety_plan, "Meet only at the health centre")
    go_next(wizard)
    consent = wizard.consent_page
    choose(consent.under_18, "no")
    choose(consent.register, "given")
    click(consent.referrals.button("mhpss", "given"))
    go_next(wizard)
    tick(wizard.identification_page.lists["acts"], "recruitment")
    tick(wizard.identification_page.lists["means_of_control"], "debt-bondage")


def test_closing_keeps_a_draft_that_reopens_where_it_was_left(
    qtbot, admin_office, runner, settings
):
    wizard = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wizard)
    assert wizard.unsaved_draft() is None  # nothing typed, nothing to keep
    fill_to_identification(wizard)
    pick(wizard.identification_page.exploited_in, "Nigeria")
    go_next(wizard)
    go_next(wizard)
    go_next(wizard)
    assert wizard.currentId() == CONFIDENTIALITY
    type_into(wizard.confidentiality_page.edits["given_names"], CANARY_NAME)
    kind, title, payload = wizard.unsaved_draft()
    assert kind == "case-wizard" and title.startswith("New case (draft) – ")
    click(wizard.button(QWizard.WizardButton.CancelButton))  # "Close, keep draft"
    assert not wizard.isVisible()

    [draft] = list_drafts(admin_office, "case-wizard")
    assert draft.id == wizard.draft_id
    assert CANARY_NAME not in draft.title  # a title is listed on screen: never a name
    assert draft.payload["registration"]["identity"]["given_names"] == CANARY_NAME

    again = open_wizard(admin_office, runner, settings, draft_id=draft.id)
    qtbot.addWidget(again)
    assert again.currentId() == CONFIDENTIALITY
    assert again.confidentiality_page.edits["given_names"].text() == CANARY_NAME
    assert again.safety_page.answers["retaliation_risk"].value() == "yes"
    assert again.safety_page.safety_plan.toPlainText() == "Meet only at the health centre"
    assert again.consent_page.register.value() == "given"
    assert again.consent_page.under_18.value() == "no"
    assert again.consent_page.referrals.value() == {"mhpss": "given"}
    ident = again.identification_page
    assert ident.lists["acts"].values() == ["recruitment"]
    assert ident.lists["means_of_control"].values() == ["debt-bondage"]
    assert ident.exploited_in.values() == ["NGA"]
    # Back walks the restored history, and closing updates the same draft.
    click(again.button(QWizard.WizardButton.BackButton))
    again.reject()
    assert [d.id for d in list_drafts(admin_office, "case-wizard")] == [draft.id]


def test_a_draft_is_saved_at_every_page_change(qtbot, admin_office, runner, settings):
    wizard = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wizard)
    answer_safety(wizard)
    go_next(wizard)
    [draft] = list_drafts(admin_office, "case-wizard")
    assert draft.payload["page"] == "consent"
    assert draft.payload["registration"]["safety"]["private_space"] is True
    choose(wizard.consent_page.register, "refused")
    assert not next_enabled(wizard)  # the age question decides how consent is taken
    choose(wizard.consent_page.under_18, "unsure")
    go_next(wizard)
    [draft] = list_drafts(admin_office, "case-wizard")
    assert draft.payload["page"] == "identification"
    assert draft.payload["registration"]["consents"][0]["decision"] == "refused"
    assert "Draft saved" in wizard.draft_label.text()


def test_the_guidance_toggle_is_remembered(qtbot, admin_office, runner, settings):
    wizard = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wizard)
    guidance = wizard.safety_page.guidance
    assert guidance.body.isVisible()
    click(guidance.toggle)
    assert not guidance.body.isVisible()
    assert not wizard.review_page.guidance.shown  # every page follows
    assert settings.value(GUIDANCE_KEY, type=bool) is False
    wizard.reject()
    later = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(later)
    assert not later.safety_page.guidance.body.isVisible()
    assert later.safety_page.guidance.toggle.text() == "Show &guidance"


CRASH_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from tests.ui.test_wizard_drafts import fill_to_identification
    from tests.ui.wizard_driver import go_next, open_wizard, type_into
    from tipdesk.services import office as office_service
    from tipdesk.ui.worker import TaskRunner
    db, user, password, ini = sys.argv[1:5]
    office = office_service.sign_in(db, user, password)
    wizard = open_wizard(office, TaskRunner(), QSettings(ini, QSettings.Format.IniFormat))
    fill_to_identification(wizard)
    go_next(wizard)  # the page change saves the draft
    type_into(wizard.participation_page.priorities, "typed after the last page change")
    print("draft", wizard.draft_id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_crash_after_a_page_change_loses_nothing_before_it(
    new_office, db_path, tmp_path, qtbot, runner, settings
):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CRASH_SCRIPT,
            str(db_path),
            ADMIN,
            ADMIN_PASSWORD,
            str(tmp_path / "crash-settings.ini"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"PYTHONPATH": str(REPO)},
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.startswith("draft ")

    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        [draft] = list_drafts(office, "case-wizard")
        assert str(draft.id) == result.stdout.split()[1]
        assert draft.payload["page"] == "participation"
        reg = draft.payload["registration"]
        assert reg["safety"]["safety_plan"] == "Meet only at the health centre"
        assert reg["screening"]["acts"] == ["recruitment"]
        wizard = open_wizard(office, runner, settings, draft_id=draft.id)
        qtbot.addWidget(wizard)
        assert wizard.currentPage() is wizard.participation_page
        assert wizard.identification_page.lists["means_of_control"].values() == ["debt-bondage"]
        assert wizard.consent_page.referrals.value() == {"mhpss": "given"}
        assert IDENTIFICATION in wizard.visitedIds()
        wizard.reject()
    finally:
        office.lock()


def test_typing_is_kept_between_page_changes_too(qtbot, admin_office, runner, settings):
    wizard = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wizard)
    wizard.autosave.setInterval(20)
    answer_safety(wizard)
    type_into(wizard.safety_page.safety_plan, "Code word: mangoes")

    def plan_saved():
        found = list_drafts(admin_office, "case-wizard")
        return bool(found) and found[0].payload["registration"]["safety"]["safety_plan"] == (
            "Code word: mangoes"
        )

    qtbot.waitUntil(plan_saved, timeout=5000)
    assert wizard.currentId() == 0  # no page change was needed
