"""Creating an office, signing in, accounts, recovery and the audit chain."""

import pytest
from sqlalchemy import select, text

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import file_hashes
from tipdesk.errors import AuthenticationFailed, BadInput, PermissionDenied
from tipdesk.models import AuditEvent
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.store.database import open_engine
from tipdesk.store.keyslots import KeySlotFile, keys_path_for


def test_initialise_creates_office_and_first_administrator(new_office, db_path):
    assert new_office.office.country_code == "CMR" and new_office.office.country_name == "Cameroon"
    office = office_service.sign_in(db_path, "AMINA", ADMIN_PASSWORD)
    assert office.user.role == "administrator" and office.user.display_name == "Amina Bello"
    assert office.info.name == "Maroua field office"
    office.lock()
    assert not office.is_open


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"office_name": " "}, "office name is required"),
        ({"country": "Narnia"}, "not a country"),
        ({"admin_username": "two words"}, "cannot be a user name"),
        ({"password": "short"}, "at least 10 characters"),
        ({"password": "amina-is-my-password"}, "do not include the user name"),
    ],
)
def test_initialise_refuses_bad_input_and_leaves_no_files(tmp_path, kwargs, message):
    db_path = tmp_path / "x.tipdesk"
    args = (
        dict(
            office_name="Office",
            country="TCD",
            admin_username=ADMIN,
            admin_display_name="A",
            password=ADMIN_PASSWORD,
        )
        | kwargs
    )
    with pytest.raises(BadInput, match=message):
        office_service.initialise_office(db_path, **args)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_initialise_never_overwrites_an_office(new_office, db_path):
    before = file_hashes(db_path, keys_path_for(db_path))
    with pytest.raises(BadInput, match="already exists"):
        office_service.initialise_office(
            db_path,
            office_name="New",
            country="CMR",
            admin_username="x",
            admin_display_name="x",
            password=ADMIN_PASSWORD,
        )
    assert file_hashes(db_path, keys_path_for(db_path)) == before


def test_second_user_signs_in_and_must_change_the_password(admin_office, db_path):
    users.add_user(admin_office, "Fatou", "Fatou Diallo", "officer", "temporary phrase 42")
    fatou = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    assert fatou.user.role == "officer" and fatou.user.must_change_password
    users.change_own_password(fatou, "temporary phrase 42", "her own long phrase")
    fatou.lock()
    with pytest.raises(AuthenticationFailed):
        office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    again = office_service.sign_in(db_path, "fatou", "her own long phrase")
    assert not again.user.must_change_password
    again.lock()
    # The administrator's slot was not touched.
    office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD).lock()


def test_change_password_needs_the_current_one(admin_office):
    with pytest.raises(AuthenticationFailed):
        users.change_own_password(admin_office, "not my password", "whatever long phrase")


def test_disabled_user_loses_their_key_slot(admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    users.set_active(admin_office, "fatou", False)
    assert not KeySlotFile.load(keys_path_for(db_path)).has_user("fatou")
    with pytest.raises(AuthenticationFailed):
        office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    users.set_active(admin_office, "fatou", True, "a fresh temporary 7")
    office_service.sign_in(db_path, "fatou", "a fresh temporary 7").lock()


def test_only_administrators_manage_accounts(admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    for name, password in (("fatou", "temporary phrase 42"), ("kofi", "temporary phrase 43")):
        office = office_service.sign_in(db_path, name, password)
        with pytest.raises(PermissionDenied, match="may not manage user accounts"):
            users.add_user(office, "eve", "Eve", "administrator", "sneaky phrase 1234")
        with pytest.raises(PermissionDenied):
            users.reset_password(office, ADMIN, "sneaky phrase 1234")
        with pytest.raises(PermissionDenied):
            users.list_users(office)
        office.lock()
    assert not KeySlotFile.load(keys_path_for(db_path)).has_user("eve")


def test_recovery_code_sets_a_new_password_for_a_forgotten_one(new_office, db_path):
    users.recover_with_code(
        db_path, new_office.recovery_code.lower(), ADMIN, "remembered at last 2027"
    )
    with pytest.raises(AuthenticationFailed):
        office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    office = office_service.sign_in(db_path, ADMIN, "remembered at last 2027")
    with office.reading() as s:
        actions = s.scalars(select(AuditEvent.action)).all()
    office.lock()
    assert "user.recover-with-code" in actions


def test_wrong_recovery_code_changes_nothing(new_office, db_path):
    before = file_hashes(db_path, keys_path_for(db_path))
    with pytest.raises(AuthenticationFailed, match="recovery code"):
        users.recover_with_code(
            db_path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", ADMIN, "remembered at last 2027"
        )
    assert file_hashes(db_path, keys_path_for(db_path)) == before


def test_sign_in_and_account_changes_are_audited_without_secrets(admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    with admin_office.reading() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == ["office.initialise", "session.sign-in", "user.add"]
    assert events[-1].username == ADMIN and events[-1].record_ref == "fatou"
    with admin_office.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        dump = repr([conn.execute(text(f'SELECT * FROM "{t}"')).all() for t in list(tables)])
    assert "fatou" in dump and "temporary phrase 42" not in dump


@pytest.mark.parametrize(
    "tamper, first_bad",
    [
        ("UPDATE audit_events SET record_ref = 'someone-else' WHERE id = 2", 2),
        ("DELETE FROM audit_events WHERE id = 2", 3),
        ("UPDATE audit_events SET id = CASE id WHEN 2 THEN 3 ELSE 2 END WHERE id IN (2, 3)", 2),
    ],
)
def test_check_names_the_first_tampered_audit_event(admin_office, db_path, tamper, first_bad):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    key = admin_office.database_key()
    admin_office.lock()
    engine = open_engine(db_path, key)
    with engine.begin() as conn:
        if "CASE" in tamper:  # swap two events through a temporary id
            conn.execute(text("UPDATE audit_events SET id = 1000 WHERE id = 2"))
            conn.execute(text("UPDATE audit_events SET id = 2 WHERE id = 3"))
            conn.execute(text("UPDATE audit_events SET id = 3 WHERE id = 1000"))
        else:
            conn.execute(text(tamper))
    engine.dispose()
    report = office_service.check_office(db_path, ADMIN, ADMIN_PASSWORD)
    assert not report.ok
    assert f"audit trail is broken at event {first_bad}" in report.verdict()
