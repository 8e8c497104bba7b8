"""Duplicate warning: a person who may already have a case, by names and birth date or alias."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select

from tipdesk.models import Case, PersonIdentity, PersonProfile
from tipdesk.models.vocab import age_band
from tipdesk.services.case_access import visible_clause
from tipdesk.services.case_registration import CaseRegistration
from tipdesk.services.context import UnlockedOffice


def normalise_name(text: str | None) -> str:
    """Names compared without case, accents, punctuation or word order ("N'Diaye, Aïssa")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = "".join(ch if ch.isalnum() else " " for ch in plain.casefold()).split()
    return " ".join(sorted(words))


def find_duplicates(office: UnlockedOffice, reg: CaseRegistration) -> list[str]:
    """Codes of visible cases whose person matches: same names and date of birth, or the
    same alias, age band and a shared citizenship."""
    if not reg.consents_to_register:
        return []
    identity, profile = reg.identity, reg.profile
    names = normalise_name(f"{identity.given_names} {identity.family_name}")
    alias = normalise_name(identity.aliases)
    band = profile.age_band
    if reg.age_years is not None:
        band = age_band(reg.age_years)
    found: list[str] = []
    with office.reading() as s:
        base = (
            select(
                Case.code,
                PersonIdentity.given_names,
                PersonIdentity.family_name,
                PersonIdentity.aliases,
                PersonProfile.age_band,
                PersonProfile.citizenships,
            )
            .join(PersonIdentity, PersonIdentity.case_id == Case.id)
            .join(PersonProfile, PersonProfile.case_id == Case.id)
            .where(visible_clause(office.user))
        )
        if names and identity.date_of_birth:
            for code, given, family, *_ in s.execute(
                base.where(PersonIdentity.date_of_birth == identity.date_of_birth)
            ):
                if normalise_name(f"{given or ''} {family or ''}") == names:
                    found.append(code)
        if alias and band and band != "unknown":
            wanted = set(profile.citizenships)
            for code, _, _, aliases, _, citizenships in s.execute(
                base.where(PersonIdentity.aliases.is_not(None), PersonProfile.age_band == band)
            ):
                if (
                    normalise_name(aliases) == alias
                    and code not in found
                    and (not wanted or wanted & set(citizenships or ()))
                ):
                    found.append(code)
    return found
