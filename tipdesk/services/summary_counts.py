"""The counts behind the anonymised summary, made by SQLite (GROUP BY), not in Python.

Counting 100,000 cases row by row in Python took seconds and, on the window's worker thread,
held Python's interpreter lock long enough to freeze the window; SQLite counts without it and
hands back a few hundred numbers. Only cases with consent to anonymised statistics count
(`statistics_consent_clause`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, MetaData, Table, and_, exists, func, select, true
from sqlalchemy.orm import Session, aliased

from tipdesk.models import Case, Consent, Need, PersonProfile, Referral, Screening
from tipdesk.services.screening import LABOUR_FORMS, NON_NATIONAL_STATUSES

UNANSWERED_REFERRAL = ("declined-by-provider", "no-response", "cancelled")
MEN = ("male", "trans-male")


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


@dataclass
class SummaryCounts:
    """Every count the summary's tables are made of."""

    cases: int = 0
    months: Counter = field(default_factory=Counter)  # ("2026-03", "2026-05" or None) -> n
    sex_age: Counter = field(default_factory=Counter)  # (sex, age band) -> n
    nationality: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)  # of the latest screenings
    means: Counter = field(default_factory=Counter)
    trafficked_where: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    groups: Counter = field(default_factory=Counter)  # "men", "older", "labour"...
    referrals: Counter = field(default_factory=Counter)  # (sector, status) -> n
    unmet: Counter = field(default_factory=Counter)  # sector -> n


def _holds(column, codes) -> object:
    """Whether the JSON list in `column` holds one of `codes`."""
    values = func.json_each(column).table_valued("value")
    return exists(select(values.c.value).where(values.c.value.in_(list(codes))))


def count_for_summary(session: Session, in_period: list) -> SummaryCounts:
    """The summary's counts over the consenting cases registered in the period."""
    connection = session.connection()
    # The cases that count, decided once (a consent lookup per case) into a table in memory
    # (temp_store = MEMORY), which every count below joins.
    counted = Table(
        "summary_cases", MetaData(), Column("id", Integer, primary_key=True), prefixes=["TEMP"]
    )
    counted.create(connection)
    try:
        chosen = select(Case.id).where(*in_period, statistics_consent_clause())
        connection.execute(counted.insert().from_select(["id"], chosen))
        return _counts(connection.execute, counted)
    finally:
        counted.drop(connection)


def _counts(run, counted: Table) -> SummaryCounts:
    counts = SummaryCounts()
    month = func.substr(Case.registration_date, 1, 7)
    closed = func.substr(Case.closed_on, 1, 7)
    for reg, end, n in run(
        select(month, closed, func.count())
        .join(counted, counted.c.id == Case.id)
        .group_by(month, closed)
    ):
        counts.months[(reg, end)] += n
        counts.cases += n
    older = func.coalesce(PersonProfile.age_years, 0) >= 60
    profile = select(
        PersonProfile.sex, PersonProfile.age_band, PersonProfile.nationality_status, older
    ).join(counted, counted.c.id == PersonProfile.case_id)
    for sex, band, nationality, is_older, n in run(
        profile.add_columns(func.count()).group_by(
            PersonProfile.sex, PersonProfile.age_band, PersonProfile.nationality_status, older
        )
    ):
        counts.sex_age[(sex, band)] += n
        counts.nationality[nationality] += n
        counts.groups["men"] += n if sex in MEN else 0
        counts.groups["older"] += n if is_older else 0
        counts.groups["non-nationals"] += n if nationality in NON_NATIONAL_STATUSES else 0
    _count_screenings(run, counted, counts)
    for sector, status, n in run(
        select(Referral.sector, Referral.status, func.count())
        .join(counted, counted.c.id == Referral.case_id)
        .group_by(Referral.sector, Referral.status)
    ):
        counts.referrals[(sector, status)] = n
    answered = aliased(Referral)
    helped = exists().where(
        answered.case_id == Need.case_id,
        answered.sector == Need.sector,
        answered.status.not_in(UNANSWERED_REFERRAL),
    )
    for sector, n in run(
        select(Need.sector, func.count())
        .join(counted, counted.c.id == Need.case_id)
        .where(Need.status == "wants", ~helped)
        .group_by(Need.sector)
    ):
        counts.unmet[sector] = n
    return counts


def _count_screenings(run, counted, counts: SummaryCounts) -> None:
    """Counts over each case's latest screening."""
    earlier = aliased(Screening)
    latest_id = select(func.max(earlier.id)).where(earlier.case_id == counted.c.id)
    latest = (
        select(Screening)
        .join(counted, counted.c.id == Screening.case_id)
        .where(Screening.id == latest_id.scalar_subquery())
        .subquery("latest")
    )
    labour = _holds(latest.c.forms_of_exploitation, LABOUR_FORMS)
    organ = _holds(latest.c.forms_of_exploitation, ["organ-removal"])
    for outcome, where, is_labour, is_organ, n in run(
        select(latest.c.outcome, latest.c.trafficked_where, labour, organ, func.count()).group_by(
            latest.c.outcome, latest.c.trafficked_where, labour, organ
        )
    ):
        counts.outcomes[outcome] += n
        counts.trafficked_where[where] += n
        counts.groups["labour"] += n if is_labour else 0
        counts.groups["organ"] += n if is_organ else 0
    for column, counter in (
        (latest.c.forms_of_exploitation, counts.forms),
        (latest.c.means_of_control, counts.means),
    ):
        values = func.json_each(column).table_valued("value")
        for value, n in run(
            select(values.c.value, func.count())
            .select_from(latest)
            .join(values, true())
            .group_by(values.c.value)
        ):
            counter[value] = n
