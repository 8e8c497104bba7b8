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
from tipdesk.services.demo import demo_registration, generate_cases
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
