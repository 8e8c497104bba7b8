"""Key slots: the database key wrapped per user and for the recovery code."""

import json
import subprocess
import sys

import pytest

from tipdesk.errors import AuthenticationFailed, BadInput, IntegrityFailure
from tipdesk.store import keyslots
from tipdesk.store.keyslots import KeySlotFile, new_database_key, new_recovery_code


@pytest.fixture
def slot_file(tmp_path):
    return KeySlotFile.new(tmp_path / "office.tipdesk.keys")


def test_user_slot_opens_with_its_password_only(slot_file):
    key = new_database_key()
    slot_file.set_user_slot("Amina", "river stones 2026", key)
    slot_file.save()
    loaded = KeySlotFile.load(slot_file.path)
    assert loaded.unlock_user("amina", "river stones 2026") == [key]  # user name case-free
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        loaded.unlock_user("amina", "river stones 2025")
    with pytest.raises(AuthenticationFailed, match="Wrong user name or password"):
        loaded.unlock_user("nobody", "river stones 2026")


def test_two_users_each_open_the_same_key(slot_file):
    key = new_database_key()
    slot_file.set_user_slot("amina", "first secret phrase", key)
    slot_file.set_user_slot("fatou", "second secret phrase", key)
    assert slot_file.unlock_user("amina", "first secret phrase") == [key]
    assert slot_file.unlock_user("fatou", "second secret phrase") == [key]
    with pytest.raises(AuthenticationFailed):
        slot_file.unlock_user("fatou", "first secret phrase")


def test_changing_a_password_rewrites_only_that_slot(slot_file):
    key = new_database_key()
    slot_file.set_user_slot("amina", "first secret phrase", key)
    slot_file.set_user_slot("fatou", "second secret phrase", key)
    fatou_before = dict(slot_file.slots[slot_file.user_slot_id("fatou")])
    slot_file.set_user_slot("amina", "a brand new phrase", key)
    assert slot_file.slots[slot_file.user_slot_id("fatou")] == fatou_before
    assert slot_file.unlock_user("amina", "a brand new phrase") == [key]
    with pytest.raises(AuthenticationFailed):
        slot_file.unlock_user("amina", "first secret phrase")


def test_recovery_code_opens_its_own_slot_however_it_is_typed(slot_file):
    key = new_database_key()
    code = new_recovery_code()
    assert len(code) == 29 and code.count("-") == 5
    slot_file.set_recovery_slot(code, key)
    typed = " ".join(code.lower().split("-"))
    assert slot_file.unlock_recovery(typed) == [key]
    with pytest.raises(AuthenticationFailed, match="recovery code"):
        slot_file.unlock_recovery(new_recovery_code())


def test_file_is_not_a_staff_list(slot_file):
    slot_file.set_user_slot("zebulon.staffname", "a long password here", new_database_key())
    slot_file.save()
    raw = slot_file.path.read_bytes()
    assert b"zebulon" not in raw.lower()
    assert "zebulon".encode("utf-16-le") not in raw


def test_slot_keeps_its_own_kdf_parameters(slot_file, monkeypatch):
    key = new_database_key()
    slot_file.set_user_slot("amina", "river stones 2026", key)
    assert slot_file.slots[slot_file.user_slot_id("amina")]["kdf"]["n"] == keyslots.SCRYPT_N
    monkeypatch.setattr(keyslots, "SCRYPT_N", keyslots.SCRYPT_N * 2)
    assert slot_file.unlock_user("amina", "river stones 2026") == [key]


def test_production_kdf_is_memory_hard():
    # The autouse fixture lowers the cost in this process; the shipped constant must stay high.
    code = "from tipdesk.store import keyslots as k; print(k.SCRYPT_N, k.SCRYPT_R)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    n, r = map(int, out.stdout.split())
    assert n >= 2**17 and r >= 8


def test_slots_cannot_be_swapped_between_users(slot_file):
    key = new_database_key()
    slot_file.set_user_slot("amina", "shared phrase 12345", key)
    slot_file.set_user_slot("fatou", "other phrase 12345", key)
    amina_id, fatou_id = slot_file.user_slot_id("amina"), slot_file.user_slot_id("fatou")
    stolen = dict(slot_file.slots[amina_id], id=fatou_id)
    slot_file.slots[fatou_id] = stolen
    with pytest.raises(AuthenticationFailed):
        slot_file.unlock_user("fatou", "shared phrase 12345")


def test_save_is_atomic_and_leaves_no_temporary_files(slot_file):
    slot_file.set_user_slot("amina", "river stones 2026", new_database_key())
    slot_file.save()
    slot_file.save()
    assert sorted(p.name for p in slot_file.path.parent.iterdir()) == ["office.tipdesk.keys"]
    assert json.loads(slot_file.path.read_text())["version"] == keyslots.VERSION


def test_missing_and_damaged_files_are_reported_plainly(tmp_path):
    path = tmp_path / "office.tipdesk.keys"
    with pytest.raises(BadInput, match="missing"):
        KeySlotFile.load(path)
    for content in (
        b"",
        b"not json",
        b'{"format": "other"}',
        b'{"format": "tipdesk-keyslots", "version": 1, "slots": [{"id": 1}]}',
    ):
        path.write_bytes(content)
        with pytest.raises(IntegrityFailure, match="damaged"):
            KeySlotFile.load(path)
    path.write_bytes(b'{"format": "tipdesk-keyslots", "version": 9}')
    with pytest.raises(IntegrityFailure, match="version 9"):
        KeySlotFile.load(path)


def test_rotation_seals_a_new_key_into_every_slot_without_passwords(slot_file):
    old, new = new_database_key(), new_database_key()
    code = new_recovery_code()
    slot_file.set_user_slot("amina", "first secret phrase", old)
    slot_file.set_user_slot("fatou", "second secret phrase", old)
    slot_file.set_recovery_slot(code, old)
    slot_file.add_key_to_every_slot(new)
    assert slot_file.unlock_user("fatou", "second secret phrase") == [new, old]
    slot_file.keep_only_key(new)
    slot_file.save()
    loaded = KeySlotFile.load(slot_file.path)
    assert loaded.unlock_user("amina", "first secret phrase") == [new]
    assert loaded.unlock_recovery(code) == [new]
    assert old.hex() not in slot_file.path.read_text()
