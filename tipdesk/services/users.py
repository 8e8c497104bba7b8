"""User accounts and their key slots: add, list, disable, enable, reset, change, recover."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tipdesk.errors import AuthenticationFailed, BadInput
from tipdesk.i18n import translate
from tipdesk.models import User
from tipdesk.models.vocab import ROLES
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.office import check_display_name, check_username, open_with_keys
from tipdesk.services.passwords import require_acceptable
from tipdesk.services.permissions import require
from tipdesk.store.database import check_database_file
from tipdesk.store.keyslots import KeySlotFile, keys_path_for, normalise_username

ROLE_ALIASES = {"admin": "administrator", "protection-officer": "officer", "focal": "focal-point"}


@dataclass(frozen=True)
class UserSummary:
    """A user account as plain values."""

    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    last_sign_in_at: datetime | None


def _summary(user: User) -> UserSummary:
    return UserSummary(
        user.username,
        user.display_name,
        user.role,
        user.active,
        user.must_change_password,
        user.last_sign_in_at,
    )


def resolve_role(role: str) -> str:
    code = ROLE_ALIASES.get((role or "").strip().lower(), (role or "").strip().lower())
    if code not in ROLES:
        raise BadInput(
            translate("users", "'{role}' is not a role. Use one of: {value}.").format(
                role=role, value=", ".join(ROLES.codes)
            )
        )
    return code


def _slots(office: UnlockedOffice) -> KeySlotFile:
    return KeySlotFile.load(keys_path_for(office.db_path))


def _find(session: Session, username: str) -> User:
    name = normalise_username(username or "")
    user = session.scalars(select(User).where(User.username == name)).first()
    if user is None:
        raise BadInput(
            translate(
                "users", "There is no user '{username}'. 'tipdesk user list' shows the accounts."
            ).format(username=username)
        )
    return user


def list_users(office: UnlockedOffice) -> list[UserSummary]:
    require(office, "users.manage")
    with office.reading() as s:
        return [_summary(u) for u in s.scalars(select(User).order_by(User.username))]


def add_user(
    office: UnlockedOffice, username: str, display_name: str, role: str, password: str
) -> UserSummary:
    """Create an account whose first password must be changed at its first sign-in."""
    require(office, "users.manage")
    name = check_username(username)
    role = resolve_role(role)
    display_name = check_display_name(display_name) or name
    require_acceptable(password, name)
    with office.writing() as s:
        if s.scalars(select(User).where(User.username == name)).first():
            raise BadInput(
                translate("users", "The user name '{name}' is taken. Choose another one.").format(
                    name=name
                )
            )
        user = User(
            username=name,
            display_name=display_name,
            role=role,
            active=True,
            must_change_password=True,
        )
        s.add(user)
        audit.record(s, office.user.username, "user.add", "user", name, ["role"])
        slots = _slots(office)
        slots.set_user_slot(name, password, office.database_key())
        slots.save()  # inside the transaction: a failed save rolls the account back
        return _summary(user)


def set_active(
    office: UnlockedOffice, username: str, active: bool, new_password: str | None = None
) -> UserSummary:
    """Disable an account (its key slot is removed) or enable it again with a new password."""
    require(office, "users.manage")
    with office.writing() as s:
        user = _find(s, username)
        if not active and user.id == office.user.id:
            raise BadInput(
                translate("users", "You cannot disable your own account while signed in with it.")
            )
        slots = _slots(office)
        if active:
            if new_password is None:
                raise BadInput(
                    translate("users", "Enabling an account needs a new password for it.")
                )
            require_acceptable(new_password, user.username)
            slots.set_user_slot(user.username, new_password, office.database_key())
            user.must_change_password = True
        else:
            slots.remove_user_slot(user.username)
        user.active = active
        audit.record(
            s,
            office.user.username,
            "user.enable" if active else "user.disable",
            "user",
            user.username,
            ["active"],
        )
        slots.save()
        return _summary(user)


def reset_password(office: UnlockedOffice, username: str, new_password: str) -> UserSummary:
    """An administrator sets someone's password; they must change it at their next sign-in."""
    require(office, "users.manage")
    with office.writing() as s:
        user = _find(s, username)
        if not user.active:
            raise BadInput(
                translate("users", "'{username}' is disabled: enable the account instead.").format(
                    username=user.username
                )
            )
        require_acceptable(new_password, user.username)
        slots = _slots(office)
        slots.set_user_slot(user.username, new_password, office.database_key())
        user.must_change_password = user.id != office.user.id
        audit.record(s, office.user.username, "user.reset-password", "user", user.username)
        slots.save()
        return _summary(user)


def change_own_password(office: UnlockedOffice, current_password: str, new_password: str) -> None:
    """Anyone changes their own password: one key slot is rewritten."""
    slots = _slots(office)
    slots.unlock_user(office.user.username, current_password)  # proves the current one
    if new_password == current_password:
        raise BadInput(translate("users", "The new password must differ from the current one."))
    require_acceptable(new_password, office.user.username)
    with office.writing() as s:
        s.get(User, office.user.id).must_change_password = False
        audit.record(s, office.user.username, "user.change-password", "user", office.user.username)
        slots.set_user_slot(office.user.username, new_password, office.database_key())
        slots.save()


def recover_with_code(db_path: Path, recovery_code: str, username: str, new_password: str) -> None:
    """With the office's recovery code, set a new password for an active account."""
    db_path = Path(db_path)
    check_database_file(db_path)
    slots = KeySlotFile.load(keys_path_for(db_path))
    keys = slots.unlock_recovery(recovery_code)
    name = normalise_username(username or "")
    office = open_with_keys(db_path, keys, None)
    try:
        with office.writing() as s:
            user = s.scalars(select(User).where(User.username == name)).first()
            if user is None or not user.active:
                raise AuthenticationFailed(
                    translate(
                        "users", "There is no active account '{username}' in this office database."
                    ).format(username=username)
                )
            require_acceptable(new_password, name)
            user.must_change_password = False
            audit.record(s, None, "user.recover-with-code", "user", name)
            slots.set_user_slot(name, new_password, office.database_key())
            slots.save()
    finally:
        office.lock()
