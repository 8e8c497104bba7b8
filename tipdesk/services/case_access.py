"""Who may see and change which case: the one place for the case-level access rules.

- administrators: every case;
- protection officers: every case but restricted ones assigned to someone else; they manage
  (change) cases assigned to them or unassigned;
- focal points: no case file at all (they work from the referral queue).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true

from tipdesk.errors import PermissionDenied
from tipdesk.i18n import translate
from tipdesk.models import Case
from tipdesk.services.context import CurrentUser, UnlockedOffice
from tipdesk.services.permissions import ADMINISTRATOR, OFFICER, require


def visible_clause(user: CurrentUser) -> ColumnElement[bool]:
    """A WHERE clause selecting the cases `user` may see."""
    if user.role == ADMINISTRATOR:
        return true()
    if user.role == OFFICER:
        return or_(
            Case.sensitivity != "restricted",
            Case.assigned_officer_id == user.id,
            Case.assigned_officer_id.is_(None),
        )
    return false()


def can_view(user: CurrentUser, case: Case) -> bool:
    if user.role == ADMINISTRATOR:
        return True
    if user.role == OFFICER:
        return case.sensitivity != "restricted" or case.assigned_officer_id in (None, user.id)
    return False


def can_edit(user: CurrentUser, case: Case) -> bool:
    if user.role == ADMINISTRATOR:
        return True
    return user.role == OFFICER and case.assigned_officer_id in (None, user.id)


def may_see_names(user: CurrentUser) -> bool:
    """Names and aliases are shown (and searched) only for roles that open case files."""
    return user.role in (ADMINISTRATOR, OFFICER)


def require_view(office: UnlockedOffice, case: Case) -> None:
    require(office, "cases.view")
    if not can_view(office.user, case):
        raise PermissionDenied(
            translate(
                "case_access", "Case {code} is restricted to its officer and administrators."
            ).format(code=case.code)
        )


def require_edit(office: UnlockedOffice, case: Case) -> None:
    require(office, "cases.edit")
    if not can_edit(office.user, case):
        raise PermissionDenied(
            translate(
                "case_access",
                "Case {code} is managed by another officer; ask them or an "
                "administrator to reassign it.",
            ).format(code=case.code)
        )
