"""Consistent encrypted copies of a live database (never a raw copy of the file)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.store.atomic import fsync_directory


def encrypted_copy(engine: Engine, target: Path, key: bytes) -> None:
    """Write a consistent copy of the database to `target`, encrypted under `key`.

    Uses sqlcipher_export into a temporary file beside the target, then renames it into place,
    so a crash leaves either no copy or a complete one.
    """
    target = Path(target)
    if target.exists():
        raise BadInput(
            translate("database", "{target} already exists. Choose another file name.").format(
                target=target
            )
        )
    tmp = target.with_name(f".{target.name}.partial")
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        leftover.unlink(missing_ok=True)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("ATTACH DATABASE ? AS tipdesk_copy KEY ?", (str(tmp), f"x'{key.hex()}'"))
        try:
            raw.execute("SELECT sqlcipher_export('tipdesk_copy')").fetchall()
        finally:
            raw.execute("DETACH DATABASE tipdesk_copy")
    tmp.chmod(0o600)  # as the office itself: encrypted anyway, still nobody else's business
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_directory(target.parent)
