"""Directory gaps: where no active service takes trafficking cases or serves the groups that
child-protection and GBV pathways usually miss (men, older people, non-nationals)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

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


def _serves(values: list[str] | None, wanted: set[str]) -> bool:
    return not values or bool(wanted & set(values))  # an empty list serves everyone


def directory_gaps(office: UnlockedOffice) -> list[Gap]:
    """For every sector and every region of the directory, what no active service covers."""
    require(office, "directory.view")
    with office.reading() as s:
        rows = s.execute(
            select(
                Service.sector,
                Service.admin1,
                Service.accepts_trafficking_cases,
                Service.sexes,
                Service.age_groups,
                Service.nationality_statuses,
            ).where(Service.active.is_(True))
        ).all()
        regions = sorted({r for r in s.scalars(select(Service.admin1).distinct()) if r})
    covered: dict[tuple[str, str], set[str]] = {}
    for sector, admin1, trafficking, sexes, ages, statuses in rows:
        got = covered.setdefault((sector, admin1 or ""), set())
        if trafficking:
            got.add("no-trafficking")
        if _serves(sexes, {"male", "trans-male"}):
            got.add("no-men")
        if _serves(ages, {"older-people"}):
            got.add("no-older-people")
        if _serves(statuses, set(NON_NATIONAL_STATUSES)):
            got.add("no-non-nationals")
    gaps = []
    for admin1 in regions:
        for sector in v.SECTORS.codes:
            missing = tuple(k for k in GAP_KINDS if k not in covered.get((sector, admin1), set()))
            if missing:
                gaps.append(Gap(sector, admin1, missing))
    return gaps
