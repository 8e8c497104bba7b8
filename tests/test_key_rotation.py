"""Key rotation: every slot follows the new key (tests/resilience kills it at random points)."""

import os

import pytest
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


def test_a_slot_never_holds_more_than_the_current_and_the_next_key(
    admin_office, db_path, monkeypatch
):
    """An interrupted rotation leaves its new key in the slots; the next rotation drops it."""
    from tipdesk.services import key_rotation
    from tipdesk.store.keyslots import new_database_key

    current = admin_office.database_key()
    slots = KeySlotFile.load(keys_path_for(db_path))
    slots.add_key_to_every_slot(new_database_key())  # sealed, but the database never moved
    slots.save()

    rename = os.replace

    def power_cut(src, dst):
        if str(src).endswith(".rotating"):  # the database is never replaced
            raise OSError("power cut")
        rename(src, dst)

    monkeypatch.setattr(key_rotation.os, "replace", power_cut)
    with pytest.raises(OSError):
        rotate_database_key(admin_office)
    keys = KeySlotFile.load(keys_path_for(db_path)).unlock_user(ADMIN, ADMIN_PASSWORD)
    assert len(keys) == 2 and keys[-1] == current  # the database's key and the one in flight
    assert _case_count(db_path) == 0


def test_a_rotation_ignores_the_journal_an_interrupted_one_left(admin_office, db_path):
    import shutil

    import sqlcipher3.dbapi2 as sqlcipher

    from tipdesk.store.keyslots import new_database_key

    _seed(admin_office)
    staging = db_path.with_name(db_path.name + ".rotating")
    other = db_path.with_name("elsewhere.tipdesk")  # a copy killed with its WAL not merged
    conn = sqlcipher.connect(str(other))
    conn.execute(f"PRAGMA key = \"x'{new_database_key().hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 200)
    conn.commit()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{other}{suffix}", f"{staging}{suffix}")
    conn.close()
    reopened = rotate_database_key(admin_office)
    reopened.lock()
    assert _case_count(db_path) == CASES
    assert not any(db_path.parent.glob("*.rotating*"))
