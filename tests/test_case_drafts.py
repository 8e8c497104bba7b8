"""Case wizard drafts: a registration survives the trip through JSON unchanged."""

import json
from datetime import date

from tipdesk.services.case_drafts import from_payload, to_payload
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    IdentityAnswers,
    ParticipationAnswers,
    ProfileAnswers,
    SafetyAnswers,
    ScreeningAnswers,
    problems,
)
from tipdesk.services.drafts import load_draft, save_draft


def full_registration() -> CaseRegistration:
    return CaseRegistration(
        safety=SafetyAnswers(
            immediate_danger=True,
            urgent_action_alerted="Police focal point",
            urgent_action_taken="Moved to the clinic",
            safety_plan="Clinic",
        ),
        consents=[
            ConsentAnswer(
                "register",
                "given",
                given_by="best-interests",
                best_interests_reason="The uncle recruited her",
                language="fra",
                interpreter=True,
                method="written",
            ),
            ConsentAnswer("referral", "refused", sector="health"),
            ConsentAnswer(
                "share", "given", partner="Fictional Shelter", information=["names", "needs"]
            ),
        ],
        screening=ScreeningAnswers(
            acts=["recruitment"],
            purposes=["sexual-exploitation"],
            countries_of_exploitation=["NGA", "TCD"],
            relationship_to_recruiter="family",
            override_outcome="assess-further",
            override_reason="Unsure",
        ),
        needs={"health": "wants", "education": "declines"},
        profile=ProfileAnswers(
            sex="female",
            age_years=15,
            citizenships=["CMR"],
            languages=["fra", "ful"],
            disability=None,
        ),
        identity=IdentityAnswers(given_names="Aïssa", date_of_birth=date(2011, 3, 9)),
        participation=ParticipationAnswers(own_priorities="School", child_views="Heard alone"),
        sensitivity="restricted",
        prior_pathway="child-protection",
        registration_date=date(2026, 11, 2),
    )


def test_round_trip_through_json_gives_the_same_registration():
    reg = full_registration()
    payload = json.loads(json.dumps(to_payload(reg)))
    assert payload["identity"]["date_of_birth"] == "2011-03-09"
    assert payload["registration_date"] == "2026-11-02"
    again = from_payload(payload)
    assert again == reg
    assert again.identity.date_of_birth == date(2011, 3, 9)
    assert problems(again) == problems(reg)


def test_an_empty_or_partial_payload_gives_defaults():
    assert from_payload({}) == CaseRegistration()
    reg = from_payload(
        {
            "profile": {"sex": "male", "from_a_newer_version": 1},
            "identity": {"date_of_birth": "not a date"},
            "consents": [{"scope": "register", "decision": "refused"}, "junk"],
        }
    )
    assert reg.profile.sex == "male"
    assert reg.identity.date_of_birth is None
    assert [c.scope for c in reg.consents] == ["register"]


def test_a_payload_is_stored_as_a_draft_and_read_back(admin_office):
    reg = full_registration()
    draft_id = save_draft(
        admin_office, "case-wizard", {"registration": to_payload(reg)}, title="New case (draft)"
    )
    assert from_payload(load_draft(admin_office, draft_id).payload["registration"]) == reg
