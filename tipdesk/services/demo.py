"""Demo offices: clearly fictional accounts, directory, cases and referrals for training
and for measuring speed at scale (100,000 cases in under two minutes).

The people come from `demo_people`, the services from `demo_directory`. Cases are mapped to
rows by the same `build_case` as real registrations, then written in bulk (`store.bulk`).
"""

from __future__ import annotations

import multiprocessing
import os
import random
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from tipdesk.models import Base, CaseCodeCounter, Organisation, Service, User
from tipdesk.models import vocab as v
from tipdesk.paths import resource_path
from tipdesk.services import audit
from tipdesk.services.case_registration import build_case, next_case_code
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.demo_directory import demo_services
from tipdesk.services.demo_people import demo_follow_ups, demo_referrals, demo_registration
from tipdesk.services.directory import apply_record
from tipdesk.services.directory_io import import_directory
from tipdesk.services.office import initialise_office, sign_in
from tipdesk.services.permissions import require
from tipdesk.services.users import add_user
from tipdesk.store.bulk import Rows, collect_rows, insert_rows

DEMO_USERS = [
    ("officer1", "Demo Officer One", "officer"),
    ("officer2", "Demo Officer Two", "officer"),
    ("focal1", "Demo Focal Point", "focal-point"),
]
DEMO_PASSWORD = "demo-office-2026"
DEMO_SERVICES = 480  # with the 48 of the sample directory: 528


@dataclass(frozen=True)
class DemoOffice:
    """Credentials of a newly created demo office (fictional, printed for the trainer)."""

    admin: str
    password: str
    users: list[tuple[str, str]]


def create_demo_office(db_path: Path) -> DemoOffice:
    """A new office database with demo accounts, all with the demo password."""
    initialise_office(
        db_path,
        office_name="Demo field office (fictional data)",
        country="CMR",
        admin_username="demo-admin",
        admin_display_name="Demo Administrator",
        password=DEMO_PASSWORD,
    )
    office = sign_in(db_path, "demo-admin", DEMO_PASSWORD)
    try:
        for username, name, role in DEMO_USERS:
            add_user(office, username, name, role, DEMO_PASSWORD)
        import_directory(office, resource_path("sample_directory.csv"))
        add_demo_services(office, DEMO_SERVICES)
    finally:
        office.lock()
    return DemoOffice("demo-admin", DEMO_PASSWORD, [(u, DEMO_PASSWORD) for u, _, _ in DEMO_USERS])


def add_demo_services(office: UnlockedOffice, count: int, seed: int = 0) -> None:
    """Add `count` fictional services to the directory in one transaction."""
    require(office, "directory.edit")
    with office.writing() as s:
        refs = [
            apply_record(s, record)[0].ref for record in demo_services(count, random.Random(seed))
        ]
        audit.record_many(s, office.user.username, "directory.add", "service", refs, ["demo"])


@dataclass(frozen=True)
class BatchPlan:
    """What it takes to build one batch of demo cases: plain data, sent to a worker process."""

    seed: int
    number: int
    size: int
    today: date
    officers: list[int | None]
    services: dict[str, list[tuple[int, str]]]  # sector -> (service id, organisation name)


def build_batch(plan: BatchPlan) -> Rows:
    """The rows of one batch of fictional cases (codes left empty, given when stored)."""
    rng = random.Random(f"{plan.seed}-{plan.number}")
    services = {
        sector: [Service(id=key, organisation=Organisation(name=name)) for key, name in found]
        for sector, found in plan.services.items()
    }
    cases = []
    for _ in range(plan.size):
        reg = demo_registration(rng, plan.today)
        officer = rng.choice(plan.officers)
        case = build_case(reg, "", officer)
        if case.status in ("closed", "closed-referred"):
            case.closed_on = min(plan.today, reg.registration_date + timedelta(days=60))
            case.closure_reason = rng.choice(v.CLOSURE_REASONS.codes)
        if not case.anonymous_contact:
            demo_referrals(case, services, rng, plan.today, officer)
            demo_follow_ups(case, rng, plan.today, officer)
        cases.append(case)
    return collect_rows(cases)


def generate_cases(
    office: UnlockedOffice,
    count: int,
    *,
    seed: int = 1,
    batch: int = 1000,
    today: date | None = None,
    workers: int | None = None,
) -> Iterator[int]:
    """Add `count` fictional cases, one transaction per batch; yields the cases done so far.

    Batches are built by `workers` processes (default: one per core) while this one stores
    them; the same seed gives the same cases whatever the number of workers."""
    require(office, "cases.register")
    today = today or date.today()
    with office.reading() as s:
        officers = _officer_ids(s) or [office.user.id or None]
        services = _service_choices(s)
    plans = [
        BatchPlan(seed, n, min(batch, count - start), today, officers, services)
        for n, start in enumerate(range(0, count, batch))
    ]
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(plans) > 2 else 0
    done = 0
    for rows in _built(plans, workers):
        with office.writing() as s, s.no_autoflush:
            codes = _give_codes(s, office.info.country_code, rows["cases"])
            insert_rows(s, Base.metadata, rows)
            audit.record_many(s, office.user.username, "case.create", "case", codes, ["demo"])
        done += len(codes)
        yield done


def _built(plans: list[BatchPlan], workers: int) -> Iterator[Rows]:
    """The batches' rows in order, built here or by worker processes a few batches ahead."""
    if workers < 1:
        yield from map(build_batch, plans)
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        ahead: deque = deque()
        for plan in plans:
            ahead.append(pool.submit(build_batch, plan))
            if len(ahead) > 2 * workers:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()
    finally:
        pool.shutdown(cancel_futures=True)


def _service_choices(session) -> dict[str, list[tuple[int, str]]]:
    """Active services by sector, as (id, organisation name), for demo referrals."""
    found: dict[str, list[tuple[int, str]]] = {}
    query = select(Service.sector, Service.id, Organisation.name).join(Service.organisation)
    for sector, key, name in session.execute(query.where(Service.active.is_(True))):
        found.setdefault(sector, []).append((key, name))
    return found


def _officer_ids(session) -> list[int]:
    """The active protection officers, to whom demo cases are assigned."""
    query = select(User.id).where(User.role == "officer", User.active.is_(True))
    return list(session.scalars(query))


def _give_codes(session, country_code: str, cases: list[dict]) -> list[str]:
    """Give each new case row its case code, in order, from the office's counters."""
    years = {row["registration_date"].year for row in cases}
    held = list(session.scalars(select(CaseCodeCounter).where(CaseCodeCounter.year.in_(years))))
    for year in years - {counter.year for counter in held}:
        held.append(CaseCodeCounter(year=year, last_number=0))
        session.add(held[-1])
    session.flush()  # now `next_case_code` finds every counter without a query
    for row in cases:
        row["code"] = next_case_code(session, country_code, row["registration_date"].year)
    return [row["code"] for row in cases]
