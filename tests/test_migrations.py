"""Alembic migrations: empty to head matches the models; older databases upgrade with a copy."""

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import file_hashes
from tipdesk.errors import IntegrityFailure
from tipdesk.models import Base
from tipdesk.services import office as office_service
from tipdesk.store import migrate, search_schema
from tipdesk.store.database import open_engine
from tipdesk.store.keyslots import KeySlotFile, keys_path_for, new_database_key


def _office_at(db_path, revision):
    """An office database whose schema stops at `revision`, with its key slots."""
    key = new_database_key()
    engine = open_engine(db_path, key, create=True)
    migrate.upgrade_to(engine, revision)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO office_settings (id, office_name, country_code, created_at, "
                "idle_lock_minutes, retention_months) VALUES (1, 'Old office', 'MWI', "
                "'2025-01-01 00:00:00', 5, 60)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO users (username, display_name, role, active, must_change_password, "
                "created_at) VALUES (:u, 'Amina', 'administrator', 1, 0, '2025-01-01 00:00:00')"
            ),
            {"u": ADMIN},
        )
    engine.dispose()
    slots = KeySlotFile.new(keys_path_for(db_path))
    slots.set_user_slot(ADMIN, ADMIN_PASSWORD, key)
    slots.save()
    return key


EXPRESSION_INDEXES = "ignore:.*expression-based index"  # compared below, by their SQL


def _indexes(engine) -> dict[str, str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
        return {name: " ".join(sql.replace('"', "").split()) for name, sql in rows}


def test_migrated_and_new_databases_have_the_same_indexes(tmp_path):
    migrated = open_engine(tmp_path / "migrated.tipdesk", new_database_key(), create=True)
    migrate.upgrade_to(migrated, "head")
    new = open_engine(tmp_path / "new.tipdesk", new_database_key(), create=True)
    migrate.create_schema(new)
    assert _indexes(migrated) == _indexes(new)
    assert "(due_on IS NULL), due_on, id DESC" in _indexes(new)["ix_referrals_queue"]
    migrated.dispose()
    new.dispose()


@pytest.mark.filterwarnings(EXPRESSION_INDEXES)
def test_migrations_from_empty_build_exactly_the_models(db_path):
    engine = open_engine(db_path, new_database_key(), create=True)
    migrate.upgrade_to(engine, "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "render_as_batch": True,
                "include_name": lambda name, kind, _parent: (
                    not (kind == "table" and name in search_schema.FTS_SHADOW_TABLES)
                ),
            },
        )
        assert compare_metadata(context, Base.metadata) == []
        assert migrate.current_revision(conn) == migrate.head_revision()
    engine.dispose()


def test_new_database_is_created_and_stamped_at_head(new_office, db_path):
    report = office_service.check_office(db_path, ADMIN, ADMIN_PASSWORD)
    assert report.schema == migrate.head_revision() and report.ok


def test_older_database_is_upgraded_after_an_encrypted_copy(db_path):
    key = _office_at(db_path, "0001")
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        with office.reading() as s:
            assert s.execute(text("SELECT count(*) FROM cases")).scalar() == 0
            assert (
                s.execute(text("SELECT office_name FROM office_settings")).scalar() == "Old office"
            )
    finally:
        office.lock()
    copy = db_path.with_name(f"{db_path.name}.before-{migrate.head_revision()}.bak")
    assert copy.exists()
    assert b"Old office" not in copy.read_bytes()  # the copy is encrypted too
    if os.name == "posix":
        assert copy.stat().st_mode & 0o777 == 0o600  # and readable by its owner only
    old = open_engine(copy, key)
    with old.connect() as conn:
        assert migrate.current_revision(conn) == "0001"
        assert (
            conn.execute(text("SELECT office_name FROM office_settings")).scalar() == "Old office"
        )
    old.dispose()
    assert office_service.check_office(db_path, ADMIN, ADMIN_PASSWORD).ok


def test_check_reports_an_old_schema_without_upgrading_it(db_path):
    _office_at(db_path, "0001")
    before = file_hashes(db_path)
    report = office_service.check_office(db_path, ADMIN, ADMIN_PASSWORD)
    assert not report.ok and report.schema == "0001"
    assert "schema 0001 is not the current" in report.verdict()
    assert file_hashes(db_path) == before


def test_database_from_a_newer_tipdesk_is_refused_untouched(new_office, db_path):
    key = KeySlotFile.load(keys_path_for(db_path)).unlock_user(ADMIN, ADMIN_PASSWORD)[0]
    engine = open_engine(db_path, key)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    before = file_hashes(db_path)
    with pytest.raises(IntegrityFailure, match="newer TIPDesk"):
        office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    assert file_hashes(db_path) == before


def test_new_and_migrated_databases_have_the_same_triggers_and_search_index(tmp_path):
    def objects(engine):
        with engine.connect() as conn:
            return sorted(
                conn.execute(
                    text(
                        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'table') "
                        "AND name LIKE 'case_%'"
                    )
                ).all()
            )

    migrated = open_engine(tmp_path / "a.tipdesk", new_database_key(), create=True)
    migrate.upgrade_to(migrated, "head")
    created = open_engine(tmp_path / "b.tipdesk", new_database_key(), create=True)
    migrate.create_schema(created)
    assert objects(migrated) == objects(created)
    assert ("trigger", "case_search_identity_update") in objects(created)
    migrated.dispose()
    created.dispose()


def test_an_upgrade_keeps_a_copy_left_by_an_interrupted_one(db_path):
    _office_at(db_path, "0001")
    earlier = db_path.with_name(f"{db_path.name}.before-{migrate.head_revision()}.bak")
    earlier.write_bytes(b"left by an upgrade interrupted after its copy")
    office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD).lock()
    assert earlier.read_bytes() == b"left by an upgrade interrupted after its copy"
    assert db_path.with_name(f"{earlier.name.removesuffix('.bak')}.2.bak").exists()
