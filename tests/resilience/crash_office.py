"""What the kill harness shares: the office it interrupts, and how a fresh process reads it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tipdesk.models import AuditEvent, Case
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.services.backup import restore_backup
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    IdentityAnswers,
    ParticipationAnswers,
    ProfileAnswers,
    SafetyAnswers,
    ScreeningAnswers,
)
from tipdesk.services.context import UnlockedOffice
from tipdesk.store.keyslots import KeySlotFile, keys_path_for

ADMIN = "amina"
PASSWORD = "Maroua-river-2026"
OFFICER = "fatou"
OFFICER_PASSWORD = "Kousseri-bridge-2026"


class CrashDamage(AssertionError):
    """What a kill left behind breaks a promise: data lost, half saved, or unopenable."""


def expect(ok: bool, problem: str) -> None:
    """Raise CrashDamage with `problem` unless `ok`."""
    if not ok:
        raise CrashDamage(problem)


def new_office(folder: Path) -> str:
    """A fresh office with an administrator and an officer in `folder`; its recovery code."""
    folder.mkdir(parents=True, exist_ok=True)
    created = office_service.initialise_office(
        folder / "office.tipdesk",
        office_name="Kill harness office",
        country="CMR",
        admin_username=ADMIN,
        admin_display_name="Amina Bello",
        password=PASSWORD,
    )
    office = office_service.sign_in(created.db_path, ADMIN, PASSWORD)
    try:
        users.add_user(office, OFFICER, "Fatou", "officer", OFFICER_PASSWORD)
    finally:
        office.lock()
    return created.recovery_code


def registration(n: int) -> CaseRegistration:
    """The n-th case the harness saves; its number is in the given names, so it can be checked."""
    return CaseRegistration(
        safety=SafetyAnswers(safety_plan=f"Plan {n}: meet at the clinic"),
        consents=[
            ConsentAnswer("register", "given", language="fra"),
            ConsentAnswer("statistics", "given"),
            ConsentAnswer("referral", "given", sector="health"),
        ],
        screening=ScreeningAnswers(
            acts=["recruitment", "transportation"],
            means=["deception"],
            purposes=["forced-labour"],
            forms_of_exploitation=["forced-labour"],
            trafficked_where="abroad",
        ),
        needs={"health": "wants", "shelter-nfi": "declines"},
        profile=ProfileAnswers(sex="female" if n % 2 else "male", age_years=18 + n % 50),
        identity=IdentityAnswers(given_names=f"Harness {n}", family_name="Crashtest"),
        participation=ParticipationAnswers(own_priorities=f"Priority {n}"),
        registration_date=date(2026, 11, 2),
    )


def case_digest(case: Case) -> tuple:
    """Every row a saved case is made of, as plain values (works on unsaved ORM objects too)."""
    profile, identity, part = case.profile, case.identity, case.participation
    return (
        case.status,
        case.registration_date,
        case.anonymous_contact,
        (profile.sex, profile.age_years, profile.age_band) if profile else None,
        (identity.given_names, identity.family_name) if identity else None,
        part.own_priorities if part else None,
        sorted((c.scope, c.decision, c.sector or "") for c in case.consents),
        [(tuple(s.acts), tuple(s.purposes), s.outcome) for s in case.screenings],
        [(a.safety_plan, a.immediate_danger) for a in case.safety_assessments],
        sorted((n.sector, n.status) for n in case.needs),
    )


def open_as_new_process(db: Path, username: str | None = ADMIN, secret: str = PASSWORD):
    """Open the office read-only, as a freshly started TIPDesk would (None: recovery code)."""
    slots = KeySlotFile.load(keys_path_for(db))
    keys = slots.unlock_user(username, secret) if username else slots.unlock_recovery(secret)
    return office_service.open_with_keys(db, keys, username, upgrade=False), len(keys)


def check_integrity(db: Path, username: str = ADMIN, password: str = PASSWORD) -> int:
    """Both integrity checks, schema level and audit chain must pass; returns the case count."""
    report = office_service.check_office(db, username, password)
    expect(report.ok, f"tipdesk check on {db.name}: {report.verdict()}")
    return report.cases


def cases_and_digests(office: UnlockedOffice) -> dict[str, tuple]:
    """Every stored case by code, as its digest."""
    parts = (
        Case.profile,
        Case.identity,
        Case.participation,
        Case.consents,
        Case.screenings,
        Case.safety_assessments,
        Case.needs,
    )
    query = select(Case).options(*(selectinload(part) for part in parts))
    with office.reading() as s:
        return {case.code: case_digest(case) for case in s.scalars(query)}


def audited_refs(office: UnlockedOffice, action: str) -> list[str | None]:
    """The record references of every audit event of `action`, oldest first."""
    with office.reading() as s:
        query = select(AuditEvent.record_ref).where(AuditEvent.action == action)
        return list(s.scalars(query.order_by(AuditEvent.id)))


def restore_and_check(backup: Path, work: Path, cases: int) -> None:
    """Restore `backup` into an empty folder; it must open, pass every check, hold `cases`."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    restored = restore_backup(backup, work / "office.tipdesk", username=ADMIN, password=PASSWORD)
    expect(restored.cases == cases, f"{backup.name} restores {restored.cases} cases, not {cases}")
    expect(check_integrity(work / "office.tipdesk") == cases, f"{backup.name}: case count")
    shutil.rmtree(work, ignore_errors=True)
