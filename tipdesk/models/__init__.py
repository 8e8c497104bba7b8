"""SQLAlchemy models, one module per aggregate; importing this package registers them all."""

from tipdesk.models.audit import AuditEvent
from tipdesk.models.base import Base, utcnow
from tipdesk.models.case import Case, CaseNote, FollowUpAction, Participation
from tipdesk.models.consent import Consent
from tipdesk.models.directory import Organisation, Service
from tipdesk.models.draft import Draft
from tipdesk.models.need import Need
from tipdesk.models.office import CaseCodeCounter, OfficeSettings
from tipdesk.models.person import PersonIdentity, PersonProfile
from tipdesk.models.referral import Referral, ReferralEvent
from tipdesk.models.safety import SafetyAssessment
from tipdesk.models.screening import Screening
from tipdesk.models.text import TEXT_LIMIT  # also guards every text column on save
from tipdesk.models.user import User

__all__ = [
    "AuditEvent",
    "Base",
    "Case",
    "CaseCodeCounter",
    "CaseNote",
    "Consent",
    "Draft",
    "FollowUpAction",
    "Need",
    "OfficeSettings",
    "Organisation",
    "Participation",
    "PersonIdentity",
    "PersonProfile",
    "Referral",
    "ReferralEvent",
    "SafetyAssessment",
    "Screening",
    "Service",
    "TEXT_LIMIT",
    "User",
    "utcnow",
]
