"""The case list: filtered, sorted pages of plain rows, within what the user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, column, func, literal_column, or_, select, table
from sqlalchemy.orm import aliased

from tipdesk.models import Case, PersonIdentity, PersonProfile, Screening, User
from tipdesk.services.case_access import may_see_names, visible_clause
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import ADMINISTRATOR, OFFICER, require
from tipdesk.store import search_schema


@dataclass(frozen=True)
class CaseFilter:
    """What the list shows; empty fields do not filter."""

    status: str | None = None
    officer_id: int | None = None
    outcome: str | None = None
    overdue_only: bool = False
    search: str = ""


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    code: str
    status: str
    registration_date: date
    officer: str | None
    sex: str
    age_band: str
    forms_of_exploitation: tuple[str, ...]
    outcome: str | None
    next_follow_up_on: date | None
    name: str | None  # only for roles that may see names


_Earlier = aliased(Screening)
_latest_screening = (
    select(func.max(_Earlier.id))
    .where(_Earlier.case_id == Case.id)
    .correlate(Case)
    .scalar_subquery()
)
OUTCOME = Case.screening_outcome  # kept by a trigger (store/search_schema.py)
FORMS = (
    select(Screening.forms_of_exploitation)
    .where(Screening.id == _latest_screening)
    .scalar_subquery()
)  # computed for the rows of one page only
_SEARCH = table(search_schema.FTS_TABLE, column("rowid"))

SORT_COLUMNS = {
    "code": Case.code,
    "status": Case.status,
    "registration_date": Case.registration_date,
    "officer": User.display_name,
    "sex": PersonProfile.sex,
    "age_band": PersonProfile.age_band,
    "outcome": OUTCOME,
    "next_follow_up_on": Case.next_follow_up_on,
}


def _query(office: UnlockedOffice, columns, where: CaseFilter, today: date) -> Select:
    query = (
        select(*columns)
        .select_from(Case)
        .join(PersonProfile, PersonProfile.case_id == Case.id)
        .outerjoin(User, User.id == Case.assigned_officer_id)
        .where(visible_clause(office.user))
    )
    if where.status:
        query = query.where(Case.status == where.status)
    if where.officer_id is not None:
        query = query.where(Case.assigned_officer_id == where.officer_id)
    if where.outcome:
        query = query.where(Case.screening_outcome == where.outcome)
    if where.overdue_only:
        query = query.where(Case.next_follow_up_on < today)
    text = where.search.strip()
    if text:
        # Case codes by prefix (uppercase, so the unique index serves it); names and aliases
        # through the full-text index, and only for roles that may see names.
        prefix = text.upper().replace("\\", "").replace("%", "").replace("_", "")
        conditions = [Case.code.like(prefix + "%")]
        match = search_schema.fts_query(text) if may_see_names(office.user) else None
        if match:
            conditions.append(
                Case.id.in_(
                    select(_SEARCH.c.rowid).where(
                        literal_column(search_schema.FTS_TABLE).match(match)
                    )
                )
            )
        query = query.where(or_(*conditions))
    return query


def count_cases(
    office: UnlockedOffice, where: CaseFilter = CaseFilter(), today: date | None = None
) -> int:
    require(office, "cases.view")
    with office.reading() as s:
        return s.scalar(_query(office, [func.count(Case.id)], where, today or date.today()))


def list_cases(
    office: UnlockedOffice,
    where: CaseFilter = CaseFilter(),
    *,
    sort: str = "registration_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
) -> list[CaseRow]:
    """A page of the cases `office.user` may see."""
    require(office, "cases.view")
    names = may_see_names(office.user)
    columns = [
        Case.id,
        Case.code,
        Case.status,
        Case.registration_date,
        User.display_name,
        PersonProfile.sex,
        PersonProfile.age_band,
        FORMS,
        OUTCOME,
        Case.next_follow_up_on,
    ]
    query = _query(office, columns, where, today or date.today())
    order = SORT_COLUMNS.get(sort, Case.registration_date)
    query = query.order_by(
        order.desc() if descending else order.asc(), Case.id.desc() if descending else Case.id.asc()
    )
    with office.reading() as s:
        rows = s.execute(query.offset(offset).limit(limit)).all()
        identities = {}
        if names and rows:
            found = s.execute(
                select(
                    PersonIdentity.case_id,
                    PersonIdentity.given_names,
                    PersonIdentity.family_name,
                    PersonIdentity.aliases,
                ).where(PersonIdentity.case_id.in_([r[0] for r in rows]))
            )
            identities = {r[0]: _display_name(*r[1:]) for r in found}
    return [
        CaseRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            tuple(r[7] or ()),
            r[8],
            r[9],
            identities.get(r[0]),
        )
        for r in rows
    ]


def _display_name(given: str | None, family: str | None, aliases: str | None) -> str | None:
    name = " ".join(part for part in (given, family) if part)
    if aliases:
        name = f"{name} ({aliases})" if name else aliases
    return name or None


@dataclass(frozen=True)
class OfficerChoice:
    """A member of staff a case can be assigned to, for the list's filter and the case file."""

    id: int
    display_name: str
    active: bool


def list_officers(office: UnlockedOffice) -> list[OfficerChoice]:
    """Active officers and administrators, and anyone still assigned a case, by name."""
    require(office, "cases.view")
    assigned = select(Case.assigned_officer_id).where(Case.assigned_officer_id.is_not(None))
    query = (
        select(User.id, User.display_name, User.active)
        .where(
            or_(
                and_(User.active.is_(True), User.role.in_((OFFICER, ADMINISTRATOR))),
                User.id.in_(assigned),
            )
        )
        .order_by(func.lower(User.display_name), User.id)
    )
    with office.reading() as s:
        return [OfficerChoice(*row) for row in s.execute(query)]
