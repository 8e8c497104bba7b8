"""Backups that restore on a new laptop: an encrypted copy of the database with its key slots.

A backup file is a ZIP (stored, not compressed: the content is encrypted) holding
``manifest.json``, ``office.tipdesk`` (a consistent sqlcipher_export copy, still encrypted)
and ``office.tipdesk.keys``. It opens with any valid user's password or the recovery code.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select, text

from tipdesk import __version__
from tipdesk.errors import BadInput, IntegrityFailure, PermissionDenied
from tipdesk.i18n import translate
from tipdesk.models import Case, OfficeSettings, User, utcnow
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.office import open_with_keys
from tipdesk.services.permissions import may, require
from tipdesk.store.atomic import fsync_directory
from tipdesk.store.copy import encrypted_copy
from tipdesk.store.database import open_engine
from tipdesk.store.keyslots import KeySlotFile, keys_path_for, normalise_username
from tipdesk.store.space import disk_full, is_disk_full

FORMAT = "tipdesk-backup"
VERSION = 1
DB_MEMBER = "office.tipdesk"
KEYS_MEMBER = "office.tipdesk.keys"
REMIND_AFTER_DAYS = 7


@dataclass(frozen=True)
class BackupResult:
    """What a finished, verified backup holds."""

    path: Path
    cases: int
    users: int
    created_at: datetime


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_database_copy(db_file: Path, keys: list[bytes]) -> tuple[int, int, str | None]:
    """Open a copy with its key, run both integrity checks; return (cases, users, schema)."""
    for key in keys:
        try:
            engine = open_engine(db_file, key)
        except IntegrityFailure:
            continue
        try:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                cipher = raw.execute("PRAGMA cipher_integrity_check").fetchall()
                sqlite_ok = raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                if cipher or not sqlite_ok:
                    raise IntegrityFailure(
                        translate("backup", "The backup copy fails its integrity checks.")
                    )
                schema = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                cases = conn.execute(select(func.count(Case.id))).scalar()
                users = conn.execute(select(func.count(User.id))).scalar()
            return cases, users, schema
        finally:
            engine.dispose()
    raise IntegrityFailure(
        translate("backup", "The backup's database does not open with its own key slots.")
    )


def make_backup(office: UnlockedOffice, out: Path) -> BackupResult:
    """Write and verify a backup file; success is reported only once it has been reopened."""
    require(office, "backup.make")
    out = Path(out)
    if out.exists():
        raise BadInput(
            translate(
                "backup", "{out} already exists. Choose a new file name for the backup."
            ).format(out=out)
        )
    if not out.parent.is_dir():
        raise BadInput(
            translate("backup", "The folder {folder} does not exist. Choose another place.").format(
                folder=out.parent
            )
        )
    work = out.with_name(f".{out.name}.work")
    shutil.rmtree(work, ignore_errors=True)
    partial = out.with_name(f".{out.name}.partial")
    try:
        work.mkdir()
        copy = work / DB_MEMBER
        encrypted_copy(office.engine, copy, office.database_key())
        keys_file = work / KEYS_MEMBER
        shutil.copyfile(keys_path_for(office.db_path), keys_file)
        key = office.database_key()
        cases, users, schema = verify_database_copy(copy, [key])
        created = utcnow()
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "tipdesk": __version__,
            "schema": schema,
            "created_at": created.isoformat(timespec="seconds") + "Z",
            "sha256": {DB_MEMBER: _sha256(copy), KEYS_MEMBER: _sha256(keys_file)},
        }
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=1))
            archive.write(copy, DB_MEMBER)
            archive.write(keys_file, KEYS_MEMBER)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        reopened = read_backup(partial, work / "check")
        verify_database_copy(reopened.db_file, [key])
        os.replace(partial, out)
        fsync_directory(out.parent)
    except (OSError, sqlcipher.DatabaseError) as exc:  # the copy is written by SQLite
        if is_disk_full(exc):
            raise disk_full(out) from None
        if not isinstance(exc, OSError):
            raise
        raise BadInput(
            translate(
                "backup",
                "The backup could not be written to {out}: {reason}. Nothing was "
                "changed in the office database; free some space or choose "
                "another place.",
            ).format(out=out, reason=exc.strerror)
        ) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
        partial.unlink(missing_ok=True)
    try:
        with office.writing() as s:
            s.get(OfficeSettings, 1).last_backup_at = created
            audit.record(
                s, office.user.username, "backup.create", "office", office.info.country_code
            )
    except BaseException:
        out.unlink(missing_ok=True)  # no backup the audit trail does not know of
        raise
    return BackupResult(out, cases, users, created)


def backup_overdue(office: UnlockedOffice) -> bool:
    """Whether an administrator should be reminded to make a backup (none for 7 days)."""
    if not may(office.user.role, "backup.make"):
        return False
    with office.reading() as s:
        last = s.get(OfficeSettings, 1).last_backup_at
    return last is None or (utcnow() - last).days >= REMIND_AFTER_DAYS


@dataclass(frozen=True)
class BackupContents:
    """A backup unpacked into a work folder, its hashes checked."""

    manifest: dict
    db_file: Path
    keys_file: Path


def read_backup(path: Path, work: Path) -> BackupContents:
    """Unpack and check a backup file, refusing anything damaged or foreign."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(
            translate("backup", "There is no backup file at {path}. Check the path.").format(
                path=path
            )
        )
    not_backup = BadInput(
        translate(
            "backup",
            "{path} is not a TIPDesk backup file (or it is damaged). Nothing "
            "was changed. Choose the .tipdesk-backup file made by TIPDesk.",
        ).format(path=path)
    )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise not_backup from None
    with archive:
        try:
            manifest = json.loads(archive.read("manifest.json"))
        except (KeyError, ValueError, zipfile.BadZipFile):
            raise not_backup from None
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
            raise not_backup
        work.mkdir(parents=True, exist_ok=True)
        files = {}
        for member in (DB_MEMBER, KEYS_MEMBER):
            target = work / member
            try:
                with archive.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
            except (KeyError, zipfile.BadZipFile, EOFError, OSError):
                raise IntegrityFailure(
                    translate(
                        "backup",
                        "The backup {path} is damaged or truncated. Nothing was changed; "
                        "use another backup.",
                    ).format(path=path)
                ) from None
            if _sha256(target) != manifest.get("sha256", {}).get(member):
                raise IntegrityFailure(
                    translate(
                        "backup",
                        "The backup {path} is damaged: its content does not match its "
                        "own checksums. Nothing was changed; use another backup.",
                    ).format(path=path)
                )
            files[member] = target
    return BackupContents(manifest, files[DB_MEMBER], files[KEYS_MEMBER])


@dataclass(frozen=True)
class RestoreResult:
    """Where the restored database went and what was set aside."""

    db_path: Path
    replaced: list[Path]
    cases: int


def restore_backup(
    backup: Path,
    db_path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_code: str | None = None,
    force: bool = False,
) -> RestoreResult:
    """Verify a backup, then put it in place; an existing database is only ever set aside."""
    db_path = Path(db_path)
    keys_path = keys_path_for(db_path)
    existing = [p for p in (db_path, keys_path) if p.exists()]
    if existing and not force:
        raise BadInput(
            translate(
                "backup",
                "{db_path} already exists. Restoring would replace it: add "
                "--force (the replaced files are kept aside, never deleted), or "
                "restore to another path.",
            ).format(db_path=db_path)
        )
    if not db_path.parent.is_dir():
        raise BadInput(
            translate("backup", "The folder {folder} does not exist. Create it first.").format(
                folder=db_path.parent
            )
        )
    work = db_path.with_name(f".{db_path.name}.restoring")
    shutil.rmtree(work, ignore_errors=True)
    try:
        contents = read_backup(Path(backup), work)
        slots = KeySlotFile.load(contents.keys_file)
        if recovery_code:
            keys = slots.unlock_recovery(recovery_code)
        else:
            keys = slots.unlock_user(normalise_username(username or ""), password or "")
        cases, _, _ = verify_database_copy(contents.db_file, keys)
        if not recovery_code:
            _require_administrator_in(contents.db_file, keys, username or "")
        replaced = []
        stamp = utcnow().strftime("%Y%m%dT%H%M%S")
        for path in existing:
            aside = path.with_name(f"{path.name}.replaced-{stamp}")
            os.replace(path, aside)
            replaced.append(aside)
        os.replace(contents.keys_file, keys_path)
        os.replace(contents.db_file, db_path)
        fsync_directory(db_path.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    office = open_with_keys(
        db_path, keys, None if recovery_code else normalise_username(username or "")
    )
    try:
        with office.writing() as s:
            audit.record(
                s,
                None if recovery_code else office.user.username,
                "backup.restore",
                "office",
                office.info.country_code,
            )
    finally:
        office.lock()
    return RestoreResult(db_path, replaced, cases)


def _require_administrator_in(db_file: Path, keys: list[bytes], username: str) -> None:
    office = open_with_keys(db_file, keys, normalise_username(username), upgrade=False)
    try:
        if not may(office.user.role, "backup.make"):
            raise PermissionDenied(
                translate(
                    "backup", "Only an administrator (or the recovery code) may restore a backup."
                )
            )
    finally:
        office.lock()
