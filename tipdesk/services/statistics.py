"""The anonymised summary: counts over the cases that consented to anonymised statistics.

Only non-identifying characteristics are read (sex, age band, nationality status, screening
indicators, needs, referral sectors and statuses); months, never exact dates. Every table is
passed through disclosure control before anyone sees it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from tipdesk.i18n import QT_TRANSLATE_NOOP
from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.disclosure import CountTable, check_k, suppress
from tipdesk.services.gaps import GAP_KINDS, directory_gaps
from tipdesk.services.permissions import require
from tipdesk.services.summary_counts import count_for_summary, statistics_consent_clause

CTDC_BANDS = [t.code for t in v.AGE_BAND]


@dataclass
class Summary:
    """Every table of the report, already suppressed, with what was left out."""

    period_from: date | None
    period_to: date | None
    k: int
    counted: int
    excluded_without_consent: int
    first_month: str = ""
    last_month: str = ""
    tables: list[CountTable] = field(default_factory=list)
    gaps: list[tuple[str, str, str]] = field(default_factory=list)  # sector, admin-1, kinds


def _months(start: date, end: date) -> list[date]:
    months, current = [], date(start.year, start.month, 1)
    while current <= end:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _one_way(
    title: str,
    vocabulary: v.Vocabulary,
    counter: Counter,
    note: str = "",
    codes: list[str] | None = None,
) -> CountTable:
    codes = codes or list(vocabulary.codes)
    return CountTable(
        title,
        [QT_TRANSLATE_NOOP("statistics", "Cases")],
        [vocabulary.label(c) for c in codes],
        [[counter.get(c, 0) for c in codes]],
        note,
    )


def _month_number(month: str) -> int:
    """ "2026-03" -> a number that grows by one each month."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _open_by_month(months: Counter, start: date, end: date) -> list[int]:
    """How many cases were open in each month from `start` to `end`: registered before the
    month ended and not closed before it began. `months` counts cases by (month registered,
    month closed or None)."""
    first, last = _month_number(start.isoformat()), _month_number(end.isoformat())
    changes = [0] * (last - first + 2)
    for (registered, closed), n in months.items():
        opened = max(_month_number(registered), first)
        until = min(_month_number(closed) if closed else last, last)
        if opened <= until:
            changes[opened - first] += n
            changes[until - first + 1] -= n
    counts, running = [], 0
    for change in changes[:-1]:
        running += change
        counts.append(running)
    return counts


def build_summary(
    office: UnlockedOffice,
    *,
    period_from: date | None = None,
    period_to: date | None = None,
    k: int = 5,
) -> Summary:
    """Compute and suppress every table of the summary report."""
    require(office, "reports.anonymised")
    check_k(k)
    in_period = []
    if period_from:
        in_period.append(Case.registration_date >= period_from)
    if period_to:
        in_period.append(Case.registration_date <= period_to)
    with office.reading() as s:
        excluded = s.scalar(
            select(func.count(Case.id)).where(*in_period, ~statistics_consent_clause())
        )
        counts = count_for_summary(s, in_period)
        first_day = s.scalar(select(func.min(Case.registration_date)))
    gaps = directory_gaps(office)
    summary = Summary(period_from, period_to, k, counts.cases, excluded or 0)
    tables = summary.tables

    start = period_from or first_day or date.today()
    end = period_to or date.today()
    months = _months(start, end)
    summary.first_month = (period_from or start).strftime("%Y-%m")
    summary.last_month = end.strftime("%Y-%m")
    new = Counter()
    for (registered, _closed), n in counts.months.items():
        new[registered] += n
    labels = [m.strftime("%Y-%m") for m in months]
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "New cases by month of registration"),
            [QT_TRANSLATE_NOOP("statistics", "New cases")],
            labels,
            [[new.get(label, 0) for label in labels]],
        )
    )
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "Open cases by month"),
            [QT_TRANSLATE_NOOP("statistics", "Open cases")],
            labels,
            [_open_by_month(counts.months, start, end)],
            QT_TRANSLATE_NOOP("statistics", "A case counts in every month it was open."),
            totals=False,
        )
    )

    sexes = list(v.SEX.codes)
    grid = [[counts.sex_age.get((sex, band), 0) for band in CTDC_BANDS] for sex in sexes]
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "Sex and age band"),
            [v.SEX.label(x) for x in sexes],
            [v.AGE_BAND.label(b) for b in CTDC_BANDS],
            grid,
        )
    )

    multi = QT_TRANSLATE_NOOP(
        "statistics",
        "A case may count in several columns; the total is a number of answers, not of people.",
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Forms of exploitation"),
            v.FORMS_OF_EXPLOITATION,
            counts.forms,
            multi,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Means of control"),
            v.MEANS_OF_CONTROL,
            counts.means,
            multi,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Nationality status"),
            v.NATIONALITY_STATUS,
            counts.nationality,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Trafficked in-country or abroad"),
            v.TRAFFICKED_WHERE,
            counts.trafficked_where,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Screening outcomes"),
            v.SCREENING_OUTCOMES,
            counts.outcomes,
        )
    )

    missed = v.Vocabulary(
        "missed_group",
        [
            v.Term("men", QT_TRANSLATE_NOOP("vocab", "Men and boys")),
            v.Term("older", QT_TRANSLATE_NOOP("vocab", "Older people (60 and over)")),
            v.Term("labour", QT_TRANSLATE_NOOP("vocab", "Labour exploitation")),
            v.Term("organ", QT_TRANSLATE_NOOP("vocab", "Organ removal")),
            v.Term(
                "non-nationals", QT_TRANSLATE_NOOP("vocab", "Migrants, refugees, non-nationals")
            ),
        ],
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP(
                "statistics", "Groups that child-protection and GBV pathways usually miss"
            ),
            missed,
            counts.groups,
            multi,
        )
    )

    statuses = list(v.REFERRAL_STATUS.codes)
    referral_grid = [
        [counts.referrals.get((sector, status), 0) for status in statuses]
        for sector in v.SECTORS.codes
    ]
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "Referrals by sector and status"),
            [v.SECTORS.label(x) for x in v.SECTORS.codes],
            [v.REFERRAL_STATUS.label(x) for x in statuses],
            referral_grid,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Unmet needs by sector"),
            v.SECTORS,
            counts.unmet,
            QT_TRANSLATE_NOOP(
                "statistics",
                "A need the person wants with no referral, or whose "
                "referrals were declined, unanswered or cancelled.",
            ),
        )
    )
    for table in tables:
        suppress(table, k)
    summary.gaps = [
        (v.SECTORS.label(g.sector), g.admin1, "; ".join(GAP_KINDS[kind] for kind in g.kinds))
        for g in gaps
    ]
    with office.writing() as s:
        audit.record(s, office.user.username, "report.summary", "office", office.info.country_code)
    return summary
