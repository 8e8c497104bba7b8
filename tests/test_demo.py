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
        "organ-removal", "forced-labour", "sexual-exploitation"}


def test_generate_cases_in_batches(admin_office):
    progress = list(generate_cases(admin_office, 120, seed=5, batch=50))
    assert progress == [50, 100, 120]
    assert count_cases(admin_office) == 120
    outcomes = {o: count_cases(admin_office, CaseFilter(outcome=o))
                for o in ("presumed-victim", "assess-further", "no-indicators")}
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
