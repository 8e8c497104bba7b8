"""Hostile text in the office's own records: directory services, user accounts, the office
name at set-up, and drafts (which keep whatever was typed, exactly).
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.resilience.hostile_text import (
    PASSWORD,
    fresh_sign_in,
    hostile_text,
    hypothesis_examples,
    make_office,
    snapshot,
    storable,
)
from tipdesk.errors import BadInput
from tipdesk.models import TEXT_LIMIT
from tipdesk.services import directory, drafts, passwords, users
from tipdesk.services import office as office_service
from tipdesk.services.directory import ServiceRecord
from tipdesk.store.keyslots import normalise_username

UNIQUE = itertools.count()
# Free-text fields of a service and how many characters each holds (phone and e-mail have
# formats of their own and are left to the directory tests).
SERVICE_FIELDS = {
    "organisation": 200,
    "organisation_acronym": 40,
    "organisation_contact": 400,
    "service_type": 200,
    "description": TEXT_LIMIT,
    "admin1": 100,
    "admin2": 100,
    "site": 100,
    "address": 400,
    "focal_point": 200,
    "opening_hours": 200,
    "referral_procedure": TEXT_LIMIT,
}
REQUIRED = {"organisation", "service_type", "admin1"}
NEW_USER_PASSWORD = "kettle orbit 9 lantern"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_office(tmp_path_factory.mktemp("hostile-office"))


@pytest.fixture(scope="module")
def office(db):
    signed_in = office_service.sign_in(db, "amina", PASSWORD)
    yield signed_in
    signed_in.lock()


def service(field: str, text: str) -> ServiceRecord:
    """A valid service, unique by its site (or organisation), with `text` in `field`."""
    n = next(UNIQUE)
    record = ServiceRecord(
        organisation=f"Organisation {n}",
        sector="health",
        service_type="Clinic",
        admin1="Far North",
        site=f"Site {n}",
    )
    setattr(record, field, text)
    return record


@hypothesis_examples(80)
@given(field=st.sampled_from(sorted(SERVICE_FIELDS)), text=hostile_text())
def test_a_directory_service_keeps_text_exactly_or_refuses_it_by_field(db, office, field, text):
    record = service(field, text)
    before = snapshot(office)
    kept = text.strip()
    if storable(kept, SERVICE_FIELDS[field]) and (kept or field not in REQUIRED):
        ref = directory.save_service(office, record)
        with fresh_sign_in(db) as again:
            assert getattr(directory.get_service(again, ref), field) == kept
        return
    with pytest.raises(BadInput) as refused:
        directory.save_service(office, record)
    assert field in str(refused.value)
    assert snapshot(office) == before


def expected_username_problem(username: str) -> bool:
    name = normalise_username(username)
    return (
        not name
        or len(name) > 64
        or any(c.isspace() or not c.isprintable() for c in name)
        or bool(passwords.problems(NEW_USER_PASSWORD, name))
    )


@hypothesis_examples(60)
@given(username=st.one_of(hostile_text(), st.builds(lambda n: f"user{n}", st.integers(0, 10**9))))
def test_a_user_name_is_stored_normalised_or_refused(db, office, username):
    taken = {u.username for u in users.list_users(office)}
    before = snapshot(office)
    if not expected_username_problem(username) and normalise_username(username) not in taken:
        users.add_user(office, username, "New colleague", "officer", NEW_USER_PASSWORD)
        with fresh_sign_in(db) as again:
            names = {u.username for u in users.list_users(again)}
        assert normalise_username(username) in names
        return
    with pytest.raises(BadInput):
        users.add_user(office, username, "New colleague", "officer", NEW_USER_PASSWORD)
    assert snapshot(office) == before


@hypothesis_examples(60)
@given(display_name=hostile_text())
def test_a_display_name_is_stored_exactly_or_refused(db, office, display_name):
    username = f"colleague{next(UNIQUE)}"
    before = snapshot(office)
    kept = display_name.strip()
    if storable(kept, 200):
        users.add_user(office, username, display_name, "officer", NEW_USER_PASSWORD)
        with fresh_sign_in(db) as again:
            [found] = [u for u in users.list_users(again) if u.username == username]
        assert found.display_name == (kept or username)
        return
    with pytest.raises(BadInput, match="The display name"):
        users.add_user(office, username, display_name, "officer", NEW_USER_PASSWORD)
    assert snapshot(office) == before


@hypothesis_examples(25)
@given(name=hostile_text())
def test_the_office_name_at_set_up_is_stored_exactly_or_nothing_is_created(name):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr("tipdesk.store.keyslots.SCRYPT_N", 2**12)
        db = Path(folder) / "office.tipdesk"

        def create():
            office_service.initialise_office(
                db,
                office_name=name,
                country="CMR",
                admin_username="amina",
                admin_display_name="Amina",
                password=PASSWORD,
            )

        kept = name.strip()
        if kept and storable(kept, 200):
            create()
            with fresh_sign_in(db) as again:
                assert again.info.name == kept
            return
        with pytest.raises(BadInput):
            create()
        assert list(Path(folder).iterdir()) == []


@hypothesis_examples(40)
@given(title=hostile_text(), typed=st.dictionaries(hostile_text(), hostile_text(), max_size=4))
def test_a_draft_keeps_whatever_was_typed_and_is_never_refused(db, office, title, typed):
    draft_id = drafts.save_draft(office, "case-wizard", {"typed": typed}, title=title)
    with fresh_sign_in(db) as again:
        assert drafts.load_draft(again, draft_id).payload == {"typed": typed}
    drafts.discard_draft(office, draft_id)


def test_an_organisation_is_found_again_whatever_the_case_of_its_accented_letters(office):
    refs = [
        directory.save_service(office, service("organisation", name))
        for name in ("École Ébène", "ÉCOLE ÉBÈNE", "école ébène")
    ]
    names = {directory.get_service(office, ref).organisation for ref in refs}
    assert names == {"École Ébène"}  # one organisation, as "ECOLE" and "Ecole" would be
