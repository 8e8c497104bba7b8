"""The summary's open-cases-by-month count, against its definition case by case."""

import random
from collections import Counter, namedtuple
from datetime import date, timedelta

from tipdesk.services.statistics import _months, _open_by_month

Row = namedtuple("Row", "registration_date closed_on")


def by_definition(cases, start, end):
    """Open in a month: registered before the month ended and not closed before it began."""
    counts = []
    for month in _months(start, end):
        month_end = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        counts.append(
            sum(
                1
                for c in cases
                if c.registration_date < month_end and (c.closed_on is None or c.closed_on >= month)
            )
        )
    return counts


def test_open_cases_by_month_match_the_definition():
    rng = random.Random(7)
    for _ in range(50):
        cases = []
        for _ in range(rng.randint(0, 60)):
            registered = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1200))
            closed = (
                registered + timedelta(days=rng.randint(0, 400)) if rng.random() < 0.5 else None
            )
            cases.append(Row(registered, closed))
        start = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
        end = start + timedelta(days=rng.randint(0, 500))
        months = Counter(
            (
                c.registration_date.isoformat()[:7],
                c.closed_on.isoformat()[:7] if c.closed_on else None,
            )
            for c in cases
        )
        assert _open_by_month(months, start, end) == by_definition(cases, start, end)
