"""Demo data: valid, varied, clearly fictional."""

import random
from collections import Counter
from datetime import date

from sqlalchemy import select

from tests.conftest import ADMIN
from tipdesk.cli import main
from tipdesk.models import PersonIdentity
from tipdesk.services.case_list import CaseFilter, count_cases
from tipdesk.services.case_registration import problems
from tipdesk.services.demo import generate_cases
from tipdesk.services.demo_people import demo_registration
from tipdesk.services.office import sign_in


def test_every_demo_registration_is_valid_and_they_vary():
    rng = random.Random(3)
    regs = [demo_registration(rng, date(2026, 11, 28)) for _ in range(400)]
    assert [problems(r) for r in regs if problems(r)] == []
    assert len(Counter(r.profile.sex for r in regs)) == 6
    assert len(Counter(r.status for r in regs)) == 4
    assert any(not r.consents_to_register for r in regs)
    assert any(r.child and r.consents[0].given_by == "best-interests" for r in regs)
    assert {form for r in regs for form in r.screening.forms_of_exploitation} >= {
        "organ-removal",
        "forced-labour",
        "sexual-exploitation",
    }


def test_generate_cases_in_batches(admin_office):
    progress = list(generate_cases(admin_office, 120, seed=5, batch=50))
    assert progress == [50, 100, 120]
    assert count_cases(admin_office) == 120
    outcomes = {
        o: count_cases(admin_office, CaseFilter(outcome=o))
        for o in ("presumed-victim", "assess-further", "no-indicators")
    }
    assert all(outcomes.values()) and sum(outcomes.values()) < 120  # anonymous ones: none
    with admin_office.reading() as s:
        families = set(s.scalars(select(PersonIdentity.family_name)))
    assert families and all(name.startswith("Demo-") for name in families)


def test_demo_command_creates_a_demo_office(tmp_path, capsys):
    db = tmp_path / "demo.tipdesk"
    assert main(["demo", "--db", str(db), "--cases", "30", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "administrator: demo-admin  password: demo-office-2026" in out
    assert "Added 30 fictional cases." in out
    office = sign_in(db, "focal1", "demo-office-2026")
    assert office.user.role == "focal-point"
    office.lock()


def test_demo_command_adds_to_an_existing_office(new_office, db_path, capsys, monkeypatch):
    monkeypatch.setenv("TIPDESK_PASSWORD", "Maroua-river-2026")
    assert main(["demo", "--db", str(db_path), "--user", ADMIN, "--cases", "10"]) == 0
    assert "Added 10 fictional cases." in capsys.readouterr().out


def test_demo_referrals_cover_every_status_and_respect_consent(tmp_path):
    from sqlalchemy.orm import selectinload

    from tipdesk.models import Case, Referral, Service
    from tipdesk.models import vocab as v
    from tipdesk.services.demo import create_demo_office
    from tipdesk.services.referrals import allowed_fields

    db = tmp_path / "demo.tipdesk"
    created = create_demo_office(db)
    office = sign_in(db, created.admin, created.password)
    list(generate_cases(office, 150, seed=8))
    with office.reading() as s:
        referrals = s.scalars(
            select(Referral).options(
                selectinload(Referral.case).selectinload(Case.consents),
                selectinload(Referral.service).selectinload(Service.organisation),
            )
        ).all()
        assert {r.status for r in referrals} == set(v.REFERRAL_STATUS.codes)
        assert any("name" in r.disclosed_fields for r in referrals)
        assert any("name" not in r.disclosed_fields for r in referrals)
        for r in referrals:
            assert set(r.disclosed_fields) <= set(allowed_fields(r.case, r.sector, r.service))
    office.lock()


def _demo(tmp_path, name="demo.tipdesk"):
    from tipdesk.services.demo import create_demo_office

    db = tmp_path / name
    created = create_demo_office(db)
    return sign_in(db, created.admin, created.password)


def test_demo_directory_has_500_services_in_every_sector(tmp_path):
    from tipdesk.models import vocab as v
    from tipdesk.services.directory import DirectoryFilter, count_services, list_services

    office = _demo(tmp_path)
    assert count_services(office, DirectoryFilter(include_inactive=True)) >= 500
    for sector in v.SECTORS.codes:
        assert count_services(office, DirectoryFilter(sector=sector)) >= 30, sector
    services = list_services(office, DirectoryFilter(include_inactive=True), limit=1000)
    assert any(not s.active for s in services) and any(s.stale() for s in services)
    assert all(".example" in s.email for s in services if s.email)
    office.lock()


def test_demo_cases_have_follow_ups_and_go_to_the_officers(tmp_path):
    from tipdesk.models import Case, FollowUpAction, User

    office = _demo(tmp_path)
    list(generate_cases(office, 300, seed=6, today=date(2026, 11, 28)))
    with office.reading() as s:
        officers = {row.id: row.username for row in s.execute(select(User.id, User.username))}
        assigned = Counter(officers[i] for i in s.scalars(select(Case.assigned_officer_id)))
        assert set(assigned) == {"officer1", "officer2"}
        actions = s.scalars(select(FollowUpAction)).all()
        assert any(a.done_on for a in actions) and any(a.done_on is None for a in actions)
        for case in s.scalars(select(Case).where(Case.next_follow_up_on.is_not(None))):
            pending = [a.due_on for a in case.follow_ups if a.done_on is None]
            assert case.next_follow_up_on == min(pending)
    office.lock()


def test_the_same_seed_gives_the_same_cases_with_or_without_worker_processes(tmp_path):
    from tipdesk.services.case_list import list_cases

    def cases(name, workers):
        office = _demo(tmp_path, name)
        list(
            generate_cases(office, 90, seed=9, batch=30, today=date(2026, 11, 28), workers=workers)
        )
        listed = list_cases(office, limit=200, sort="code", descending=False)
        office.lock()
        return [(c.code, c.sex, c.age_band, c.status, c.outcome) for c in listed]

    alone = cases("alone.tipdesk", 0)
    assert len(alone) == 90 and alone == cases("pool.tipdesk", 2)
