"""The officers a case list can be filtered by: any case-viewing role may list them."""

from sqlalchemy import select, update

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.models import Case, User
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.services.case_list import list_officers
from tipdesk.services.case_registration import register_case


def test_officers_are_listed_by_name_for_officers_too(admin_office, db_path):
    users.add_user(admin_office, "zara", "Zara Officer", "officer", "temporary phrase 42")
    users.add_user(admin_office, "bola", "Bola Officer", "officer", "temporary phrase 43")
    users.add_user(admin_office, "kofi", "Kofi Focal", "focal-point", "temporary phrase 44")
    users.add_user(admin_office, "gone", "Gone Officer", "officer", "temporary phrase 45")
    users.add_user(admin_office, "left", "Left Officer", "officer", "temporary phrase 46")
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    with admin_office.writing() as s:
        left_id = s.scalar(select(User.id).where(User.username == "left"))
        s.execute(update(Case).where(Case.code == code).values(assigned_officer_id=left_id))
    users.set_active(admin_office, "gone", False)
    users.set_active(admin_office, "left", False)  # still holds a case: still listed
    zara = office_service.sign_in(db_path, "zara", "temporary phrase 42")
    try:
        found = [(o.display_name, o.active) for o in list_officers(zara)]
    finally:
        zara.lock()
    assert found == [
        ("Amina Bello", True),
        ("Bola Officer", True),
        ("Left Officer", False),
        ("Zara Officer", True),
    ]
