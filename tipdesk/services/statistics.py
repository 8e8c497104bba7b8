"""The anonymised summary: counts over the cases that consented to anonymised statistics.

Only non-identifying characteristics are read (sex, age band, nationality status, screening
indicators, needs, referral sectors and statuses); months, never exact dates. Every table is
passed through disclosure control before anyone sees it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import selectinload

from tipdesk.i18n import QT_TRANSLATE_NOOP
from tipdesk.models import Case, Consent
from tipdesk.models import vocab as v
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.disclosure import CountTable, check_k, suppress
from tipdesk.services.gaps import GAP_KINDS, directory_gaps
from tipdesk.services.permissions import require
from tipdesk.services.screening import LABOUR_FORMS, NON_NATIONAL_STATUSES

CTDC_BANDS = [t.code for t in v.AGE_BAND]
OPEN_STATUSES = ("active", "follow-up")


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


def statistics_consent_clause():
    """Cases whose consent to anonymised statistics is given and not withdrawn."""
    return exists().where(
        and_(
            Consent.case_id == Case.id,
            Consent.scope == "statistics",
            Consent.decision == "given",
            Consent.withdrawn_at.is_(None),
        )
    )


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
        cases = s.scalars(
            select(Case)
            .where(*in_period, statistics_consent_clause())
            .options(
                selectinload(Case.profile),
                selectinload(Case.screenings),
                selectinload(Case.needs),
                selectinload(Case.referrals),
            )
        ).all()
        first_day = s.scalar(select(func.min(Case.registration_date)))
    gaps = directory_gaps(office)
    summary = Summary(period_from, period_to, k, len(cases), excluded or 0)
    tables = summary.tables

    start = period_from or first_day or date.today()
    end = period_to or date.today()
    months = _months(start, end)
    summary.first_month = (period_from or start).strftime("%Y-%m")
    summary.last_month = end.strftime("%Y-%m")
    new = Counter((c.registration_date.year, c.registration_date.month) for c in cases)
    active_counts = []
    for month in months:
        month_end = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        active_counts.append(
            sum(
                1
                for c in cases
                if c.registration_date < month_end and (c.closed_on is None or c.closed_on >= month)
            )
        )
    labels = [m.strftime("%Y-%m") for m in months]
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "New cases by month of registration"),
            [QT_TRANSLATE_NOOP("statistics", "New cases")],
            labels,
            [[new.get((m.year, m.month), 0) for m in months]],
        )
    )
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "Open cases by month"),
            [QT_TRANSLATE_NOOP("statistics", "Open cases")],
            labels,
            [active_counts],
            QT_TRANSLATE_NOOP("statistics", "A case counts in every month it was open."),
            totals=False,
        )
    )

    sexes = list(v.SEX.codes)
    grid = [[0] * len(CTDC_BANDS) for _ in sexes]
    for c in cases:
        grid[sexes.index(c.profile.sex)][CTDC_BANDS.index(c.profile.age_band)] += 1
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "Sex and age band"),
            [v.SEX.label(x) for x in sexes],
            [v.AGE_BAND.label(b) for b in CTDC_BANDS],
            grid,
        )
    )

    latest = [c.screenings[-1] for c in cases if c.screenings]
    multi = QT_TRANSLATE_NOOP(
        "statistics",
        "A case may count in several columns; the total is a number of answers, not of people.",
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Forms of exploitation"),
            v.FORMS_OF_EXPLOITATION,
            Counter(f for sc in latest for f in sc.forms_of_exploitation),
            multi,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Means of control"),
            v.MEANS_OF_CONTROL,
            Counter(m for sc in latest for m in sc.means_of_control),
            multi,
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Nationality status"),
            v.NATIONALITY_STATUS,
            Counter(c.profile.nationality_status for c in cases),
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Trafficked in-country or abroad"),
            v.TRAFFICKED_WHERE,
            Counter(sc.trafficked_where for sc in latest),
        )
    )
    tables.append(
        _one_way(
            QT_TRANSLATE_NOOP("statistics", "Screening outcomes"),
            v.SCREENING_OUTCOMES,
            Counter(sc.outcome for sc in latest),
        )
    )

    groups = Counter()
    for c in cases:
        forms = set(c.screenings[-1].forms_of_exploitation) if c.screenings else set()
        groups["men"] += c.profile.sex in ("male", "trans-male")
        groups["older"] += (c.profile.age_years or 0) >= 60
        groups["labour"] += bool(forms & LABOUR_FORMS)
        groups["organ"] += "organ-removal" in forms
        groups["non-nationals"] += c.profile.nationality_status in NON_NATIONAL_STATUSES
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
            groups,
            multi,
        )
    )

    statuses = list(v.REFERRAL_STATUS.codes)
    referral_grid = [[0] * len(statuses) for _ in v.SECTORS.codes]
    unmet = Counter()
    for c in cases:
        referred = {}
        for r in c.referrals:
            referral_grid[v.SECTORS.codes.index(r.sector)][statuses.index(r.status)] += 1
            referred.setdefault(r.sector, []).append(r.status)
        for need in c.needs:
            if need.status != "wants":
                continue
            outcomes = referred.get(need.sector, [])
            if not outcomes or all(
                s in ("declined-by-provider", "no-response", "cancelled") for s in outcomes
            ):
                unmet[need.sector] += 1
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
            unmet,
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
