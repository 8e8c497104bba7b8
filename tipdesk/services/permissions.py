"""Who may do what: one table of actions per role, checked by every service function."""

from __future__ import annotations

from tipdesk.errors import PermissionDenied
from tipdesk.models.vocab import ROLES
from tipdesk.services.context import UnlockedOffice

ADMINISTRATOR = "administrator"
OFFICER = "officer"
FOCAL_POINT = "focal-point"

# action -> roles allowed. Case-level rules (assignment, restricted cases) are applied on
# top of these by the case services.
ALLOWED: dict[str, frozenset[str]] = {
    "users.manage": frozenset({ADMINISTRATOR}),
    "settings.change": frozenset({ADMINISTRATOR}),
    "audit.view": frozenset({ADMINISTRATOR}),
    "backup.make": frozenset({ADMINISTRATOR}),
    "cases.purge": frozenset({ADMINISTRATOR}),
    "cases.register": frozenset({ADMINISTRATOR, OFFICER}),
    "cases.view": frozenset({ADMINISTRATOR, OFFICER}),
    "cases.edit": frozenset({ADMINISTRATOR, OFFICER}),
    "cases.import": frozenset({ADMINISTRATOR, OFFICER}),
    "directory.view": frozenset({ADMINISTRATOR, OFFICER, FOCAL_POINT}),
    "directory.edit": frozenset({ADMINISTRATOR}),
    "referrals.create": frozenset({ADMINISTRATOR, OFFICER}),
    "referrals.override_consent": frozenset({ADMINISTRATOR}),
    "referrals.queue": frozenset({ADMINISTRATOR, OFFICER, FOCAL_POINT}),
    "referrals.print": frozenset({ADMINISTRATOR, OFFICER, FOCAL_POINT}),
    "referrals.feedback": frozenset({ADMINISTRATOR, OFFICER, FOCAL_POINT}),
    "reports.anonymised": frozenset({ADMINISTRATOR, OFFICER}),
}

ACTION_DESCRIPTIONS = {
    "users.manage": "manage user accounts",
    "settings.change": "change office settings",
    "audit.view": "view the audit trail",
    "backup.make": "make or restore backups",
    "cases.purge": "purge cases",
    "cases.register": "register cases",
    "cases.view": "open case files",
    "cases.edit": "change cases",
    "cases.import": "import case registers",
    "directory.view": "view the service directory",
    "directory.edit": "change the service directory",
    "referrals.create": "create referrals",
    "referrals.override_consent": "override a missing referral consent",
    "referrals.queue": "see the referral queue",
    "referrals.print": "print referral forms",
    "referrals.feedback": "record referral feedback",
    "reports.anonymised": "produce anonymised reports",
}


def may(role: str, action: str) -> bool:
    """Whether `role` may perform `action` (unknown actions are refused)."""
    return role in ALLOWED.get(action, frozenset())


def require(office: UnlockedOffice, action: str) -> None:
    """Raise PermissionDenied unless the signed-in user's role allows `action`."""
    if not may(office.user.role, action):
        raise PermissionDenied(
            f"Your role ({ROLES.label(office.user.role)}) may not "
            f"{ACTION_DESCRIPTIONS.get(action, action)}. Ask an administrator."
        )
