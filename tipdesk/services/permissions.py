"""Who may do what: one table of actions per role, checked by every service function."""

from __future__ import annotations

from tipdesk.errors import PermissionDenied
from tipdesk.i18n import QT_TRANSLATE_NOOP, translate
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
    "users.manage": QT_TRANSLATE_NOOP("permissions", "manage user accounts"),
    "settings.change": QT_TRANSLATE_NOOP("permissions", "change office settings"),
    "audit.view": QT_TRANSLATE_NOOP("permissions", "view the audit trail"),
    "backup.make": QT_TRANSLATE_NOOP("permissions", "make or restore backups"),
    "cases.purge": QT_TRANSLATE_NOOP("permissions", "purge cases"),
    "cases.register": QT_TRANSLATE_NOOP("permissions", "register cases"),
    "cases.view": QT_TRANSLATE_NOOP("permissions", "open case files"),
    "cases.edit": QT_TRANSLATE_NOOP("permissions", "change cases"),
    "cases.import": QT_TRANSLATE_NOOP("permissions", "import case registers"),
    "directory.view": QT_TRANSLATE_NOOP("permissions", "view the service directory"),
    "directory.edit": QT_TRANSLATE_NOOP("permissions", "change the service directory"),
    "referrals.create": QT_TRANSLATE_NOOP("permissions", "create referrals"),
    "referrals.override_consent": QT_TRANSLATE_NOOP(
        "permissions", "override a missing referral consent"
    ),
    "referrals.queue": QT_TRANSLATE_NOOP("permissions", "see the referral queue"),
    "referrals.print": QT_TRANSLATE_NOOP("permissions", "print referral forms"),
    "referrals.feedback": QT_TRANSLATE_NOOP("permissions", "record referral feedback"),
    "reports.anonymised": QT_TRANSLATE_NOOP("permissions", "produce anonymised reports"),
}


def may(role: str, action: str) -> bool:
    """Whether `role` may perform `action` (unknown actions are refused)."""
    return role in ALLOWED.get(action, frozenset())


def require(office: UnlockedOffice, action: str) -> None:
    """Raise PermissionDenied unless the signed-in user's role allows `action`."""
    if not may(office.user.role, action):
        raise PermissionDenied(
            translate(
                "permissions", "Your role ({role}) may not {action}. Ask an administrator."
            ).format(
                role=translate("vocab", ROLES.label(office.user.role)),
                action=translate("permissions", ACTION_DESCRIPTIONS.get(action, action)),
            )
        )
