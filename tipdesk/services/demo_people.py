"""Fictional people for demo offices: a registration, their referrals and follow-ups.

Every family name starts with "Demo-" and every phone number is in the 555 range, so demo
records can never be mistaken for real people.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tipdesk.models import Case, CaseNote, Consent, FollowUpAction, Referral, ReferralEvent
from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration, ConsentAnswer
from tipdesk.services.referrals import DUE_AFTER

GIVEN = [
    "Amina",
    "Chidi",
    "Fatou",
    "Ibrahim",
    "Aïssa",
    "Kofi",
    "Mariam",
    "Oumar",
    "Grace",
    "Tariq",
    "Esther",
    "Moussa",
    "Hawa",
    "Samuel",
    "Zainab",
    "Yusuf",
    "Awa",
    "Joseph",
    "Nadia",
    "Bakary",
    "Ruth",
    "Hamid",
    "Salimata",
    "Pierre",
    "Farida",
    "Emmanuel",
]
FAMILY = [
    "Demo-Baobab",
    "Demo-Sahel",
    "Demo-River",
    "Demo-Acacia",
    "Demo-Lagoon",
    "Demo-Savanna",
    "Demo-Delta",
    "Demo-Highland",
    "Demo-Harbour",
    "Demo-Market",
]
COUNTRIES = ["CMR", "NGA", "TCD", "CAF", "NER", "LBR", "SLE", "GIN", "MWI", "PAK", "LBY", "SDN"]
LANGUAGES = ["fra", "eng", "ara", "hau", "ful", "urd", "kan"]


def demo_registration(rng: random.Random, today: date) -> CaseRegistration:
    """One fictional person met by the office."""
    reg = CaseRegistration(registration_date=today - timedelta(days=rng.randint(0, 3 * 365)))
    p, i, sc = reg.profile, reg.identity, reg.screening
    p.sex = rng.choices(v.SEX.codes, weights=[40, 40, 3, 3, 4, 10])[0]
    p.age_years = rng.choice([None] + list(range(6, 75)))
    p.nationality_status = rng.choice(v.NATIONALITY_STATUS.codes)
    p.citizenships = rng.sample(COUNTRIES, rng.choice([1, 1, 1, 2]))
    p.languages = rng.sample(LANGUAGES, rng.choice([1, 2]))
    p.disability = rng.random() < 0.1
    child = reg.child
    giver = "child-and-guardian" if child else "person"
    consent_pattern = rng.random()
    register = consent_pattern > 0.08
    reg.consents.append(
        ConsentAnswer(
            "register",
            "given" if register else "refused",
            given_by=giver,
            guardian_name="Demo Guardian",
            language=p.languages[0],
        )
    )
    if child and rng.random() < 0.3:
        for consent in reg.consents:
            consent.given_by = "best-interests"
            consent.best_interests_reason = "Demo: the guardian is implicated."
    if register:
        reg.consents.append(
            ConsentAnswer(
                "statistics",
                "given" if consent_pattern > 0.2 else "refused",
                given_by=reg.consents[0].given_by,
                guardian_name="Demo Guardian",
                best_interests_reason=reg.consents[0].best_interests_reason,
            )
        )
        i.given_names = rng.choice(GIVEN)
        i.family_name = rng.choice(FAMILY)
        i.aliases = rng.choice(["", "", "", f"Demo alias {rng.randint(1, 99)}"])
        i.phone = f"+000 555 {rng.randint(100, 999)} {rng.randint(100, 999)}"
    sc.acts = rng.sample(v.ACTS.codes, rng.randint(0, 2))
    sc.means = rng.sample(v.MEANS.codes, rng.randint(0, 2))
    sc.purposes = rng.sample(v.PURPOSES.codes, rng.choice([0, 1, 1, 1]))
    sc.forms_of_exploitation = rng.sample(v.FORMS_OF_EXPLOITATION.codes, rng.randint(0, 2))
    sc.means_of_control = rng.sample(v.MEANS_OF_CONTROL.codes, rng.randint(0, 3))
    if "forced-labour" in sc.forms_of_exploitation:
        sc.industries = rng.sample(v.INDUSTRIES.codes, 1)
    if rng.random() < 0.15:  # met for other reasons: no indicator of trafficking
        sc.acts, sc.means, sc.purposes, sc.forms_of_exploitation = [], [], [], []
        sc.means_of_control, sc.industries = [], []
    sc.recruitment_methods = rng.sample(v.RECRUITMENT_METHODS.codes, rng.randint(0, 1))
    sc.relationship_to_recruiter = rng.choice(v.RELATIONSHIP_TO_RECRUITER.codes)
    sc.trafficked_where = rng.choice(v.TRAFFICKED_WHERE.codes)
    if sc.trafficked_where in ("abroad", "both"):
        sc.countries_of_exploitation = rng.sample(COUNTRIES, 1)
    reg.needs = {
        sector: rng.choice(v.NEED_STATUS.codes)
        for sector in rng.sample(v.SECTORS.codes, rng.randint(1, 4))
    }
    reg.sensitivity = "restricted" if rng.random() < 0.05 else "standard"
    reg.prior_pathway = rng.choices(v.PRIOR_PATHWAY.codes, weights=[70, 12, 12, 6])[0]
    reg.status = rng.choices(v.CASE_STATUS.codes, weights=[55, 20, 15, 10])[0]
    return reg


STATUS_PATHS = {
    "draft": ["draft"],
    "sent": ["draft", "sent"],
    "received": ["draft", "sent", "received"],
    "accepted": ["draft", "sent", "received", "accepted"],
    "service-provided": ["draft", "sent", "accepted", "service-provided"],
    "declined-by-provider": ["draft", "sent", "declined-by-provider"],
    "no-response": ["draft", "sent", "no-response"],
    "cancelled": ["draft", "cancelled"],
}


def demo_referrals(
    case, services: dict[str, list], rng: random.Random, today: date, officer_id: int | None
) -> None:
    """Referral consents (some sharing names with the provider, some not) and referrals in
    every status for the sectors the person wants."""
    wanted = [n.sector for n in case.needs if n.status == "wants"]
    for sector in wanted:
        if rng.random() < 0.25:
            continue  # not yet referred: an unmet need
        case.consents.append(
            Consent(
                scope="referral",
                sector=sector,
                decision="given",
                given_by=case.consents[0].given_by,
                guardian_name=case.consents[0].guardian_name,
                best_interests_reason=case.consents[0].best_interests_reason,
                recorded_by_id=officer_id,
            )
        )
        service = rng.choice(services[sector]) if services.get(sector) else None
        disclosed = ["sex", "age_band", "languages", "needs"]
        if service is not None and rng.random() < 0.5:
            shared = rng.sample(["name", "phone", "safe_contact", "alias"], 2)
            case.consents.append(
                Consent(
                    scope="share",
                    decision="given",
                    partner=service.organisation.name,
                    information=shared,
                    given_by=case.consents[0].given_by,
                    guardian_name=case.consents[0].guardian_name,
                    best_interests_reason=case.consents[0].best_interests_reason,
                    recorded_by_id=officer_id,
                )
            )
            disclosed += shared
        final = rng.choice(v.REFERRAL_STATUS.codes)
        priority = rng.choices(v.REFERRAL_PRIORITY.codes, weights=[10, 25, 65])[0]
        sent_on = case.registration_date + timedelta(days=rng.randint(0, 10))
        referral = Referral(
            sector=sector,
            service=service,
            priority=priority,
            status=final,
            reason="Demo: the person asked for this service.",
            services_requested=f"Demo request ({sector})",
            disclosed_fields=disclosed,
            created_by_id=officer_id,
        )
        if final != "draft" and final != "cancelled":
            referral.sent_on = min(sent_on, today)
            referral.due_on = referral.sent_on + DUE_AFTER[priority]
        for status in STATUS_PATHS[final]:
            referral.events.append(
                ReferralEvent(
                    status=status,
                    by_id=officer_id,
                    note="Demo feedback"
                    if status in ("accepted", "service-provided", "declined-by-provider")
                    else None,
                )
            )
        case.referrals.append(referral)


FOLLOW_UPS = [
    "Demo: check the person is safe at the shelter",
    "Demo: accompany to the health centre",
    "Demo: ask the legal aid service for news",
    "Demo: call the safe contact",
    "Demo: review the safety plan",
]


def demo_follow_ups(case: Case, rng: random.Random, today: date, officer_id: int | None) -> None:
    """Follow-up actions (done, overdue and to come) and the odd note, for open cases."""
    if case.status in ("closed", "closed-referred"):
        return
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        due = case.registration_date + timedelta(days=rng.randint(3, 120))
        done = due if due < today and rng.random() < 0.6 else None
        case.follow_ups.append(
            FollowUpAction(
                description=rng.choice(FOLLOW_UPS),
                due_on=due,
                done_on=done,
                assigned_to_id=officer_id,
            )
        )
    pending = [a.due_on for a in case.follow_ups if a.done_on is None]
    case.next_follow_up_on = min(pending) if pending else None
    if rng.random() < 0.3:
        case.notes.append(
            CaseNote(text="Demo note: met at the transit centre.", author_id=officer_id)
        )
