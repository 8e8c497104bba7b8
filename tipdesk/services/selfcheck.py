"""The installation self-check: a throw-away office in a temporary folder, used end to end.

It proves that an installed or frozen TIPDesk has what it needs: SQLCipher, the Alembic
migration scripts, the bundled fonts and translations, and a PDF renderer. Nothing outside
its own temporary folder is read or written, and the folder is deleted at the end.
"""

from __future__ import annotations

import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect

from tipdesk.paths import DATABASE_FILE

ADMIN = "selfcheck"
CANARY_GIVEN = "Quillonbrook"  # a fictional name that must never be readable on disk
CANARY_FAMILY = "Selfcheckova"
WORKER_WAIT_S = 60


class SelfCheckFailed(Exception):
    """One check found a problem; the message says what."""


@dataclass(frozen=True)
class CheckResult:
    """One line of the self-check: what was checked, whether it passed, and what was seen."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def is_frozen() -> bool:
    """Whether this is the PyInstaller build rather than a Python installation."""
    return bool(getattr(sys, "frozen", False))


def attempt(name: str, check: Callable[[], str]) -> CheckResult:
    """Run one check; any exception is a failure described in one line."""
    try:
        return CheckResult(name, True, check())
    except SelfCheckFailed as exc:
        return CheckResult(name, False, str(exc))
    except Exception as exc:  # noqa: BLE001 - a self-check reports, it does not crash
        return CheckResult(name, False, f"{exc.__class__.__name__}: {exc}")


class _Chain:
    """Checks that build on each other: after a failure, the rest say they did not run."""

    def __init__(self) -> None:
        self.results: list[CheckResult] = []

    def run(self, name: str, check: Callable[[], str]) -> None:
        failed = next((r.name for r in self.results if not r.ok), None)
        if failed:
            self.results.append(CheckResult(name, False, f"not run, because '{failed}' failed"))
        else:
            self.results.append(attempt(name, check))


def run_selfcheck(platform_check: Callable[[], str] | None = None) -> list[CheckResult]:
    """Every check, in order; `platform_check` (the GUI's, from the caller) comes last."""
    folder = Path(tempfile.mkdtemp(prefix="tipdesk-selfcheck-"))
    results: list[CheckResult] = []
    try:
        results += _office_checks(folder)
        results.append(attempt("migrations", lambda: _migrations(folder / "migrated.tipdesk")))
        results.append(attempt("fonts", _fonts))
        results.append(attempt("translations", _translations))
        if platform_check is not None:
            results.append(attempt("Qt offscreen platform", platform_check))
    finally:
        results.append(attempt("clean-up", lambda: _remove(folder)))
    return results


def verdict(results: list[CheckResult]) -> str:
    """The one-line conclusion."""
    from tipdesk import __version__

    build = "frozen build" if is_frozen() else "Python installation"
    failed = [r.name for r in results if not r.ok]
    if not failed:
        return f"OK: TIPDesk {__version__} ({build}) passed all {len(results)} self-checks."
    return (
        f"FAILED: {len(failed)} of {len(results)} self-checks failed ({', '.join(failed)}). "
        f"This TIPDesk {__version__} ({build}) is incomplete: reinstall it."
    )


def _office_checks(folder: Path) -> list[CheckResult]:
    """Create an office, store a case, look for it on disk, print a PDF; in that order."""
    from tipdesk.services.office import initialise_office, sign_in

    db_path = folder / DATABASE_FILE
    password = secrets.token_urlsafe(24)
    chain = _Chain()
    opened = []

    def create() -> str:
        initialise_office(
            db_path,
            office_name="Self-check office, Maroua (données fictives)",
            country="CMR",
            admin_username=ADMIN,
            admin_display_name="Self-check",
            password=password,
        )
        opened.append(sign_in(db_path, ADMIN, password))
        return _describe_office(opened[0])

    try:
        chain.run("encrypted office", create)
        chain.run("case written and read back", lambda: _case_round_trip(opened[0]))
        chain.run("no plaintext on disk", lambda: _no_plaintext(folder))
        chain.run("PDF with the bundled fonts", lambda: _summary_pdf(opened[0], folder))
        chain.run("worker process", lambda: _worker_process(opened[0]))
    finally:
        for office in opened:
            office.lock()
    return chain.results


def _describe_office(office) -> str:
    from tipdesk.store import migrate
    from tipdesk.store.database import SQLITE_HEADER

    with office.engine.connect() as conn:
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        schema = migrate.current_revision(conn)
    if not cipher:
        raise SelfCheckFailed("the database driver is plain SQLite, not SQLCipher")
    if office.db_path.read_bytes()[: len(SQLITE_HEADER)] == SQLITE_HEADER:
        raise SelfCheckFailed("the database file starts with a plain SQLite header")
    if schema != migrate.head_revision():
        raise SelfCheckFailed(
            f"a new database is at schema {schema}, not {migrate.head_revision()}"
        )
    return f"SQLCipher {cipher}, created at schema {schema}, signed in with a key slot"


def _case_round_trip(office) -> str:
    from tipdesk.services.case_file import open_case_file
    from tipdesk.services.case_registration import (
        CaseRegistration,
        ConsentAnswer,
        IdentityAnswers,
        ProfileAnswers,
        ScreeningAnswers,
        register_case,
    )

    code = register_case(
        office,
        CaseRegistration(
            consents=[ConsentAnswer("register", "given"), ConsentAnswer("statistics", "given")],
            screening=ScreeningAnswers(
                acts=["recruitment"], means=["deception"], purposes=["forced-labour"]
            ),
            profile=ProfileAnswers(sex="male", age_years=34),
            identity=IdentityAnswers(given_names=CANARY_GIVEN, family_name=CANARY_FAMILY),
        ),
    )
    case = open_case_file(office, code)
    name = (case.identity.given_names, case.identity.family_name) if case.identity else None
    if name != (CANARY_GIVEN, CANARY_FAMILY):
        raise SelfCheckFailed(f"case {code} was saved but read back as {name}")
    return f"case {code} saved and read back ({case.screenings[0].outcome})"


def _no_plaintext(folder: Path) -> str:
    """No file of the open office (database, WAL, key slots) holds the stored name."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for path in files:
        raw = path.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if CANARY_GIVEN.encode(encoding) in raw:
                raise SelfCheckFailed(f"the stored name is readable in {path.name} ({encoding})")
    return f"the stored name is in none of {', '.join(p.name for p in files)}"


def _summary_pdf(office, folder: Path) -> str:
    from tipdesk.reports.fonts import font_paths
    from tipdesk.reports.summary_report import write_summary_report
    from tipdesk.services.statistics import build_summary

    pdf = folder / "summary.pdf"
    summary = build_summary(office)
    write_summary_report(pdf, summary, office.info.name, office.info.country_name)
    raw = pdf.read_bytes()
    if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-1024:]:
        raise SelfCheckFailed("the summary PDF is not a complete PDF file")
    embedded = [p.stem for p in font_paths().values() if p.stem.encode() in raw]
    if "NotoSans-Regular" not in embedded:
        raise SelfCheckFailed("the summary PDF does not embed the bundled Noto Sans")
    return f"anonymised summary, {len(raw) // 1024} KiB, embeds {', '.join(embedded)}"


def _worker_process(office) -> str:
    """A spawned worker reopens the office from what a pipe brings, as the export's does (a
    frozen build without multiprocessing's start-up support would start the window again)."""
    from tipdesk.services.case_list import count_cases
    from tipdesk.worker_process import SUCCEEDED, Job, start_child

    job = Job(
        count_cases,
        db_path=office.db_path,
        key=office.database_key(),
        user=office.user,
        info=office.info,
    )
    process, commands, reports = start_child("tipdesk-selfcheck")
    try:
        try:
            commands.send(job)
            if not reports.poll(WORKER_WAIT_S):
                raise SelfCheckFailed(f"the worker process did not answer in {WORKER_WAIT_S} s")
            kind, *answer = reports.recv()
        except (EOFError, OSError):
            raise SelfCheckFailed("the worker process ended without answering") from None
    finally:
        commands.close()
        reports.close()
        process.join(WORKER_WAIT_S)
        if process.is_alive():
            process.kill()
            process.join()
    if kind != SUCCEEDED:
        raise SelfCheckFailed(f"the worker process failed ({answer[1]})")
    cases = answer[0]
    return f"a spawned process reopened the office and counted {cases} case{'s' * (cases != 1)}"


def _migrations(db_path: Path) -> str:
    """An empty database goes through every migration script up to the models' schema."""
    from tipdesk.models import Base
    from tipdesk.store import migrate
    from tipdesk.store.database import open_engine
    from tipdesk.store.keyslots import new_database_key

    engine = open_engine(db_path, new_database_key(), create=True)
    try:
        migrate.upgrade_to(engine, "head")
        with engine.connect() as conn:
            schema = migrate.current_revision(conn)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    missing = sorted(set(Base.metadata.tables) - tables)
    if schema != migrate.head_revision() or missing:
        raise SelfCheckFailed(f"migrating an empty database reached {schema}; missing {missing}")
    return f"{len(migrate.known_revisions())} scripts take an empty database to {schema}"


def _fonts() -> str:
    """Every bundled font is there and parses as a TrueType font."""
    from reportlab.pdfbase.ttfonts import TTFont

    from tipdesk.reports.fonts import font_paths

    paths = font_paths()
    for name, path in paths.items():
        if not path.is_file():
            raise SelfCheckFailed(f"{path.name} is missing from {path.parent}")
        TTFont(f"{name}-selfcheck", str(path))  # reads the whole font file
    return f"{len(paths)} load ({', '.join(p.name for p in paths.values())})"


def translation_files() -> list[Path]:
    """The compiled translations (.qm) of TIPDesk's languages that are present."""
    from tipdesk.i18n import LANGUAGES, catalogue_path

    return [catalogue_path(lang) for lang in LANGUAGES if catalogue_path(lang).is_file()]


def _translations() -> str:
    """Every language TIPDesk offers has its compiled catalogue (a frozen build must)."""
    from tipdesk.i18n import LANGUAGES, SOURCE_LANGUAGE, Catalogue, catalogue_path

    found, missing = [], []
    for language in LANGUAGES:
        path = catalogue_path(language)
        if not path.is_file():
            if language != SOURCE_LANGUAGE:  # English needs no catalogue
                missing.append(path.name)
            continue
        try:
            catalogue = Catalogue.load(path)
        except ValueError:
            raise SelfCheckFailed(f"{path.name} is not a compiled Qt translation") from None
        found.append(f"{language} ({len(catalogue)} messages)")
    if missing and is_frozen():
        folder = catalogue_path(SOURCE_LANGUAGE).parent
        raise SelfCheckFailed(f"{', '.join(missing)} missing from {folder}")
    if missing:
        return (
            f"{', '.join(missing)} not compiled in this source checkout "
            "(scripts/build_translations.py compiles them)"
        )
    return "compiled: " + ", ".join(found)


def _remove(folder: Path) -> str:
    shutil.rmtree(folder)
    if folder.exists():
        raise SelfCheckFailed(f"{folder} could not be deleted")
    return "the temporary office and its files are deleted"
