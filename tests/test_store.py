"""The encrypted store: SQLCipher only, no plaintext on disk, clear refusals of bad files."""

import sqlite3

import pytest
from sqlalchemy import text

from tests.conftest import ADMIN, ADMIN_PASSWORD, CANARY_NAME
from tests.helpers import file_hashes, store_person
from tipdesk.errors import AuthenticationFailed, BadInput, IntegrityFailure
from tipdesk.services import office as office_service
from tipdesk.store.database import SQLITE_HEADER, open_engine
from tipdesk.store.keyslots import KeySlotFile, keys_path_for


def _disk_files(db_path):
    names = [
        db_path.name,
        db_path.name + "-wal",
        db_path.name + "-shm",
        db_path.name + "-journal",
        db_path.name + ".keys",
    ]
    return [db_path.with_name(n) for n in names if db_path.with_name(n).exists()]


def test_no_plaintext_of_a_stored_name_while_the_database_is_open(admin_office, db_path):
    store_person(admin_office, CANARY_NAME)
    with admin_office.reading() as s:  # connection still open, WAL not yet checkpointed
        assert s.execute(text("SELECT given_names FROM person_identities")).scalar() == CANARY_NAME
        files = _disk_files(db_path)
        assert db_path.with_name(db_path.name + "-wal") in files
        for path in files:
            raw = path.read_bytes()
            for needle in (CANARY_NAME, "Quixotefeather", "+237 6 99 00 11 22"):
                assert needle.encode("utf-8") not in raw, path
                assert needle.encode("utf-16-le") not in raw, path
                assert needle.encode("utf-16-be") not in raw, path
    assert not db_path.read_bytes().startswith(SQLITE_HEADER)


def test_plain_sqlite_cannot_read_the_file(admin_office, db_path):
    store_person(admin_office, CANARY_NAME)
    plain = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    plain.close()


def test_connections_are_configured_for_privacy_and_durability(admin_office):
    with admin_office.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw.execute("PRAGMA cipher_version").fetchone()[0]
        assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_wrong_key_is_refused_without_the_key_in_the_message(new_office, db_path):
    wrong = bytes(range(32))
    before = file_hashes(db_path, keys_path_for(db_path))
    with pytest.raises(IntegrityFailure) as caught:
        open_engine(db_path, wrong)
    assert "cannot be decrypted" in str(caught.value)
    assert wrong.hex() not in str(caught.value) and wrong.hex() not in repr(caught.value)
    assert file_hashes(db_path, keys_path_for(db_path)) == before


BAD_FILES = {
    "wrong password": None,
    "missing database": "missing-db",
    "not a TIPDesk database": "text",
    "plain SQLite": "sqlite",
    "truncated database": "truncate",
    "damaged first page": "first-page",
    "missing key file": "missing-keys",
    "damaged key file": "bad-keys",
}


def _spoil(kind, db_path):
    keys = keys_path_for(db_path)
    if kind == "missing-db":
        db_path.unlink()
    elif kind == "text":
        db_path.write_text("Minutes of the protection cluster meeting\n" * 200)
    elif kind == "sqlite":
        db_path.unlink()
        plain = sqlite3.connect(db_path)
        plain.execute("CREATE TABLE t(x)")
        plain.commit()
        plain.close()
    elif kind == "truncate":
        data = db_path.read_bytes()
        db_path.write_bytes(data[: len(data) // 2])
    elif kind == "first-page":
        data = bytearray(db_path.read_bytes())
        data[100:140] = b"\x00" * 40
        db_path.write_bytes(bytes(data))
    elif kind == "missing-keys":
        keys.unlink()
    elif kind == "bad-keys":
        keys.write_bytes(keys.read_bytes()[:-40])


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_input_gets_a_clear_error_and_changes_nothing(case, new_office, db_path):
    kind = BAD_FILES[case]
    _spoil(kind, db_path)
    password = "not the password" if kind is None else ADMIN_PASSWORD
    keys = keys_path_for(db_path)
    before = file_hashes(db_path, keys)
    expected = {
        None: (AuthenticationFailed, "Wrong user name or password"),
        "missing-db": (BadInput, "There is no database"),
        "text": (IntegrityFailure, "cannot be decrypted"),
        "sqlite": (BadInput, "unencrypted SQLite file"),
        "truncate": (IntegrityFailure, "truncated"),
        "first-page": (IntegrityFailure, "damaged, or it is not the database"),
        "missing-keys": (BadInput, "key file .* is missing"),
        "bad-keys": (IntegrityFailure, "key file .* is damaged"),
    }[kind]
    for attempt in (office_service.sign_in, office_service.check_office):
        with pytest.raises(expected[0], match=expected[1]) as caught:
            attempt(db_path, ADMIN, password)
        message = str(caught.value)
        assert "reset" not in message.lower() and "delete" not in message.lower()
    assert file_hashes(db_path, keys) == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_key_file_of_another_office_does_not_open_this_database(tmp_path, new_office, db_path):
    other = tmp_path / "other.tipdesk"
    office_service.initialise_office(
        other,
        office_name="Other",
        country="LBR",
        admin_username=ADMIN,
        admin_display_name="A",
        password=ADMIN_PASSWORD,
    )
    keys_path_for(db_path).write_bytes(keys_path_for(other).read_bytes())
    with pytest.raises(IntegrityFailure, match="not the database this key file belongs to"):
        office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)


def test_new_database_and_key_file_are_private_to_the_user(new_office, db_path):
    assert db_path.stat().st_mode & 0o077 == 0
    assert keys_path_for(db_path).stat().st_mode & 0o077 == 0
    assert KeySlotFile.load(keys_path_for(db_path)).user_slot_count() == 1
