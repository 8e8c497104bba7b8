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

from tipdesk.i18n import QT_TRANSLATE_NOOP
from tipdesk.models import Case, Consent, Need, PersonProfile, Referral, Screening
from tipdesk.models import vocab as v
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.disclosure import CountTable, check_k, suppress
from tipdesk.services.gaps import GAP_KINDS, directory_gaps
from tipdesk.services.permissions import require
from tipdesk.services.screening import LABOUR_FORMS, NON_NATIONAL_STATUSES

CTDC_BANDS = [t.code for t in v.AGE_BAND]
OPEN_STATUSES = ("active", "follow-up")
UNANSWERED_REFERRAL = ("declined-by-provider", "no-response", "cancelled")


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


@dataclass
class _Counted:
    """The columns the summary counts, for the cases it counts (plain rows, no ORM objects:
    100,000 cases must load in a second or two)."""

    people: list  # rows: id, registration_date, closed_on, sex, age_band, age_years, nat. status
    latest_screening: dict  # case id -> row: forms, means of control, where, outcome
    referrals: list  # rows: case id, sector, status
    wanted: list  # rows: case id, sector (needs the person wants)


def _counted_cases(session, in_period: list) -> _Counted:
    counted = [*in_period, statistics_consent_clause()]
    connection = session.connection()  # plain rows, without the ORM's loading
    people = connection.execute(
        select(
            Case.id,
            Case.registration_date,
            Case.closed_on,
            PersonProfile.sex,
            PersonProfile.age_band,
            PersonProfile.age_years,
            PersonProfile.nationality_status,
        )
        .join(PersonProfile, PersonProfile.case_id == Case.id)
        .where(*counted)
    ).all()
    latest = select(func.max(Screening.id)).group_by(Screening.case_id)
    screenings = connection.execute(
        select(
            Screening.case_id,
            Screening.forms_of_exploitation,
            Screening.means_of_control,
            Screening.trafficked_where,
            Screening.outcome,
        )
        .join(Case, Case.id == Screening.case_id)
        .where(*counted, Screening.id.in_(latest))
    ).all()
    referrals = connection.execute(
        select(Referral.case_id, Referral.sector, Referral.status)
        .join(Case, Case.id == Referral.case_id)
        .where(*counted)
    ).all()
    wanted = connection.execute(
        select(Need.case_id, Need.sector)
        .join(Case, Case.id == Need.case_id)
        .where(*counted, Need.status == "wants")
    ).all()
    return _Counted(people, {row.case_id: row for row in screenings}, referrals, wanted)


def _month_number(day: date) -> int:
    return day.year * 12 + day.month - 1


def _open_by_month(cases: list, start: date, end: date) -> list[int]:
    """How many cases were open in each month from `start` to `end`: registered before the
    month ended and not closed before it began."""
    first, last = _month_number(start), _month_number(end)
    changes = [0] * (last - first + 2)
    for c in cases:
        opened = max(_month_number(c.registration_date), first)
        closed = min(_month_number(c.closed_on) if c.closed_on else last, last)
        if opened <= closed:
            changes[opened - first] += 1
            changes[closed - first + 1] -= 1
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
        counted = _counted_cases(s, in_period)
        first_day = s.scalar(select(func.min(Case.registration_date)))
    gaps = directory_gaps(office)
    cases = counted.people
    summary = Summary(period_from, period_to, k, len(cases), excluded or 0)
    tables = summary.tables

    start = period_from or first_day or date.today()
    end = period_to or date.today()
    months = _months(start, end)
    summary.first_month = (period_from or start).strftime("%Y-%m")
    summary.last_month = end.strftime("%Y-%m")
    new = Counter((c.registration_date.year, c.registration_date.month) for c in cases)
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
            [_open_by_month(cases, start, end)],
            QT_TRANSLATE_NOOP("statistics", "A case counts in every month it was open."),
            totals=False,
        )
    )

    sexes = list(v.SEX.codes)
    grid = [[0] * len(CTDC_BANDS) for _ in sexes]
    for c in cases:
        grid[sexes.index(c.sex)][CTDC_BANDS.index(c.age_band)] += 1
    tables.append(
        CountTable(
            QT_TRANSLATE_NOOP("statistics", "Sex and age band"),
            [v.SEX.label(x) for x in sexes],
            [v.AGE_BAND.label(b) for b in CTDC_BANDS],
            grid,
        )
    )

    latest = list(counted.latest_screening.values())
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
            Counter(c.nationality_status for c in cases),
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
        screening = counted.latest_screening.get(c.id)
        forms = set(screening.forms_of_exploitation) if screening else set()
        groups["men"] += c.sex in ("male", "trans-male")
        groups["older"] += (c.age_years or 0) >= 60
        groups["labour"] += bool(forms & LABOUR_FORMS)
        groups["organ"] += "organ-removal" in forms
        groups["non-nationals"] += c.nationality_status in NON_NATIONAL_STATUSES
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
    referred: dict[tuple[int, str], list[str]] = {}
    for case_id, sector, status in counted.referrals:
        referral_grid[v.SECTORS.codes.index(sector)][statuses.index(status)] += 1
        referred.setdefault((case_id, sector), []).append(status)
    for case_id, sector in counted.wanted:
        outcomes = referred.get((case_id, sector), [])
        if not outcomes or all(s in UNANSWERED_REFERRAL for s in outcomes):
            unmet[sector] += 1
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
