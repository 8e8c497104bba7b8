"""Keyed SQLCipher connections under SQLAlchemy.

Every connection is made by `_connect`: it refuses a SQLite library without SQLCipher, gives
the raw 256-bit key as the very first statement, proves the key with a read, then sets the
pragmas below. The key is given only to the DB-API connection, never in a URL, a log or an
exception text.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from tipdesk.errors import BadInput, IntegrityFailure, TipdeskError
from tipdesk.i18n import translate
from tipdesk.store.space import disk_full, is_disk_full

SQLITE_HEADER = b"SQLite format 3\x00"

# Pragmas applied to every connection, after the key.
CONNECTION_PRAGMAS = (
    # Nothing decrypted may reach a temporary file: sorts and temp tables stay in memory.
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    # Deleted rows are overwritten, so purged case data does not linger in free pages.
    "PRAGMA secure_delete = ON",
    # Durability: write-ahead log with synchronous=FULL. Every commit is fsynced to the WAL
    # before it is reported done, so a power cut never loses a save and never leaves a
    # half-written one; readers (lists, report workers) do not block the writer. The WAL is
    # encrypted page by page like the database.
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    # Decryption costs per page read; 32 MiB of cache keeps hot pages decrypted in memory.
    "PRAGMA cache_size = -32768",
    "PRAGMA busy_timeout = 10000",
)


class UndecryptableDatabase(IntegrityFailure):
    """The key given does not decrypt the database's first page."""


def database_problem(db_path: Path) -> UndecryptableDatabase:
    """The error for a database that a correct key cannot decrypt."""
    return UndecryptableDatabase(
        translate(
            "database",
            "The database {db_path} cannot be decrypted with the key your "
            "password opened: the file is damaged, or it is not the database "
            "this key file belongs to (SQLCipher cannot tell the two apart). "
            "Nothing was changed. Restore the office's latest backup.",
        ).format(db_path=db_path)
    )


def damaged_database(db_path: Path, exc: Exception) -> IntegrityFailure:
    """The error for a database whose pages SQLite or SQLCipher reject while reading."""
    # Only the driver's own message: SQLAlchemy's text would carry statements and values.
    reason = str(getattr(exc, "orig", None) or exc.__class__.__name__)
    return IntegrityFailure(
        translate(
            "database",
            "The database {db_path} is damaged (SQLite: {reason}). Nothing "
            "was changed. Run 'tipdesk check' and restore the office's "
            "latest backup.",
        ).format(db_path=db_path, reason=reason)
    )


def explain_database_error(db_path: Path, exc: Exception) -> TipdeskError:
    """A user-facing error for a driver error that escaped a service (never its SQL text)."""
    reason = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in reason or "busy" in reason:
        return TipdeskError(
            translate(
                "database",
                "The database {db_path} is busy: another TIPDesk window or "
                "command is writing to it. Wait a moment, or close the other "
                "window, and try again.",
            ).format(db_path=db_path)
        )
    if is_disk_full(exc, db_path):
        return disk_full(db_path)
    if "full" in reason or "disk i/o" in reason:
        return TipdeskError(
            translate(
                "database",
                "The disk holding {db_path} is full or failing; nothing more "
                "could be saved. Free some space (or check the disk) and try "
                "again: earlier data is safe.",
            ).format(db_path=db_path)
        )
    return damaged_database(db_path, exc)


def check_database_file(db_path: Path) -> None:
    """Refuse a missing file, an empty one or a plain unencrypted SQLite file, before opening."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise BadInput(
            translate(
                "database",
                "There is no database at {db_path}. Check the path, or create a "
                "new office database with 'tipdesk init'.",
            ).format(db_path=db_path)
        )
    if not db_path.is_file():
        raise BadInput(
            translate(
                "database", "{db_path} is not a file. Give the path of the office database file."
            ).format(db_path=db_path)
        )
    with db_path.open("rb") as handle:
        head = handle.read(16)
    if len(head) < 16:
        raise IntegrityFailure(
            translate(
                "database",
                "The database {db_path} is empty or truncated. Nothing was "
                "changed. Restore the office's latest backup.",
            ).format(db_path=db_path)
        )
    if head == SQLITE_HEADER:
        raise BadInput(
            translate(
                "database",
                "{db_path} is an unencrypted SQLite file, not a TIPDesk "
                "database. Give the path of the office database.",
            ).format(db_path=db_path)
        )


def connect_raw(db_path: Path, key: bytes, *, create: bool = False) -> sqlcipher.Connection:
    """A keyed DB-API connection whose key has been proven by a read."""
    if not create:
        check_database_file(db_path)
    conn = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher writes nothing to stderr
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise IntegrityFailure(
                translate(
                    "database",
                    "The SQLite library in use has no SQLCipher encryption; TIPDesk "
                    "will not store data unencrypted. Reinstall TIPDesk.",
                )
            )
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        if not create:
            _check_length(conn, db_path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if is_disk_full(exc, db_path):  # no room for the -shm and -wal files: not damage
                raise disk_full(db_path) from None
            raise database_problem(db_path) from None
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def _check_length(conn: sqlcipher.Connection, db_path: Path) -> None:
    """Refuse a file shorter than the pages its header counts (cut off by a copy or a crash)."""
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # recent pages may still live in the WAL only
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    except sqlcipher.DatabaseError as exc:
        if "malformed" not in str(exc):
            return  # page 1 does not decrypt: the key check that follows says so
        pages, page_size = -1, 0  # the header decrypts but disagrees with the file's length
    if pages < 0 or db_path.stat().st_size < pages * page_size:
        raise IntegrityFailure(
            translate(
                "database",
                "The database {db_path} is truncated or damaged: it is shorter "
                "than its own header says. Nothing was changed. Restore the "
                "office's latest backup.",
            ).format(db_path=db_path)
        )


def open_engine(db_path: Path, key: bytes, *, create: bool = False) -> Engine:
    """An engine whose every pooled connection is keyed and configured.

    Pool: a small QueuePool. Connections are long-lived (keying and warming the page cache
    cost more than a query); the GUI thread and each worker thread check one out at a time.
    """
    db_path = Path(db_path)
    first = connect_raw(db_path, key, create=create)
    handed_out = [first]

    def creator():
        if handed_out:
            return handed_out.pop()
        return connect_raw(db_path, key)

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=4,
    )
    _use_explicit_transactions(engine)
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy emit BEGIN itself; writers take the write lock up front (IMMEDIATE).

    pysqlite's own implicit BEGIN would start a transaction only at the first write, so a
    unit of work that reads then writes (the audit chain's last hash, say) could race.
    """

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = "IMMEDIATE" if conn.get_execution_options().get("tipdesk_writer") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")
