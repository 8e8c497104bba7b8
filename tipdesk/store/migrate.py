"""Schema creation and upgrades with Alembic, on the already-keyed connection.

A new database is created from the models and stamped at head. An older one is upgraded on
open, after an encrypted copy of it has been written beside it.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from tipdesk.errors import IntegrityFailure
from tipdesk.i18n import translate
from tipdesk.models import Base
from tipdesk.store import search_schema
from tipdesk.store.copy import encrypted_copy


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "tipdesk:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def create_schema(engine: Engine) -> None:
    """Create every table of a new database and stamp it at the head revision."""
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        for statement in search_schema.CREATE:
            conn.exec_driver_sql(statement)
        command.stamp(alembic_config(conn), "head")


def upgrade_to(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def _free_name(path: Path) -> Path:
    """`path`, or `name.2.bak`, `name.3.bak`... when an earlier attempt left one there (an
    upgrade interrupted after its copy): that copy is kept, never overwritten."""
    stem, number, free = path.name.removesuffix(".bak"), 1, path
    while free.exists():
        number += 1
        free = path.with_name(f"{stem}.{number}.bak")
    return free


def upgrade_if_needed(engine: Engine, db_path: Path, key: bytes) -> Path | None:
    """Bring the schema to head; return the path of the pre-upgrade copy when one was made."""
    with engine.connect() as conn:
        current = current_revision(conn)
    head = head_revision()
    if current == head:
        return None
    if current is None:
        raise IntegrityFailure(
            translate(
                "database",
                "The database {db_path} has no TIPDesk schema version: it is not "
                "a TIPDesk office database, or it is damaged. Nothing was "
                "changed.",
            ).format(db_path=db_path)
        )
    if current not in known_revisions():
        raise IntegrityFailure(
            translate(
                "database",
                "The database {db_path} was written by a newer TIPDesk (schema "
                "{current}). Nothing was changed: install the newer TIPDesk to "
                "open it.",
            ).format(db_path=db_path, current=current)
        )
    backup = _free_name(db_path.with_name(f"{db_path.name}.before-{head}.bak"))
    encrypted_copy(engine, backup, key)
    upgrade_to(engine, "head")
    return backup
