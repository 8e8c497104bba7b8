"""Wrong passwords, again and again: each wait is longer than the last, and no amount of them
changes a byte on disk (database, write-ahead log, key slots, settings: bytes and times)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import store_person
from tipdesk.cli import main
from tipdesk.errors import AuthenticationFailed
from tipdesk.models import AuditEvent
from tipdesk.services import office as office_service
from tipdesk.services.sign_in_throttle import SignInPaused, SignInThrottle, throttle_for

SEQUENCE = [0, 0, 2, 4, 8, 16, 30, 30, 30]


class Clock:
    """A clock the test moves by hand, so waits of minutes take no time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def on_disk(*folders: Path) -> dict[str, tuple[str, int, int]]:
    """Every file under `folders`: its SHA-256, size and modification time (ns)."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[str(path)] = (digest, stat.st_size, stat.st_mtime_ns)
    return found


def test_each_wrong_password_makes_the_next_wait_longer(new_office, db_path):
    clock = Clock()
    throttle = SignInThrottle(clock)
    for wait in SEQUENCE:
        with pytest.raises(AuthenticationFailed) as refused:
            office_service.sign_in(db_path, ADMIN, "not the password", throttle=throttle)
        assert not isinstance(refused.value, SignInPaused)
        assert throttle.seconds_left() == wait
        if wait:
            # During the wait even the right password is refused, untried.
            with pytest.raises(SignInPaused, match=f"Wait {wait} seconds"):
                office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD, throttle=throttle)
            clock.now += wait - 0.5
            assert throttle.seconds_left() == 1
            clock.now += 0.5
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD, throttle=throttle)
    try:
        with office.reading() as s:
            failed = s.scalars(
                select(AuditEvent.record_ref).where(AuditEvent.action == "session.sign-in-failed")
            ).all()
    finally:
        office.lock()
    assert failed == [ADMIN] * len(SEQUENCE)  # recorded at the next success, not before
    assert throttle.failures == 0 and throttle.seconds_left() == 0


def test_the_command_line_and_scripts_share_the_wait_per_database(
    new_office, db_path, tmp_path, monkeypatch, capsys
):
    clock = Clock()
    monkeypatch.setattr(throttle_for(db_path), "clock", clock)
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            office_service.check_office(db_path, ADMIN, "not the password")
    monkeypatch.setenv("TIPDESK_PASSWORD", ADMIN_PASSWORD)
    assert main(["check", "--db", str(db_path), "--user", ADMIN]) == 3
    assert "Wait 2 seconds" in capsys.readouterr().err
    clock.now += 2
    assert main(["check", "--db", str(db_path), "--user", ADMIN]) == 0


def test_fifty_wrong_passwords_change_no_byte_on_disk(new_office, db_path, monkeypatch, capsys):
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    store_person(office, "Zebulon")
    office_service.sign_out(office)
    home = Path(os.environ["HOME"])  # settings and data folders of this test
    (home / ".config" / "TIPDesk").mkdir(parents=True)
    (home / ".config" / "TIPDesk" / "TIPDesk.conf").write_text("[unlock]\nlast_user=amina\n")
    before = on_disk(db_path.parent, home)
    assert {db_path.name, db_path.name + ".keys"} <= {Path(p).name for p in before}

    clock = Clock()
    monkeypatch.setattr(throttle_for(db_path), "clock", clock)
    monkeypatch.setenv("TIPDESK_PASSWORD", "guess-0")
    attempts = [
        lambda n: office_service.sign_in(db_path, ADMIN, f"guess-{n}"),
        lambda n: office_service.sign_in(db_path, f"someone-{n}", ADMIN_PASSWORD),
        lambda n: office_service.check_office(db_path, ADMIN.upper(), f"guess-{n}"),
        lambda n: main(["check", "--db", str(db_path), "--user", ADMIN]),
        lambda n: main(["backup", "--db", str(db_path), "--user", ADMIN, "--out", "x.zip"]),
    ]
    for n in range(50):
        try:
            code = attempts[n % len(attempts)](n)
        except AuthenticationFailed as refused:
            assert not isinstance(refused, SignInPaused)
        else:
            assert code == 3 and "Wrong user name or password" in capsys.readouterr().err
        clock.now += 60  # past any wait: every attempt is a real one
    assert throttle_for(db_path).failures == 50

    assert on_disk(db_path.parent, home) == before  # not a byte, not a time stamp

    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    office.lock()
    assert throttle_for(db_path).failures == 0
