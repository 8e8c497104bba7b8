"""What the new-referral dialog may offer for one case: sectors, consents, disclosable fields.

Loaded on a worker thread; the rules are the referral service's own (`sector_consent`,
`allowed_fields`), so the dialog offers exactly what `create_referral` will accept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from tipdesk.models import Case
from tipdesk.services.case_file import open_case_file
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.directory import DirectoryFilter, ServiceRecord, list_services
from tipdesk.services.permissions import require
from tipdesk.services.referrals import (
    NON_IDENTIFYING,
    OPEN_STATUSES,
    allowed_fields,
    may_override,
    referral_number,
    sector_consent,
)

MAX_SERVICES = 500  # per sector; a field office's directory holds far fewer


@dataclass
class ReferralOptions:
    """One case as the dialog needs it; the case rows stay here, never in a widget."""

    case_code: str
    anonymous: bool
    needs: dict[str, str]  # sector -> need status (vocab.NEED_STATUS)
    consented: frozenset[str]  # sectors with a referral consent in force
    open_referrals: dict[str, list[tuple[str, str]]]  # sector -> [(number, status)]
    may_override: bool
    _case: Case = field(repr=False)

    def declined(self, sector: str) -> bool:
        return self.needs.get(sector) == "declines"

    def has_consent(self, sector: str) -> bool:
        return sector in self.consented and not self.anonymous

    def allowed(
        self, sector: str, service: ServiceRecord | None, *, override: bool = False
    ) -> list[str]:
        """The fields a referral to `service` in `sector` may carry (create_referral's rule)."""
        if self.has_consent(sector):
            return allowed_fields(self._case, sector, _as_service(service))
        return list(NON_IDENTIFYING) if override and self.may_override else []


def _as_service(record: ServiceRecord | None) -> SimpleNamespace | None:
    """What `allowed_fields` reads of a service: its organisation's name and acronym."""
    if record is None:
        return None
    return SimpleNamespace(
        organisation=SimpleNamespace(
            name=record.organisation, acronym=record.organisation_acronym or None
        )
    )


def load_options(office: UnlockedOffice, case_code: str) -> ReferralOptions:
    """Read the case for the dialog (worker thread); the case view is audited."""
    require(office, "referrals.create")
    case = open_case_file(office, case_code)
    sectors = {c.sector for c in case.consents if c.sector}
    open_referrals: dict[str, list[tuple[str, str]]] = {}
    for referral in case.referrals:
        if referral.status in OPEN_STATUSES:
            open_referrals.setdefault(referral.sector, []).append(
                (referral_number(referral.id, referral.created_at.year), referral.status)
            )
    return ReferralOptions(
        case_code=case.code,
        anonymous=case.anonymous_contact,
        needs={n.sector: n.status for n in case.needs},
        consented=frozenset(s for s in sectors if sector_consent(case, s) is not None),
        open_referrals=open_referrals,
        may_override=may_override(office),
        _case=case,
    )


def sector_services(office: UnlockedOffice, sector: str) -> list[ServiceRecord]:
    """Active services of `sector`, those that accept trafficking cases first."""
    found = list_services(office, DirectoryFilter(sector=sector), limit=MAX_SERVICES)
    return sorted(
        found,
        key=lambda s: (
            not s.accepts_trafficking_cases,
            s.organisation.casefold(),
            s.site.casefold(),
        ),
    )
