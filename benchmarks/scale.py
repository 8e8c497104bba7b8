"""Scale benchmark: the operations a field office repeats, on a large office database, each
beside a raw sqlcipher3 baseline doing the same query on the same file.

    .venv/bin/python benchmarks/scale.py --cases 100000 [--db /tmp/bench.tipdesk] [--runs 5]

The database is built once (demo data) and reused on later runs with the same --db. Figures
are medians of --runs runs; nothing here is asserted (tests/test_bench_smoke.py only checks
that it runs end to end on a small N).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import event

from tipdesk.reports.summary_report import write_summary_report
from tipdesk.services import case_file, directory_io
from tipdesk.services.anonymised_export import run_export
from tipdesk.services.case_list import CaseFilter, list_cases
from tipdesk.services.demo import DEMO_PASSWORD, create_demo_office, generate_cases
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.office import sign_in
from tipdesk.services.statistics import build_summary
from tipdesk.services.tabular import write_table
from tipdesk.store.keyslots import KeySlotFile, keys_path_for

ADMIN = "demo-admin"
USER = "officer1"  # a protection officer: sees names and every case that is not restricted


def timed(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def sent_by(office, operation) -> list[tuple[str, tuple]]:
    """The SELECT statements (with their values) that `operation` sends to the database."""
    sent = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(office.engine, "before_cursor_execute", keep)
    try:
        operation()
    finally:
        event.remove(office.engine, "before_cursor_execute", keep)
    return sent


def replay(conn: sqlcipher.Connection, statements: list[tuple[str, tuple]]) -> None:
    for statement, parameters in statements:
        conn.execute(statement, parameters).fetchall()


def raw_connection(db: Path) -> sqlcipher.Connection:
    key = KeySlotFile.load(keys_path_for(db)).unlock_user(USER, DEMO_PASSWORD)[0]
    conn = sqlcipher.connect(str(db))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cache_size = -32768")
    return conn


def build(db: Path, cases: int) -> None:
    created = create_demo_office(db)
    office = sign_in(db, created.admin, created.password)
    start = time.perf_counter()
    for done in generate_cases(office, cases, seed=1):
        if done % 10000 == 0 or done == cases:
            print(f"  built {done} cases ({time.perf_counter() - start:.0f} s)", flush=True)
    office.lock()


def directory_file(folder: Path, count: int) -> Path:
    rows = []
    from tipdesk.models import vocab as v
    from tipdesk.services.directory_io import COLUMNS, row_of

    for n in range(count):
        record = ServiceRecord(
            organisation=f"Fictional Organisation {n // 12}",
            sector=v.SECTORS.codes[n % 12],
            service_type="Demo service",
            admin1=f"Region {n % 7}",
            site=f"Site {n}",
            phone=f"+000 555 {n:06d}",
            accepts_trafficking_cases=n % 3 == 0,
            ref=f"SVC-BENCH{n:05d}",
        )
        rows.append(row_of(record))
    path = folder / "directory.csv"
    write_table(path, COLUMNS, rows)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--services", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tipdesk-bench-"))
    db = args.db or folder / "bench.tipdesk"
    if not db.exists():
        print(f"Building {args.cases} demo cases in {db} ...", flush=True)
        build(db, args.cases)
    office = sign_in(db, USER, DEMO_PASSWORD)
    raw = raw_connection(db)
    total = raw.execute("SELECT count(*) FROM cases").fetchone()[0]
    middle = max(total // 2, 0)
    code = raw.execute("SELECT code FROM cases ORDER BY id LIMIT 1 OFFSET ?", (middle,)).fetchone()[
        0
    ]
    name = raw.execute("SELECT family_name FROM person_identities LIMIT 1").fetchone()[0]
    officer = raw.execute("SELECT id FROM users WHERE username = 'officer1'").fetchone()[0]
    rows = []

    def measure(label, service, baseline=True):
        """TIPDesk's time, and the raw time of the same SELECT statements TIPDesk sent."""
        statements = sent_by(office, service) if baseline else []
        ms = timed(service, args.runs)
        base = timed(lambda: replay(raw, statements), args.runs) if statements else None
        rows.append((label, ms, base))
        print(f"  {label}: {ms:.1f} ms" + (f" (raw {base:.1f} ms)" if base else ""), flush=True)

    page_statements = sent_by(office, lambda: list_cases(office, limit=100))

    def first_page_after_unlock():
        unlocked = sign_in(db, USER, DEMO_PASSWORD)
        list_cases(unlocked, limit=100)
        unlocked.lock()

    def raw_first_page_after_unlock():
        conn = raw_connection(db)
        replay(conn, page_statements)
        conn.close()

    ms = timed(first_page_after_unlock, args.runs)
    base = timed(raw_first_page_after_unlock, args.runs)
    rows.append(("unlock to first page of the case list", ms, base))
    print(f"  unlock to first page: {ms:.1f} ms (raw {base:.1f} ms)", flush=True)
    measure("case list: first page", lambda: list_cases(office, limit=100))
    measure(
        f"case list: jump to row {middle}", lambda: list_cases(office, offset=middle, limit=100)
    )
    measure("search by name", lambda: list_cases(office, CaseFilter(search=name), limit=100))
    measure(
        "filter by status and officer",
        lambda: list_cases(office, CaseFilter(status="active", officer_id=officer), limit=100),
    )
    measure("open a case file", lambda: case_file.open_case_file(office, code))
    runs = args.runs
    args.runs = max(1, min(runs, 3))
    admin = sign_in(db, ADMIN, DEMO_PASSWORD)  # reports and the directory are theirs
    measure(
        "summary PDF over all cases",
        lambda: write_summary_report(
            folder / "summary.pdf",
            build_summary(admin),
            admin.info.name,
            admin.info.country_name,
        ),
        baseline=False,
    )
    measure(
        "anonymised export (CSV)",
        lambda: run_export(admin, folder / f"e{time.time_ns()}.csv"),
        baseline=False,
    )
    services = directory_file(folder, args.services)
    args.runs = 1  # the first import adds every service; later ones would change nothing
    measure(
        f"import of a {args.services}-service directory (new services)",
        lambda: directory_io.import_directory(admin, services),
        baseline=False,
    )
    args.runs = runs
    admin.lock()
    office.lock()
    raw.close()

    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}; {total} cases; medians of {args.runs} runs "
        "(PDF and export: up to 3; the import: once)."
    )
    print(
        f"Signed in as {USER} (a protection officer). Raw: the same SELECT statements TIPDesk "
        "sent, replayed with sqlcipher3 on the same file (writes such as audit events are not "
        "replayed; the unlock row adds the key-slot unwrap)."
    )
    print("| operation | TIPDesk | raw sqlcipher3 | ratio |")
    print("|---|---|---|---|")
    for label, ms, base in rows:
        ratio = f"{ms / base:.1f}x" if base else ""
        print(f"| {label} | {ms:.0f} ms | {f'{base:.0f} ms' if base else ''} | {ratio} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
