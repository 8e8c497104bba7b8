"""Drafts: unsaved work kept encrypted in the database, offered back after a lock or a crash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import Draft, utcnow
from tipdesk.models.text import FORBIDDEN
from tipdesk.services.context import UnlockedOffice


@dataclass(frozen=True)
class DraftInfo:
    """A draft as plain values."""

    id: int
    kind: str
    title: str
    case_id: int | None
    updated_at: datetime
    payload: dict


def _info(draft: Draft) -> DraftInfo:
    return DraftInfo(
        draft.id,
        draft.kind,
        draft.title,
        draft.case_id,
        draft.updated_at,
        dict(draft.payload or {}),
    )


def save_draft(
    office: UnlockedOffice,
    kind: str,
    payload: dict,
    *,
    title: str = "",
    case_id: int | None = None,
    draft_id: int | None = None,
) -> int:
    """Create or update one of the signed-in user's drafts; returns its id."""
    with office.writing() as s:
        draft = s.get(Draft, draft_id) if draft_id else None
        if draft is None or draft.user_id != office.user.id:
            draft = Draft(user_id=office.user.id, kind=kind, case_id=case_id)
            s.add(draft)
        draft.title = FORBIDDEN.sub("", title)[:200]  # a label: never a reason to lose the draft
        draft.payload = payload
        draft.updated_at = utcnow()
        s.flush()
        return draft.id


def list_drafts(office: UnlockedOffice, kind: str | None = None) -> list[DraftInfo]:
    """The signed-in user's own drafts, newest first (nobody sees another's drafts)."""
    query = select(Draft).where(Draft.user_id == office.user.id)
    if kind:
        query = query.where(Draft.kind == kind)
    with office.reading() as s:
        return [_info(d) for d in s.scalars(query.order_by(Draft.updated_at.desc()))]


def load_draft(office: UnlockedOffice, draft_id: int) -> DraftInfo:
    with office.reading() as s:
        draft = s.get(Draft, draft_id)
        if draft is None or draft.user_id != office.user.id:
            raise BadInput(translate("drafts", "That draft no longer exists."))
        return _info(draft)


def discard_draft(office: UnlockedOffice, draft_id: int) -> None:
    with office.writing() as s:
        draft = s.get(Draft, draft_id)
        if draft is not None and draft.user_id == office.user.id:
            s.delete(draft)
