"""Small helpers shared by tests."""

import hashlib
from datetime import date
from pathlib import Path

from tipdesk.models import Case, PersonIdentity, PersonProfile


def file_hashes(*paths: Path) -> dict[str, str | None]:
    """SHA-256 of each file (None when absent), to prove that nothing was changed."""
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths
    }


def store_person(office, given_names: str, family_name: str = "Testperson",
                 code: str = "CMR-2026-0001") -> None:
    """Store a case with an identified person straight through the ORM."""
    with office.writing() as s:
        s.add(Case(
            code=code,
            registration_date=date(2026, 11, 2),
            profile=PersonProfile(sex="male", age_years=34, age_band="30-38"),
            identity=PersonIdentity(given_names=given_names, family_name=family_name,
                                    phone="+237 6 99 00 11 22"),
        ))
