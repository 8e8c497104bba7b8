"""Creating an office database, signing in to it, and checking it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError

from tipdesk.errors import AuthenticationFailed, BadInput, IntegrityFailure
from tipdesk.i18n import translate
from tipdesk.models import Case, OfficeSettings, User, utcnow
from tipdesk.models.text import field_problem
from tipdesk.services import audit
from tipdesk.services.context import CurrentUser, OfficeInfo, UnlockedOffice
from tipdesk.services.passwords import require_acceptable
from tipdesk.services.sign_in_throttle import SignInThrottle, throttle_for
from tipdesk.store import migrate, search_schema
from tipdesk.store.database import (
    UndecryptableDatabase,
    check_database_file,
    damaged_database,
    open_engine,
)
from tipdesk.store.keyslots import (
    KeySlotFile,
    keys_path_for,
    new_database_key,
    new_recovery_code,
    normalise_username,
)

MAX_USERNAME = 64


def resolve_country(country: str) -> pycountry.db.Country:
    """The ISO 3166 country named by an alpha-2 or alpha-3 code or by its English name."""
    text = (country or "").strip()
    found = None
    if text:
        try:
            found = pycountry.countries.lookup(text)
        except LookupError:
            found = None
    if found is None:
        raise BadInput(
            translate(
                "office",
                "'{country}' is not a country TIPDesk knows. Give an ISO 3166 "
                "code such as CMR or CM, or the country's English name.",
            ).format(country=country)
        )
    return found


def check_username(username: str) -> str:
    """The normalised user name, or BadInput saying what is wrong with it."""
    name = normalise_username(username or "")
    if not name:
        raise BadInput(translate("office", "A user name is required."))
    if len(name) > MAX_USERNAME or any(ch.isspace() or not ch.isprintable() for ch in name):
        raise BadInput(
            translate(
                "office",
                "'{username}' cannot be a user name: use up to {MAX_USERNAME} "
                "letters, digits, dots, dashes or underscores, without spaces.",
            ).format(username=username, MAX_USERNAME=MAX_USERNAME)
        )
    return name


def check_display_name(display_name: str) -> str:
    """The display name as stored (surrounding spaces trimmed), or BadInput."""
    text = (display_name or "").strip()
    problem = field_problem("The display name", text, User, "display_name")
    if problem:
        raise BadInput(problem)
    return text


@dataclass(frozen=True)
class NewOffice:
    """What initialisation produced; the recovery code is shown once and never stored."""

    db_path: Path
    keys_path: Path
    recovery_code: str
    office: OfficeInfo


def initialise_office(
    db_path: Path,
    *,
    office_name: str,
    country: str,
    admin_username: str,
    admin_display_name: str,
    password: str,
) -> NewOffice:
    """Create a new encrypted office database, its key slots and its first administrator."""
    db_path = Path(db_path)
    keys_path = keys_path_for(db_path)
    for existing in (db_path, keys_path):
        if existing.exists():
            raise BadInput(
                translate(
                    "office",
                    "{existing} already exists. TIPDesk never overwrites an office "
                    "database: choose another path, or open the existing one.",
                ).format(existing=existing)
            )
    if not db_path.parent.is_dir():
        raise BadInput(
            translate("office", "The folder {folder} does not exist. Create it first.").format(
                folder=db_path.parent
            )
        )
    office_name = (office_name or "").strip()
    if not office_name:
        raise BadInput(
            translate("office", "An office name is required, e.g. 'Maroua field office'.")
        )
    problem = field_problem("The office name", office_name, OfficeSettings, "office_name")
    if problem:
        raise BadInput(problem)
    found = resolve_country(country)
    username = check_username(admin_username)
    display_name = check_display_name(admin_display_name) or username
    require_acceptable(password, username)

    key = new_database_key()
    recovery_code = new_recovery_code()
    slots = KeySlotFile.new(keys_path)
    slots.set_user_slot(username, password, key)
    slots.set_recovery_slot(recovery_code, key)

    engine = None
    try:
        engine = open_engine(db_path, key, create=True)
        db_path.chmod(0o600)  # encrypted anyway; still nobody else's business
        migrate.create_schema(engine)
        with engine.execution_options(tipdesk_writer=True).begin() as conn:
            conn.execute(
                OfficeSettings.__table__.insert().values(
                    id=1,
                    office_name=office_name,
                    country_code=found.alpha_3,
                    created_at=utcnow(),
                    idle_lock_minutes=5,
                    retention_months=60,
                )
            )
            conn.execute(
                User.__table__.insert().values(
                    username=username,
                    display_name=display_name,
                    role="administrator",
                    active=True,
                    must_change_password=False,
                    created_at=utcnow(),
                )
            )
        office = _office_session(db_path, engine, key, username)
        with office.writing() as s:
            audit.record(s, username, "office.initialise", "office", found.alpha_3)
        engine.dispose()
        slots.save()
    except BaseException:
        if engine is not None:
            engine.dispose()
        for leftover in (
            db_path,
            db_path.with_name(db_path.name + "-wal"),
            db_path.with_name(db_path.name + "-shm"),
            keys_path,
        ):
            leftover.unlink(missing_ok=True)
        raise
    return NewOffice(
        db_path, keys_path, recovery_code, OfficeInfo(office_name, found.alpha_3, found.name)
    )


RECOVERY_USER = CurrentUser(0, "(recovery code)", "Recovery code", "administrator")


def _office_session(
    db_path: Path, engine: Engine, key: bytes, username: str | None
) -> UnlockedOffice:
    """An UnlockedOffice for `username` (None: opened with the recovery code)."""
    with engine.connect() as conn:
        settings = conn.execute(select(OfficeSettings)).first()
        user = None
        if username is not None:
            user = conn.execute(select(User).where(User.username == username)).first()
    if settings is None:
        raise IntegrityFailure(
            translate(
                "office",
                "The database {db_path} has no office settings: it is damaged. "
                "Nothing was changed. Restore the office's latest backup.",
            ).format(db_path=db_path)
        )
    if username is not None and (user is None or not user.active):
        raise AuthenticationFailed(
            translate(
                "office", "This account is disabled or no longer exists. Ask an administrator."
            )
        )
    country = pycountry.countries.get(alpha_3=settings.country_code)
    info = OfficeInfo(
        settings.office_name,
        settings.country_code,
        country.name if country else settings.country_code,
    )
    current = (
        RECOVERY_USER
        if user is None
        else CurrentUser(
            user.id, user.username, user.display_name, user.role, user.must_change_password
        )
    )
    return UnlockedOffice(db_path, engine, key, current, info)


def _engine_for(db_path: Path, keys: list[bytes]) -> tuple[Engine, bytes]:
    """An engine keyed with whichever of `keys` decrypts the database (two during rotation)."""
    problem: UndecryptableDatabase | None = None
    for key in keys:
        try:
            return open_engine(db_path, key), key
        except UndecryptableDatabase as exc:
            problem = exc
    assert problem is not None
    raise problem


def open_with_keys(
    db_path: Path, keys: list[bytes], username: str | None, *, upgrade: bool = True
) -> UnlockedOffice:
    """Open the database with unsealed keys, upgrading its schema unless told not to."""
    engine, key = _engine_for(db_path, keys)
    try:
        if upgrade:
            migrate.upgrade_if_needed(engine, db_path, key)
        return _office_session(db_path, engine, key, username)
    except DatabaseError as exc:
        engine.dispose()
        raise damaged_database(db_path, exc) from None
    except BaseException:
        engine.dispose()
        raise


def sign_in(
    db_path: Path,
    username: str,
    password: str,
    *,
    action: str = "session.sign-in",
    earlier_failures: Sequence[str] = (),
    throttle: SignInThrottle | None = None,
) -> UnlockedOffice:
    """Open the office database with a user's password; the sign-in is audited.

    A failed attempt cannot be written when it happens (without the key nothing may change
    on disk), so `throttle` (the window's, else this process's for the database) keeps the
    user names tried, and they are recorded here, at the next successful sign-in, with any
    `earlier_failures`. `action` is "session.unlock" when a locked window is reopened.
    """
    db_path = Path(db_path)
    throttle = throttle or throttle_for(db_path)
    name, keys = _unlock(db_path, username, password, throttle)
    office = open_with_keys(db_path, keys, name, upgrade=True)
    try:
        with office.writing() as s:
            known = set(s.scalars(select(User.username)))
            for attempted in [*earlier_failures, *throttle.failed_usernames]:
                # Only a name that is an account is recorded: a password typed into the
                # user-name field by mistake must never reach the audit trail.
                tried = normalise_username(attempted)[:64]
                audit.record(
                    s,
                    None,
                    "session.sign-in-failed",
                    "user",
                    tried if tried in known else "(unknown user name)",
                )
            s.get(User, office.user.id).last_sign_in_at = utcnow()
            audit.record(s, name, action, "user", name)
        throttle.reset()
    except DatabaseError as exc:
        office.lock()
        raise damaged_database(db_path, exc) from None
    except BaseException:  # a full disk, say: the sign-in is not recorded, so not open either
        office.lock()
        raise
    return office


def _unlock(
    db_path: Path, username: str, password: str, throttle: SignInThrottle
) -> tuple[str, list[bytes]]:
    """The normalised user name and the database keys the password opens, under `throttle`:
    an attempt during the wait is refused untried, a wrong password counted (in memory)."""
    check_database_file(db_path)
    throttle.check()
    slots = KeySlotFile.load(keys_path_for(db_path))
    name = normalise_username(username or "")
    try:
        return name, slots.unlock_user(name, password)
    except AuthenticationFailed:
        throttle.record_failure((username or "").strip())
        raise


def sign_out(office: UnlockedOffice, reason: str = "session.sign-out") -> None:
    """Record the end of a session (sign-out or lock) and drop the key."""
    if office.is_open:
        try:
            with office.writing() as s:
                audit.record(s, office.user.username, reason, "user", office.user.username)
        finally:
            office.lock()  # the key goes even when the event cannot be written (a full disk)


@dataclass(frozen=True)
class CheckReport:
    """What `tipdesk check` found."""

    office: OfficeInfo
    users: int
    cases: int
    schema: str | None
    head: str
    cipher_errors: list[str]
    sqlite_errors: list[str]
    audit_events: int
    audit_problem: str | None
    search_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            not self.cipher_errors
            and not self.sqlite_errors
            and self.schema == self.head
            and self.audit_problem is None
            and not self.search_problems
        )

    def verdict(self) -> str:
        if self.ok:
            return (
                f"OK: {self.office.name} ({self.office.country_code}), "
                f"{_count(self.users, 'user')}, {_count(self.cases, 'case')}; cipher and "
                f"SQLite integrity checks passed; schema {self.schema} is current; audit "
                f"trail of {_count(self.audit_events, 'event')} intact."
            )
        problems = []
        if self.cipher_errors:
            problems.append(f"{len(self.cipher_errors)} encrypted pages fail their checksum")
        if self.sqlite_errors:
            problems.append("SQLite integrity check failed: " + "; ".join(self.sqlite_errors[:3]))
        if self.schema != self.head:
            problems.append(
                f"schema {self.schema} is not the current {self.head} "
                "(open it once in TIPDesk to upgrade)"
            )
        if self.audit_problem:
            problems.append(self.audit_problem)
        problems += self.search_problems
        return (
            "FAILED: "
            + "; ".join(problems)
            + ". Nothing was changed. Restore the office's latest backup if data is damaged."
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _pragma_rows(raw, pragma: str) -> list[str]:
    """The rows a checking pragma returns, or the error that stopped it, as text."""
    try:
        return [str(row[0]) for row in raw.execute(pragma)]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]


def check_office(db_path: Path, username: str, password: str) -> CheckReport:
    """Verify the password, both integrity checks, the schema level and the audit chain.

    Read-only: nothing is written, not even a sign-in event (wrong passwords are throttled
    as for a sign-in).
    """
    db_path = Path(db_path)
    name, keys = _unlock(db_path, username, password, throttle_for(db_path))
    office = open_with_keys(db_path, keys, name, upgrade=False)
    try:
        with office.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            cipher_errors = _pragma_rows(raw, "PRAGMA cipher_integrity_check")
            sqlite_errors = [r for r in _pragma_rows(raw, "PRAGMA integrity_check") if r != "ok"]
            schema = migrate.current_revision(conn)
            searchable = schema == migrate.head_revision()
            search_problems = search_schema.index_problems(raw) if searchable else []
        with office.reading() as s:
            users = s.scalar(select(func.count(User.id)))
            cases = (
                s.scalar(select(func.count(Case.id))) if schema == migrate.head_revision() else 0
            )
            chain = audit.verify_chain(s)
    except DatabaseError as exc:
        raise damaged_database(db_path, exc) from None
    finally:
        office.lock()
    audit_problem = None
    if not chain.intact:
        audit_problem = f"the audit trail is broken at event {chain.first_bad_id}: {chain.problem}"
    return CheckReport(
        office.info,
        users,
        cases,
        schema,
        migrate.head_revision(),
        cipher_errors,
        sqlite_errors,
        chain.events,
        audit_problem,
        search_problems,
    )
