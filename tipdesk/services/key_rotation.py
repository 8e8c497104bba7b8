"""Rotating the database key after staff leave, so a key someone kept opens nothing new.

The order makes an interruption harmless at every point:
1. export the database, encrypted under the new key, to ``office.tipdesk.rotating``, verify it;
2. seal the new key into every key slot beside the old one (the slots now open both), dropping
   any key an earlier, interrupted rotation left, so a slot never holds more than these two;
3. close every connection, then rename the new file over the database (atomic);
4. drop the old key from every slot.
A crash before 3 leaves the old database, which the old key in each slot still opens; after
3 the new database, which the new key opens. The database never lacks a key that opens it.
"""

from __future__ import annotations

import os
from pathlib import Path

from tipdesk.errors import IntegrityFailure
from tipdesk.i18n import translate
from tipdesk.services import audit
from tipdesk.services.backup import verify_database_copy
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.office import open_with_keys
from tipdesk.services.permissions import require
from tipdesk.store.atomic import fsync_directory
from tipdesk.store.copy import encrypted_copy
from tipdesk.store.keyslots import KeySlotFile, keys_path_for, new_database_key


def rotating_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".rotating")


def _with_sidecars(path: Path) -> list[Path]:
    """`path` and the journal files SQLite may keep beside it."""
    return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


def rotate_database_key(office: UnlockedOffice) -> UnlockedOffice:
    """Re-encrypt the database under a new key; returns the office reopened with it.

    The `office` passed in is locked (its connections are closed) whatever happens.
    """
    require(office, "users.manage")
    db_path = office.db_path
    username = office.user.username
    new_key = new_database_key()
    staging = rotating_path(db_path)
    for leftover in _with_sidecars(staging):  # an interrupted rotation's copy and its journals:
        leftover.unlink(missing_ok=True)  # a stale journal would be replayed into the new copy
    with office.writing() as s:
        audit.record(s, username, "database.rotate-key", "office", office.info.country_code)
    encrypted_copy(office.engine, staging, new_key)
    verify_database_copy(staging, [new_key])

    slots = KeySlotFile.load(keys_path_for(db_path))
    slots.keep_only_key(office.database_key())  # a key an interrupted rotation left opens nothing
    slots.add_key_to_every_slot(new_key)
    slots.save()

    with office.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    office.lock()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise IntegrityFailure(
            translate(
                "key_rotation",
                "Another window still has the database open; the key was not "
                "rotated. Close other TIPDesk windows and try again.",
            )
        )
    os.replace(staging, db_path)
    fsync_directory(db_path.parent)

    slots.keep_only_key(new_key)
    slots.save()
    return open_with_keys(db_path, [new_key], username)
