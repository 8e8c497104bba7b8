"""The case list: filtered, sorted pages of plain rows, within what the user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import (
    Date,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.orm import aliased

from tipdesk.models import Case, PersonIdentity, PersonProfile, Screening, User
from tipdesk.services.case_access import may_see_names, visible_clause
from tipdesk.services.context import CurrentUser, UnlockedOffice
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


class CaseRow(NamedTuple):
    """One line of the case list (a tuple: a page of them is built in a fraction of a ms)."""

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


# Sorts whose column is never empty can page by the last row shown ("after it"), which costs
# the same at row 50,000 as at row 0; the others page by offset.
SEEKABLE_SORTS = ("code", "status", "registration_date", "sex", "age_band")


def _filter_values(office: UnlockedOffice, where: CaseFilter, today: date) -> dict:
    """The values of the filter's conditions, by the names `_statement` binds them to."""
    values: dict = {}
    if where.status:
        values["status"] = where.status
    if where.officer_id is not None:
        values["officer_id"] = where.officer_id
    if where.outcome:
        values["outcome"] = where.outcome
    if where.overdue_only:
        values["today"] = today
    text = where.search.strip()
    if text:
        # Case codes by prefix (uppercase, so the unique index serves it); names and aliases
        # through the full-text index, and only for roles that may see names.
        prefix = text.upper().replace("\\", "").replace("%", "").replace("_", "")
        values["code_prefix"] = prefix + "%"
        match = search_schema.fts_query(text) if may_see_names(office.user) else None
        if match:
            values["name_match"] = match
    return values


PAGE_COLUMNS = (
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
)


NAME_COLUMNS = (PersonIdentity.given_names, PersonIdentity.family_name, PersonIdentity.aliases)


@lru_cache(maxsize=256)
def _statement(user: CurrentUser, conditions: frozenset[str], order: tuple | None) -> Select:
    """The count (`order` None) or page query for a filter with these `conditions`, its values
    bound at execution. Built once per shape: building a statement costs more than running it.
    `order` is (sort key, descending). Names are read only for roles that may see them."""
    if order is None:
        columns = [func.count(Case.id)]
    else:
        columns = PAGE_COLUMNS + (NAME_COLUMNS if may_see_names(user) else ())
    query = select(*columns).select_from(Case).where(visible_clause(user))
    if order is not None:  # a count needs none of the joins: every case has one profile
        query = query.join(PersonProfile, PersonProfile.case_id == Case.id).outerjoin(
            User, User.id == Case.assigned_officer_id
        )
        if may_see_names(user):
            query = query.outerjoin(PersonIdentity, PersonIdentity.case_id == Case.id)
    if "status" in conditions:
        query = query.where(Case.status == bindparam("status"))
    if "officer_id" in conditions:
        query = query.where(Case.assigned_officer_id == bindparam("officer_id"))
    if "outcome" in conditions:
        query = query.where(Case.screening_outcome == bindparam("outcome"))
    if "today" in conditions:
        query = query.where(Case.next_follow_up_on < bindparam("today", type_=Date))
    if "code_prefix" in conditions:
        found = [Case.code.like(bindparam("code_prefix"))]
        if "name_match" in conditions:
            matching = literal_column(search_schema.FTS_TABLE).match(bindparam("name_match"))
            found.append(Case.id.in_(select(_SEARCH.c.rowid).where(matching)))
        query = query.where(or_(*found))
    if order is None:
        return query
    sort, descending = order
    column = SORT_COLUMNS.get(sort, Case.registration_date)
    if "after_value" in conditions:
        position = tuple_(column, Case.id)
        last = tuple_(bindparam("after_value", type_=column.type), bindparam("after_id"))
        query = query.where(position < last if descending else position > last)
    return (
        query.order_by(
            column.desc() if descending else column.asc(),
            Case.id.desc() if descending else Case.id.asc(),
        )
        .offset(bindparam("offset"))
        .limit(bindparam("limit"))
    )


def count_cases(
    office: UnlockedOffice, where: CaseFilter = CaseFilter(), today: date | None = None
) -> int:
    require(office, "cases.view")
    values = _filter_values(office, where, today or date.today())
    query = _statement(office.user, frozenset(values), None)
    with office.engine.connect() as connection:
        return connection.execute(query, values).scalar()


def list_cases(
    office: UnlockedOffice,
    where: CaseFilter = CaseFilter(),
    *,
    sort: str = "registration_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
    after: CaseRow | None = None,
) -> list[CaseRow]:
    """A page of the cases `office.user` may see: from `offset`, or (for the sorts in
    SEEKABLE_SORTS) the page that follows the row `after`."""
    require(office, "cases.view")
    values = _filter_values(office, where, today or date.today())
    if after is not None and sort in SEEKABLE_SORTS:
        values |= {"after_value": getattr(after, sort), "after_id": after.id}
        offset = 0
    query = _statement(office.user, frozenset(values), (sort, descending))
    with office.engine.connect() as connection:  # one read, no unit of work needed
        rows = connection.execute(query, {**values, "offset": offset, "limit": limit}).all()
    names = may_see_names(office.user)
    return [
        CaseRow(
            *r[:7],
            tuple(r[7] or ()),
            r[8],
            r[9],
            _display_name(r[10], r[11], r[12]) if names else None,
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
