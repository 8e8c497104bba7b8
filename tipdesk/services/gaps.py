"""Directory gaps: where no active service takes trafficking cases or serves the groups that
child-protection and GBV pathways usually miss (men, older people, non-nationals)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, func, or_, select

from tipdesk.models import Service
from tipdesk.models import vocab as v
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require
from tipdesk.services.screening import NON_NATIONAL_STATUSES

GAP_KINDS = {
    "no-trafficking": v.QT_TRANSLATE_NOOP("gaps", "No service accepts trafficking cases"),
    "no-men": v.QT_TRANSLATE_NOOP("gaps", "No service for men"),
    "no-older-people": v.QT_TRANSLATE_NOOP("gaps", "No service for older people"),
    "no-non-nationals": v.QT_TRANSLATE_NOOP("gaps", "No service for non-nationals"),
}


@dataclass(frozen=True)
class Gap:
    """A sector in a region that lacks something."""

    sector: str
    admin1: str
    kinds: tuple[str, ...]


def _serves(column, wanted: frozenset[str] | set[str]) -> ColumnElement[bool]:
    """Whether a service's list in `column` names one of `wanted`, in SQL: an empty list
    serves everyone (the directory filter's rule, `instr` on the stored JSON text)."""
    empty = func.coalesce(func.json_array_length(column), 0) == 0
    return or_(empty, *(func.instr(column, f'"{code}"') > 0 for code in sorted(wanted)))


def directory_gaps(office: UnlockedOffice) -> list[Gap]:
    """For every sector and every region of the directory, what no active service covers.

    SQLite groups the services by sector and region itself, so that however big the
    directory, Python reads one row per sector and region and decodes no JSON.
    """
    require(office, "directory.view")
    covered_by = {
        "no-trafficking": Service.accepts_trafficking_cases.is_(True),
        "no-men": _serves(Service.sexes, {"male", "trans-male"}),
        "no-older-people": _serves(Service.age_groups, {"older-people"}),
        "no-non-nationals": _serves(Service.nationality_statuses, NON_NATIONAL_STATUSES),
    }
    kinds = list(covered_by)
    query = (
        select(
            Service.sector,
            Service.admin1,
            *(func.max(func.coalesce(test, false())) for test in covered_by.values()),
        )
        .where(Service.active.is_(True))
        .group_by(Service.sector, Service.admin1)
    )
    with office.reading() as s:
        rows = s.execute(query).all()
        regions = sorted({r for r in s.scalars(select(Service.admin1).distinct()) if r})
    covered: dict[tuple[str, str], set[str]] = {}
    for sector, admin1, *flags in rows:
        got = covered.setdefault((sector, admin1 or ""), set())
        got.update(kind for kind, flag in zip(kinds, flags, strict=True) if flag)
    gaps = []
    for admin1 in regions:
        for sector in v.SECTORS.codes:
            missing = tuple(k for k in GAP_KINDS if k not in covered.get((sector, admin1), set()))
            if missing:
                gaps.append(Gap(sector, admin1, missing))
    return gaps
