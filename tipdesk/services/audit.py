"""The hash-chained audit trail: append an event inside a unit of work; verify the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tipdesk.models import AuditEvent, utcnow

GENESIS_HASH = "0" * 64


def event_hash(event: AuditEvent, prev_hash: str) -> str:
    """The hash of an event's content chained to the previous event's hash."""
    content = [
        event.id,
        event.at.isoformat(timespec="microseconds"),
        event.username,
        event.action,
        event.record_type,
        event.record_ref,
        event.fields,
        prev_hash,
    ]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session,
    username: str | None,
    action: str,
    record_type: str | None = None,
    record_ref: str | None = None,
    fields: list[str] | None = None,
) -> AuditEvent:
    """Append an event (who, what, which record; names of changed fields, never values)."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev_hash = last.hash if last else GENESIS_HASH
    event = AuditEvent(
        id=(last.id + 1) if last else 1,
        at=utcnow(),
        username=username,
        action=action,
        record_type=record_type,
        record_ref=record_ref,
        fields=sorted(fields) if fields else None,
        prev_hash=prev_hash,
        hash="",
    )
    event.hash = event_hash(event, prev_hash)
    session.add(event)
    session.flush()
    return event


def record_many(
    session: Session,
    username: str | None,
    action: str,
    record_type: str,
    record_refs: list[str],
    fields: list[str] | None = None,
) -> None:
    """Append one event per record in a single flush (bulk imports and demo data)."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev_hash, next_id = (last.hash, last.id + 1) if last else (GENESIS_HASH, 1)
    for offset, ref in enumerate(record_refs):
        event = AuditEvent(
            id=next_id + offset,
            at=utcnow(),
            username=username,
            action=action,
            record_type=record_type,
            record_ref=ref,
            fields=sorted(fields) if fields else None,
            prev_hash=prev_hash,
            hash="",
        )
        event.hash = prev_hash = event_hash(event, prev_hash)
        session.add(event)
    session.flush()


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the audit chain."""

    events: int
    first_bad_id: int | None
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session) -> ChainReport:
    """Walk every event in order; name the first one that was edited, removed or moved."""
    prev_hash = GENESIS_HASH
    expected_id = 1
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(2000):
        count += 1
        if event.id != expected_id:
            return ChainReport(count, event.id, f"event {expected_id} is missing before it")
        if event.prev_hash != prev_hash:
            return ChainReport(count, event.id, "its link to the previous event is broken")
        if event_hash(event, prev_hash) != event.hash:
            return ChainReport(count, event.id, "its content was changed")
        prev_hash = event.hash
        expected_id += 1
    return ChainReport(count, None, None)
