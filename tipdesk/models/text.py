"""What text TIPDesk stores: the one rule for every text field, and the guard that enforces it.

Any Unicode text is kept exactly as typed (right-to-left marks, combining accents, emoji),
with two exceptions that are refused with a message saying what to do:

- control characters (NUL, escape, the other C0 and C1 codes; tab, line feed and carriage
  return are allowed), lone surrogates and the non-characters U+FFFE and U+FFFF: no keyboard
  types them, spreadsheets and PDFs cannot hold them, and they usually mean a damaged file;
- text longer than its column: a `String(n)` column holds n characters, a `Text` column
  `TEXT_LIMIT` (below a spreadsheet cell's 32,767, so every export can hold it).

Services check the fields they are given first, to name them in the user's words; the guard
below then refuses any row of any table that would still break the rule, so a service that
forgets cannot write such text (raising inside the flush rolls the whole unit of work back).
"""

from __future__ import annotations

import re

from sqlalchemy import String, event, inspect

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models.base import Base

TEXT_LIMIT = 32_000
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def text_problem(text: str, limit: int) -> str | None:
    """Why `text` cannot be stored in a field of `limit` characters, or None when it can."""
    found = FORBIDDEN.search(text)
    if found:
        return translate(
            "text",
            "it holds a control character ({code}) that cannot be stored; remove it (it may "
            "come from a damaged file)",
        ).format(code=f"U+{ord(found.group()):04X}")
    if len(text) > limit:
        return translate(
            "text", "it is too long: at most {limit} characters, not {length}; shorten it"
        ).format(limit=f"{limit:,}", length=f"{len(text):,}")
    return None


def limit_of(model: type[Base], field: str) -> int:
    """How many characters the column `field` of `model` holds."""
    column_type = model.__table__.columns[field].type
    length = getattr(column_type, "length", None)
    return length if length else TEXT_LIMIT


def field_problem(label: str, value: str | None, model: type[Base], field: str) -> str | None:
    """The problem with the text for `model.field`, as a message naming the field by `label`."""
    if not value:
        return None
    reason = text_problem(value, limit_of(model, field))
    return f"{label}: {reason}." if reason else None


def _words(name: str) -> str:
    """'CaseNote' -> 'case note'; 'given_names' -> 'given names'."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).replace("_", " ").lower()


def _check_row(_mapper, _connection, target: Base) -> None:
    """Refuse a row with a text column that breaks the rule (before INSERT or UPDATE)."""
    state = inspect(target)
    for column in target.__table__.columns:
        if not isinstance(column.type, String):
            continue
        attribute = state.mapper.get_property_by_column(column).key
        value = state.dict.get(attribute)
        if isinstance(value, str):
            reason = text_problem(value, limit_of(type(target), column.name))
            if reason:
                raise BadInput(
                    f"{_words(type(target).__name__).capitalize()}, {_words(column.name)}: "
                    f"{reason}. Nothing was saved."
                )


event.listen(Base, "before_insert", _check_row, propagate=True)
event.listen(Base, "before_update", _check_row, propagate=True)
