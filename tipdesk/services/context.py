"""The unlocked office: who is signed in, and units of work on its encrypted database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from tipdesk.errors import TipdeskError
from tipdesk.i18n import translate
from tipdesk.store.space import disk_full, is_disk_full


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in member of staff, as plain values."""

    id: int
    username: str
    display_name: str
    role: str
    must_change_password: bool = False


@dataclass(frozen=True)
class OfficeInfo:
    """The field office the database belongs to."""

    name: str
    country_code: str
    country_name: str


class OfficeLocked(TipdeskError):
    """The office was locked; sign in again to continue."""

    exit_code = 3


class UnlockedOffice:
    """An open office database and its signed-in user; service functions take one of these.

    `reading()` and `writing()` each give one SQLAlchemy session for one unit of work; a
    writer takes SQLite's write lock when it begins. `lock()` disposes of the engine and with
    it the only reference to the database key.
    """

    def __init__(
        self, db_path: Path, engine: Engine, key: bytes, user: CurrentUser, info: OfficeInfo
    ):
        self.db_path = Path(db_path)
        self.user = user
        self.info = info
        self._engine: Engine | None = engine
        self._key: bytes | None = key
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(tipdesk_writer=True), expire_on_commit=False
        )

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise OfficeLocked(
                translate("context", "TIPDesk is locked. Sign in again to continue.")
            )
        return self._engine

    @contextmanager
    def reading(self) -> Iterator[Session]:
        self.engine  # noqa: B018 - raises when locked
        with self._reader.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction; on a full disk it is rolled back whole and DiskFull raised."""
        self.engine  # noqa: B018 - raises when locked
        try:
            with self._writer.begin() as session:
                yield session
        except DBAPIError as exc:
            if is_disk_full(exc, self.db_path):
                raise disk_full(self.db_path) from None
            raise

    def database_key(self) -> bytes:
        """The raw database key, for the services that rewrite key slots or make copies."""
        if self._key is None:
            raise OfficeLocked(
                translate("context", "TIPDesk is locked. Sign in again to continue.")
            )
        return self._key

    def checked_out_connections(self) -> int:
        return self._engine.pool.checkedout() if self._engine is not None else 0

    def lock(self) -> None:
        """Close every connection and forget the key; the object is unusable afterwards."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._key = None
            self._reader = self._writer = None  # type: ignore[assignment]
