"""Password rules and strength feedback, the same in the set-up dialog and on the command line."""

from __future__ import annotations

from dataclasses import dataclass

from tipdesk.errors import BadInput
from tipdesk.i18n import Translate, translate

MIN_LENGTH = 10
_COMMON = {
    "password",
    "password1",
    "password123",
    "1234567890",
    "qwertyuiop",
    "azertyuiop",
    "motdepasse",
    "123456789a",
    "iloveyou12",
    "administrator",
    "changeme12",
    "letmein123",
}


@dataclass(frozen=True)
class Strength:
    """A 0-4 score with a word for it and, when weak, what would help."""

    score: int
    label: str
    advice: str


def _english(_context: str, text: str) -> str:
    return text


def problems(password: str, username: str = "", *, translate: Translate = _english) -> list[str]:
    """What makes `password` unacceptable (in English unless `translate` is given)."""
    found = []
    if len(password) < MIN_LENGTH:
        found.append(
            translate("passwords", "use at least {count} characters").format(count=MIN_LENGTH)
        )
    if password.strip() != password:
        found.append(translate("passwords", "do not start or end with a space"))
    lowered = password.casefold()
    if lowered in _COMMON or len(set(password)) < 4:
        found.append(translate("passwords", "avoid common or repetitive passwords"))
    if username and username.casefold() in lowered:
        found.append(translate("passwords", "do not include the user name"))
    return found


def require_acceptable(password: str, username: str = "") -> None:
    """Raise BadInput saying what to change when `password` may not be used."""
    found = problems(password, username, translate=translate)
    if found:
        raise BadInput(
            translate("passwords", "The password is too weak: {problems}.").format(
                problems="; ".join(found)
            )
        )


def strength(password: str) -> Strength:
    """A rough strength estimate for feedback while typing (not a security guarantee)."""
    if not password:
        return Strength(0, "empty", f"Type at least {MIN_LENGTH} characters.")
    classes = sum(
        any(test(ch) for ch in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    length = len(password)
    score = 0
    if length >= MIN_LENGTH:
        score = 1 + (length >= 14) + (length >= 20) + (classes >= 3)
    if problems(password):
        score = min(score, 1) if length >= MIN_LENGTH else 0
    score = max(0, min(score, 4))
    labels = ["too weak", "weak", "fair", "good", "strong"]
    advice = "" if score >= 3 else "A longer phrase of several unrelated words is stronger."
    if length < MIN_LENGTH:
        advice = f"Use at least {MIN_LENGTH} characters."
    return Strength(score, labels[score], advice)
