"""Trafficking screening by the Palermo definition, and the groups other pathways miss.

Staff do not make legal determinations: the outcome is an indicator-based screening result
("presumed victim", "indicators present, assess further", "no indicators"), with its reasons.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tipdesk.i18n import QT_TRANSLATE_NOOP, translate
from tipdesk.models.vocab import CHILD_AGE_BANDS

LABOUR_FORMS = frozenset(
    {"forced-labour", "child-labour", "servitude", "forced-begging", "forced-criminality"}
)
NON_NATIONAL_STATUSES = frozenset({"refugee", "asylum-seeker", "migrant", "stateless"})
MALE_SEXES = frozenset({"male", "trans-male"})
OLDER_PERSON_AGE = 60


@dataclass(frozen=True)
class ScreeningResult:
    """The computed outcome and, in plain words, why."""

    outcome: str
    reasons: tuple[str, ...]


def is_child(age_years: int | None, age_band: str | None) -> bool:
    """Under 18 by age, or by age band when the exact age is not known."""
    if age_years is not None:
        return age_years < 18
    return age_band in CHILD_AGE_BANDS


def compute_outcome(
    acts: Iterable[str],
    means: Iterable[str],
    purposes: Iterable[str],
    *,
    child: bool,
    other_indicators: Iterable[str] = (),
) -> ScreeningResult:
    """Act + Means + Purpose for adults; Act + Purpose for a child (no Means needed)."""
    has_act, has_means, has_purpose = bool(list(acts)), bool(list(means)), bool(list(purposes))
    if child and has_act and has_purpose:
        return ScreeningResult(
            "presumed-victim",
            (
                QT_TRANSLATE_NOOP("screening", "An Act and a Purpose of exploitation are present."),
                QT_TRANSLATE_NOOP("screening", "The person is a child: no Means is needed."),
            ),
        )
    if has_act and has_means and has_purpose:
        return ScreeningResult(
            "presumed-victim",
            (
                QT_TRANSLATE_NOOP(
                    "screening", "An Act, a Means and a Purpose of exploitation are present."
                ),
            ),
        )
    if has_act or has_means or has_purpose or any(True for _ in other_indicators):
        missing = [
            name
            for name, present in (
                (translate("screening", "Act"), has_act),
                (translate("screening", "Means"), has_means or child),
                (translate("screening", "Purpose"), has_purpose),
            )
            if not present
        ]
        return ScreeningResult(
            "assess-further",
            (
                QT_TRANSLATE_NOOP(
                    "screening", "Some indicators are present, but not the whole definition."
                ),
                # composed here, so already in the language in use (the window's lookup of it
                # finds nothing and shows it as it is)
                translate("screening", "Not yet seen: {missing}.").format(
                    missing=", ".join(missing)
                ),
            ),
        )
    return ScreeningResult(
        "no-indicators",
        (QT_TRANSLATE_NOOP("screening", "No indicator of trafficking was recorded."),),
    )


def missed_groups(
    *,
    sex: str | None,
    age_years: int | None,
    nationality_status: str | None,
    forms_of_exploitation: Iterable[str],
) -> list[str]:
    """The groups child-protection and GBV pathways usually miss that this person is in."""
    forms = set(forms_of_exploitation)
    groups = []
    if sex in MALE_SEXES:
        groups.append(QT_TRANSLATE_NOOP("screening", "Men and boys"))
    if age_years is not None and age_years >= OLDER_PERSON_AGE:
        groups.append(QT_TRANSLATE_NOOP("screening", "Older people (60 and over)"))
    if forms & LABOUR_FORMS:
        groups.append(QT_TRANSLATE_NOOP("screening", "Labour exploitation"))
    if "organ-removal" in forms:
        groups.append(QT_TRANSLATE_NOOP("screening", "Organ removal"))
    if nationality_status in NON_NATIONAL_STATUSES:
        groups.append(QT_TRANSLATE_NOOP("screening", "Migrants, refugees and other non-nationals"))
    return groups


def pathway_flag(prior_pathway: str, outcome: str) -> str | None:
    """A case already handled as CP or GBV that meets the definition should be called so."""
    if prior_pathway in {"child-protection", "gbv"} and outcome == "presumed-victim":
        return QT_TRANSLATE_NOOP(
            "screening",
            "Handled as a {pathway} case, but it meets the definition of "
            "trafficking: record and refer it as trafficking too.",
        )
    return None
