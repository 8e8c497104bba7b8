"""A case registration as a JSON-ready payload and back, for drafts of the case wizard."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    IdentityAnswers,
    ParticipationAnswers,
    ProfileAnswers,
    SafetyAnswers,
    ScreeningAnswers,
)

KIND = "case-wizard"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None  # a damaged draft loses the date, not the rest


def _build(cls, data: Any):
    """`cls` from the keys of `data` it knows (unknown keys of a newer draft are ignored)."""
    if not isinstance(data, dict):
        return cls()
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{key: value for key, value in data.items() if key in names})


def to_payload(reg: CaseRegistration) -> dict:
    """Plain lists, dicts, strings, numbers and booleans only (dates as ISO strings)."""
    data = dataclasses.asdict(reg)
    data["identity"]["date_of_birth"] = _iso(reg.identity.date_of_birth)
    data["registration_date"] = _iso(reg.registration_date)
    return data


def from_payload(data: dict) -> CaseRegistration:
    """The registration a payload describes; missing parts take their defaults."""
    data = dict(data or {})
    identity = _build(IdentityAnswers, data.get("identity"))
    identity.date_of_birth = _date(identity.date_of_birth)
    reg = CaseRegistration(
        safety=_build(SafetyAnswers, data.get("safety")),
        consents=[
            _build(ConsentAnswer, c)
            for c in data.get("consents") or []
            if isinstance(c, dict) and "scope" in c and "decision" in c
        ],
        screening=_build(ScreeningAnswers, data.get("screening")),
        needs=dict(data.get("needs") or {}),
        profile=_build(ProfileAnswers, data.get("profile")),
        identity=identity,
        participation=_build(ParticipationAnswers, data.get("participation")),
    )
    for name in ("sensitivity", "prior_pathway", "status"):
        if isinstance(data.get(name), str):
            setattr(reg, name, data[name])
    reg.registration_date = _date(data.get("registration_date"))
    return reg
