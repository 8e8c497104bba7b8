"""Key rotation: every slot follows the new key, and a SIGKILL at any moment loses nothing."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from sqlalchemy import func, select

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import store_person
from tipdesk.models import Case
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.services.key_rotation import rotate_database_key
from tipdesk.store.keyslots import KeySlotFile, key_id, keys_path_for

CASES = 5


def _case_count(db_path, user=ADMIN, password=ADMIN_PASSWORD):
    office = office_service.sign_in(db_path, user, password)
    try:
        with office.reading() as s:
            return s.scalar(select(func.count(Case.id)))
    finally:
        office.lock()


def _seed(admin_office):
    for n in range(CASES):
        store_person(admin_office, f"Person {n}", code=f"CMR-2026-{n + 1:04d}")


def test_rotation_changes_the_key_for_every_account_and_the_recovery_code(
    admin_office, new_office, db_path
):
    _seed(admin_office)
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    old_key = admin_office.database_key()
    reopened = rotate_database_key(admin_office)
    assert not admin_office.is_open
    new_key = reopened.database_key()
    reopened.lock()
    assert new_key != old_key
    slots = KeySlotFile.load(keys_path_for(db_path))
    assert slots.unlock_user("fatou", "temporary phrase 42") == [new_key]
    assert slots.unlock_recovery(new_office.recovery_code) == [new_key]
    assert key_id(old_key) not in keys_path_for(db_path).read_text()
    assert _case_count(db_path) == CASES
    assert office_service.check_office(db_path, ADMIN, ADMIN_PASSWORD).ok
    assert not db_path.with_name(db_path.name + ".rotating").exists()


CHILD = textwrap.dedent("""
    import sys
    from tipdesk.services import office
    from tipdesk.services.key_rotation import rotate_database_key
    db, user, password = sys.argv[1:4]
    session = office.sign_in(db, user, password)
    while True:
        session = rotate_database_key(session)
        print("rotated", flush=True)
""")


def test_rotation_killed_at_random_points_always_opens_with_all_data(admin_office, db_path):
    _seed(admin_office)
    admin_office.lock()
    runs = int(os.environ.get("TIPDESK_CRASH_RUNS", "12"))
    rng = random.Random(20261128)
    completed = 0
    for _ in range(runs):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), ADMIN, ADMIN_PASSWORD],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        first = child.stdout.readline()  # one rotation done: the child is in its loop
        time.sleep(rng.uniform(0.0, 0.25))  # then kill it somewhere inside a later one
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        completed += (first + out).count(b"rotated")
        assert _case_count(db_path) == CASES
        report = office_service.check_office(db_path, ADMIN, ADMIN_PASSWORD)
        assert report.ok, report.verdict()
    assert completed >= runs  # every child was killed while rotating, not before
