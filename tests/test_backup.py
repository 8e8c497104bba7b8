"""Backup and restore: verified copies that restore on a new laptop, and nothing else."""

import zipfile

import pytest
from sqlalchemy import func, select

from tests.conftest import ADMIN, ADMIN_PASSWORD, CANARY_NAME
from tests.helpers import file_hashes, store_person
from tipdesk.errors import AuthenticationFailed, BadInput, IntegrityFailure, PermissionDenied
from tipdesk.models import AuditEvent, PersonIdentity
from tipdesk.services import backup, users
from tipdesk.services import office as office_service
from tipdesk.store.keyslots import keys_path_for


@pytest.fixture
def backup_file(admin_office, tmp_path):
    store_person(admin_office, CANARY_NAME)
    users.add_user(admin_office, "fatou", "Fatou", "administrator", "temporary phrase 42")
    out = tmp_path / "office-2026-11-28.tipdesk-backup"
    result = backup.make_backup(admin_office, out)
    assert result.cases == 1 and result.users == 2
    return out


def _names(db_path, user, password):
    office = office_service.sign_in(db_path, user, password)
    try:
        with office.reading() as s:
            return s.scalars(select(PersonIdentity.given_names)).all()
    finally:
        office.lock()


def test_backup_is_encrypted_and_leaves_no_work_files(backup_file, tmp_path):
    raw = backup_file.read_bytes()
    assert CANARY_NAME.encode() not in raw and CANARY_NAME.encode("utf-16-le") not in raw
    assert sorted(zipfile.ZipFile(backup_file).namelist()) == [
        "manifest.json",
        "office.tipdesk",
        "office.tipdesk.keys",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_restore_on_a_new_laptop_with_a_second_users_password(backup_file, tmp_path):
    target = tmp_path / "new-laptop" / "office.tipdesk"
    target.parent.mkdir()
    result = backup.restore_backup(
        backup_file, target, username="fatou", password="temporary phrase 42"
    )
    assert result.cases == 1 and result.replaced == []
    assert _names(target, "fatou", "temporary phrase 42") == [CANARY_NAME]
    assert _names(target, ADMIN, ADMIN_PASSWORD) == [CANARY_NAME]


def test_restore_with_the_recovery_code(backup_file, new_office, tmp_path):
    target = tmp_path / "elsewhere.tipdesk"
    backup.restore_backup(backup_file, target, recovery_code=new_office.recovery_code)
    office = office_service.sign_in(target, ADMIN, ADMIN_PASSWORD)
    with office.reading() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    office.lock()
    assert "backup.create" not in actions[:-2]  # the copy predates its own backup event
    assert actions[-2:] == ["backup.restore", "session.sign-in"]


def test_restore_refuses_to_overwrite_without_force_and_keeps_the_old_aside(
    backup_file, admin_office, db_path
):
    admin_office.lock()
    before = file_hashes(db_path, keys_path_for(db_path))
    with pytest.raises(BadInput, match="--force"):
        backup.restore_backup(backup_file, db_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert file_hashes(db_path, keys_path_for(db_path)) == before
    result = backup.restore_backup(
        backup_file, db_path, username=ADMIN, password=ADMIN_PASSWORD, force=True
    )
    assert len(result.replaced) == 2
    assert sorted(file_hashes(*result.replaced).values()) == sorted(before.values())


@pytest.mark.parametrize("damage", ["truncate", "flip", "not-zip"])
def test_damaged_backup_is_refused_with_nothing_changed(backup_file, tmp_path, damage):
    data = bytearray(backup_file.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) // 3] ^= 0xFF
    else:
        data = bytearray(b"hello, this is a spreadsheet")
    backup_file.write_bytes(bytes(data))
    target = tmp_path / "restored.tipdesk"
    with pytest.raises((BadInput, IntegrityFailure)) as caught:
        backup.restore_backup(backup_file, target, username=ADMIN, password=ADMIN_PASSWORD)
    assert "Nothing was changed" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir() if "restored" in p.name) == []


def test_wrong_password_and_non_administrators_cannot_restore(backup_file, admin_office, tmp_path):
    target = tmp_path / "restored.tipdesk"
    with pytest.raises(AuthenticationFailed):
        backup.restore_backup(backup_file, target, username=ADMIN, password="wrong phrase 123")
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    second = backup.make_backup(admin_office, tmp_path / "second.tipdesk-backup").path
    with pytest.raises(PermissionDenied):
        backup.restore_backup(second, target, username="kofi", password="temporary phrase 43")
    assert not target.exists()


def test_only_administrators_back_up(admin_office, db_path, tmp_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    officer = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    with pytest.raises(PermissionDenied):
        backup.make_backup(officer, tmp_path / "x.tipdesk-backup")
    assert not backup.backup_overdue(officer)
    officer.lock()


def test_backup_reminder_after_seven_days(admin_office, tmp_path):
    assert backup.backup_overdue(admin_office)
    backup.make_backup(admin_office, tmp_path / "b.tipdesk-backup")
    assert not backup.backup_overdue(admin_office)
    with admin_office.reading() as s:
        assert (
            s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "backup.create"))
            == 1
        )
