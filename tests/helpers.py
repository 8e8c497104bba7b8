"""Small helpers shared by tests."""

import hashlib
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from tipdesk.models import Case, PersonIdentity, PersonProfile


def file_hashes(*paths: Path) -> dict[str, str | None]:
    """SHA-256 of each file (None when absent), to prove that nothing was changed."""
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths
    }


def store_person(
    office, given_names: str, family_name: str = "Testperson", code: str = "CMR-2026-0001"
) -> None:
    """Store a case with an identified person straight through the ORM."""
    with office.writing() as s:
        s.add(
            Case(
                code=code,
                registration_date=date(2026, 11, 2),
                profile=PersonProfile(sex="male", age_years=34, age_band="30-38"),
                identity=PersonIdentity(
                    given_names=given_names, family_name=family_name, phone="+237 6 99 00 11 22"
                ),
            )
        )


def store_full_case(
    office, code: str, *, status: str = "active", closed_on=None, given_names: str = "Zebulon"
) -> None:
    """A case with a row in every table that belongs to a case (for purge tests)."""
    from tipdesk.models import (
        CaseNote,
        Consent,
        Draft,
        FollowUpAction,
        Need,
        Organisation,
        Participation,
        Referral,
        ReferralEvent,
        SafetyAssessment,
        Screening,
        Service,
    )

    with office.writing() as s:
        org = Organisation(name=f"Fictional Shelter for {code}", type="ngo")
        service = Service(organisation=org, sector="shelter-nfi", service_type="Safe shelter")
        case = Case(
            code=code,
            status=status,
            closed_on=closed_on,
            registration_date=date(2020, 1, 6),
            profile=PersonProfile(sex="female", age_years=17, age_band="9-17"),
            identity=PersonIdentity(given_names=given_names, family_name="Purgeable"),
            participation=Participation(own_priorities="Go home safely"),
            consents=[Consent(scope="register", decision="given")],
            safety_assessments=[SafetyAssessment(safety_plan="Meet at the clinic")],
            screenings=[
                Screening(
                    acts=["recruitment"],
                    purposes=["forced-labour"],
                    computed_outcome="presumed-victim",
                    outcome="presumed-victim",
                )
            ],
            needs=[Need(sector="shelter-nfi", status="wants")],
            follow_ups=[FollowUpAction(description="Call back", due_on=date(2020, 2, 1))],
            notes=[CaseNote(text="Met at the market")],
            referrals=[
                Referral(
                    sector="shelter-nfi", service=service, events=[ReferralEvent(status="sent")]
                )
            ],
        )
        s.add(case)
        s.flush()
        s.add(
            Draft(
                user_id=office.user.id,
                kind="case-edit",
                case_id=case.id,
                payload={"notes": "half typed"},
            )
        )


def compile_translation(qm: Path, language: str, messages: dict[str, str]) -> Path:
    """Compile a small Qt Linguist catalogue (source text -> translation) into `qm`."""
    entries = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>"
        for source, text in messages.items()
    )
    ts = qm.with_suffix(".ts")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="{language}"><context><name>Test</name>{entries}</context></TS>',
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")  # comes with PySide6
    subprocess.run([lrelease, ts, "-qm", qm], check=True, capture_output=True)
    ts.unlink()
    return qm
