"""The guide's scenes for the protection officer: sign-in, cases, the wizard, the case file.

Each scene draws one or more screens with `studio.save(name, widget)`; the names are the PNGs'
(docs/guide/img/<language>/<name>.png). The person registered here is fictional, as is every
case of the demo office: "Moussa Demo-Sahel", 34, forced labour on building sites in Libya.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from tests.ui.wizard_driver import (
    answer_safety,
    choose,
    click,
    click_save,
    go_next,
    tick,
    type_into,
)
from tipdesk.services.case_file import add_follow_up, add_note
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    IdentityAnswers,
    ParticipationAnswers,
    ProfileAnswers,
    ScreeningAnswers,
    register_case,
)
from tipdesk.ui.cases.case_file_view import CaseFileDialog
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals.new_referral_dialog import NewReferralDialog

GIVEN_NAMES, FAMILY_NAME = "Moussa", "Demo-Sahel"
# What the staff type, in the language of the screens (the demo office's own data is English).
WORDS = {
    "en": {
        "priorities": "Get his passport back and send money home",
        "check-up": "Medical check-up at the district hospital",
        "call-back": "Call back about the livelihoods programme",
        "note": "Met at the office with an interpreter; he chose to go on in French.",
        "reason": "Pain in the back and hands after months of building work.",
        "requested": "Medical check-up; treatment if needed.",
        "provided": "Food and hygiene kit at the office.",
        "sent": "Form handed to the clinic's nurse.",
        "feedback": "The clinic called: appointment on Tuesday morning.",
    },
    "fr": {
        "priorities": "Récupérer son passeport et envoyer de l'argent à sa famille",
        "check-up": "Bilan médical à l'hôpital de district",
        "call-back": "Le rappeler au sujet du programme de moyens de subsistance",
        "note": "Reçu au bureau avec un interprète ; il a choisi de continuer en français.",
        "reason": "Douleurs au dos et aux mains après des mois de travail sur des chantiers.",
        "requested": "Bilan médical ; traitement si nécessaire.",
        "provided": "Vivres et kit d'hygiène remis au bureau.",
        "sent": "Fiche remise à l'infirmier de la clinique.",
        "feedback": "La clinique a appelé : rendez-vous mardi matin.",
    },
}

if TYPE_CHECKING:
    from screenshots import Studio


def words(studio: Studio) -> dict[str, str]:
    """The texts typed in `studio`'s language."""
    return WORDS[studio.language]


def moussa(said: dict[str, str]) -> CaseRegistration:
    """The guide's person, as the wizard scene registers him (consent to refer for health)."""
    return CaseRegistration(
        consents=[
            ConsentAnswer("register", "given", language="fra"),
            ConsentAnswer("statistics", "given", language="fra"),
            ConsentAnswer("referral", "given", sector="health", language="fra"),
            ConsentAnswer("referral", "given", sector="livelihoods", language="fra"),
            ConsentAnswer("referral", "refused", sector="shelter-nfi", language="fra"),
        ],
        screening=ScreeningAnswers(
            acts=["recruitment", "transportation"],
            means=["deception", "coercion"],
            purposes=["forced-labour"],
            forms_of_exploitation=["forced-labour"],
            industries=["construction"],
            countries_of_exploitation=["LBY"],
            trafficked_where="abroad",
        ),
        needs={"health": "wants", "livelihoods": "wants", "shelter-nfi": "declines"},
        participation=ParticipationAnswers(own_priorities=said["priorities"]),
        profile=ProfileAnswers(
            sex="male",
            age_years=34,
            nationality_status="migrant",
            citizenships=["TCD"],
            languages=["fra", "shu"],
        ),
        identity=IdentityAnswers(given_names=GIVEN_NAMES, family_name=FAMILY_NAME),
    )


def register_moussa(office, said: dict[str, str]) -> str:
    """Moussa's case with two follow-ups and a note, registered by the signed-in officer."""
    code = register_case(office, moussa(said))
    add_follow_up(office, code, said["check-up"], _in_days(7))
    add_follow_up(office, code, said["call-back"], _in_days(21))
    add_note(office, code, said["note"])
    return code


def _in_days(days: int) -> date:
    return date.today() + timedelta(days=days)


# -- scenes ---------------------------------------------------------------------------------
def sign_in(studio: Studio) -> None:
    dialog = studio.unlock_dialog("officer1")
    studio.settle()  # the focus comes first: typed after it, nothing is selected
    dialog.password_edit.setText("********")
    studio.save("sign-in", dialog)


def home_and_cases(studio: Studio) -> None:
    window = studio.main_window("officer1")
    studio.save("home", window)
    window.show_section("cases")
    page = window.page("cases")
    studio.wait_until(lambda: page.model.rowCount() > 0)
    studio.save("cases", window)


def wizard(studio: Studio) -> None:
    window = studio.main_window("officer1")
    window.show_section("cases")
    wiz = studio.keep(window.page("cases").new_case())
    studio.settle(200)
    answer_safety(wiz)
    studio.save("wizard-1-safety", wiz)
    wiz.set_guidance_shown(False)  # as the "Hide guidance" button does; the next pages show more
    go_next(wiz)

    consent = wiz.consent_page
    choose(consent.under_18, "no")
    choose(consent.register, "given")
    click(consent.referrals.button("health", "given"))
    click(consent.referrals.button("livelihoods", "given"))
    click(consent.referrals.button("shelter-nfi", "refused"))
    choose(consent.statistics, "given")
    consent.language.add("fra")
    studio.save("wizard-2-consent", wiz)
    go_next(wiz)

    ident = wiz.identification_page
    tick(ident.lists["acts"], "recruitment", "transportation")
    tick(ident.lists["means"], "deception", "coercion")
    tick(ident.lists["purposes"], "forced-labour")
    tick(ident.lists["forms_of_exploitation"], "forced-labour")
    tick(ident.lists["industries"], "construction")
    ident.exploited_in.add("LBY")
    ident.where.setCurrentIndex(ident.where.findData("abroad"))
    studio.save("wizard-3-identification", wiz)
    go_next(wiz)

    part = wiz.participation_page
    type_into(part.priorities, words(studio)["priorities"])
    click(part.needs.button("health", "wants"))
    click(part.needs.button("livelihoods", "wants"))
    click(part.needs.button("shelter-nfi", "declines"))
    studio.save("wizard-4-participation", wiz)
    go_next(wiz)

    profile = wiz.profile_page
    profile.sex.setCurrentIndex(profile.sex.findData("male"))
    choose(profile.age_mode, "years")
    profile.age_years.setValue(34)
    profile.nationality_status.setCurrentIndex(profile.nationality_status.findData("migrant"))
    profile.citizenships.add("TCD")
    profile.languages.add("fra")
    choose(profile.disability, "no")
    studio.save("wizard-5-profile", wiz)
    go_next(wiz)

    conf = wiz.confidentiality_page
    type_into(conf.edits["given_names"], GIVEN_NAMES)
    type_into(conf.edits["family_name"], FAMILY_NAME)
    studio.save("wizard-6-confidentiality", wiz)
    go_next(wiz)
    studio.save("wizard-7-review", wiz)

    click_save(wiz)
    studio.wait_until(lambda: wiz.saved_code is not None)
    studio.save("wizard-8-saved", wiz)


def anonymous_contact(studio: Studio) -> None:
    window = studio.main_window("officer1")
    window.show_section("cases")
    wiz = studio.keep(window.page("cases").new_case())
    studio.settle(200)
    answer_safety(wiz)
    go_next(wiz)
    consent = wiz.consent_page
    choose(consent.under_18, "no")
    choose(consent.register, "refused")
    studio.save("wizard-anonymous-contact", wiz)
    go_next(wiz)
    go_next(wiz)  # no screening is kept without consent to register
    click(wiz.participation_page.needs.button("food", "wants"))
    go_next(wiz)
    profile = wiz.profile_page
    profile.sex.setCurrentIndex(profile.sex.findData("female"))
    choose(profile.age_mode, "years")
    profile.age_years.setValue(27)
    go_next(wiz)
    go_next(wiz)  # no names, no contact details
    click_save(wiz)  # an anonymous contact: sex, age band and needs only
    studio.wait_until(lambda: wiz.saved_code is not None)


def case_file(studio: Studio) -> None:
    office = studio.office("officer1")
    code = register_moussa(office, words(studio))
    context = PageContext(office, studio.runner, studio.settings)
    dialog = studio.keep(CaseFileDialog(context, code))
    studio.save("case-file", dialog)
    for key, name in (("consent", "case-file-consent"), ("follow_up", "case-file-follow-up")):
        dialog.tab_widget.setCurrentWidget(dialog.tab(key))
        studio.save(name, dialog)


def new_referral(studio: Studio) -> None:
    office = studio.office("officer1")
    said = words(studio)
    code = register_moussa(office, said)
    context = PageContext(office, studio.runner, studio.settings)
    dialog = studio.keep(NewReferralDialog(context, code, "health"))
    dialog.show()
    studio.wait_until(lambda: dialog.options is not None and dialog.services.rowCount() > 0)
    dialog.services.selectRow(1)  # the first provider (row 0: "no provider yet")
    dialog.reason_edit.setPlainText(said["reason"])
    dialog.requested_edit.setPlainText(said["requested"])
    dialog.provided_edit.setPlainText(said["provided"])
    studio.save("new-referral", dialog)


SCENES = {
    "sign-in": sign_in,
    "home": home_and_cases,
    "wizard": wizard,
    "anonymous-contact": anonymous_contact,
    "case-file": case_file,
    "new-referral": new_referral,
}
