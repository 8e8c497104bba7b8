"""Who may do what, checked in the service layer: every role against every service action."""

import pytest

from tests.conftest import ADMIN
from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.errors import PermissionDenied
from tipdesk.paths import resource_path
from tipdesk.services import (
    audit_log,
    backup,
    case_file,
    case_import,
    case_list,
    directory,
    directory_io,
    retention,
    settings,
    statistics,
    users,
)
from tipdesk.services import office as office_service
from tipdesk.services.anonymised_export import run_export
from tipdesk.services.case_registration import register_case
from tipdesk.services.referral_views import list_queue, referral_view
from tipdesk.services.referrals import create_referral, set_status

PASSWORDS = {"officer": "officer phrase 4242", "focal-point": "focal phrase 4343"}

# action -> (roles allowed, call). Each call gets (office, world, tmp_path).
MATRIX = {
    "list users": ({"administrator"}, lambda o, w, t: users.list_users(o)),
    "add user": (
        {"administrator"},
        lambda o, w, t: users.add_user(
            o, f"new-{o.user.username}", "N", "officer", "another phrase 77"
        ),
    ),
    "reset a password": (
        {"administrator"},
        lambda o, w, t: users.reset_password(o, "fatou", "fresh phrase 5555"),
    ),
    "view audit trail": ({"administrator"}, lambda o, w, t: audit_log.list_events(o)),
    "change settings": (
        {"administrator"},
        lambda o, w, t: settings.update_settings(o, idle_lock_minutes=7),
    ),
    "make a backup": (
        {"administrator"},
        lambda o, w, t: backup.make_backup(o, t / f"{o.user.username}.bak"),
    ),
    "list purge candidates": ({"administrator"}, lambda o, w, t: retention.purge_candidates(o)),
    "register a case": (
        {"administrator", "officer"},
        lambda o, w, t: register_case(o, adult_man_forced_labour_abroad()),
    ),
    "list cases": ({"administrator", "officer"}, lambda o, w, t: case_list.list_cases(o)),
    "open a case file": (
        {"administrator", "officer"},
        lambda o, w, t: case_file.open_case_file(o, w["unassigned"]),
    ),
    "add a note": (
        {"administrator", "officer"},
        lambda o, w, t: case_file.add_note(o, w["unassigned"], "A note"),
    ),
    "import a case register": (
        {"administrator", "officer"},
        lambda o, w, t: (
            case_import.write_template(t / "c.csv"),
            case_import.import_register(o, t / "c.csv", allow_duplicates=True),
        ),
    ),
    "view the directory": (
        {"administrator", "officer", "focal-point"},
        lambda o, w, t: directory.list_services(o),
    ),
    "change the directory": (
        {"administrator"},
        lambda o, w, t: directory.mark_verified(o, w["service"]),
    ),
    "import a directory": (
        {"administrator"},
        lambda o, w, t: directory_io.import_directory(o, resource_path("sample_directory.csv")),
    ),
    "create a referral": (
        {"administrator", "officer"},
        lambda o, w, t: create_referral(o, w["unassigned"], sector="health", service_ref=None),
    ),
    "see the referral queue": (
        {"administrator", "officer", "focal-point"},
        lambda o, w, t: list_queue(o),
    ),
    "print a referral form": (
        {"administrator", "officer", "focal-point"},
        lambda o, w, t: referral_view(o, w["referral"], printing=True),
    ),
    "record referral feedback": (
        {"administrator", "officer", "focal-point"},
        lambda o, w, t: set_status(o, w["referral"], "cancelled"),
    ),
    "anonymised summary": (
        {"administrator", "officer"},
        lambda o, w, t: statistics.build_summary(o),
    ),
    "anonymised export": (
        {"administrator", "officer"},
        lambda o, w, t: run_export(o, t / f"{o.user.username}.csv"),
    ),
}


@pytest.fixture
def world(admin_office):
    users.add_user(admin_office, "fatou", "Fatou", "officer", PASSWORDS["officer"])
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", PASSWORDS["focal-point"])
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    case_file.update_case(admin_office, code, case={"assigned_officer_id": None})
    directory_io.import_directory(admin_office, resource_path("sample_directory.csv"))
    service = directory.list_services(admin_office, limit=1)[0].ref
    referral = create_referral(admin_office, code, sector="health", service_ref=None)
    return {"unassigned": code, "service": service, "referral": referral}


def _sign_in(db_path, role):
    if role == "administrator":
        from tests.conftest import ADMIN_PASSWORD

        return office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    name = "fatou" if role == "officer" else "kofi"
    office = office_service.sign_in(db_path, name, PASSWORDS[role])
    return office


@pytest.mark.parametrize("role", ["administrator", "officer", "focal-point"])
@pytest.mark.parametrize("action", list(MATRIX))
def test_role_action_matrix(world, db_path, tmp_path, role, action):
    allowed, call = MATRIX[action]
    office = _sign_in(db_path, role)
    try:
        if role in allowed:
            call(office, world, tmp_path)
        else:
            with pytest.raises(PermissionDenied):
                call(office, world, tmp_path)
    finally:
        office.lock()
