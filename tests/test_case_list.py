"""The case list service: visibility by role, filters, search by names, sorting, paging."""

from datetime import date

import pytest
from sqlalchemy import update

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.errors import PermissionDenied
from tipdesk.models import Case
from tipdesk.services import office as office_service
from tipdesk.services import users
from tipdesk.services.case_list import CaseFilter, count_cases, list_cases
from tipdesk.services.case_registration import register_case


def _register(office, given, *, sex="male", outcome_means=True, restricted=False):
    reg = adult_man_forced_labour_abroad()
    reg.identity.given_names = given
    reg.profile.sex = sex
    if not outcome_means:
        reg.screening.means = []
    if restricted:
        reg.sensitivity = "restricted"
    return register_case(office, reg)


def test_list_filters_searches_sorts_and_pages(admin_office):
    codes = [
        _register(admin_office, name, outcome_means=i % 2 == 0)
        for i, name in enumerate(["Abena", "Bintou", "Chidi", "Dawit", "Esi"])
    ]
    assert count_cases(admin_office) == 5
    page = list_cases(admin_office, sort="code", descending=False, limit=2, offset=2)
    assert [r.code for r in page] == codes[2:4]
    assert page[0].name == "Chidi Essomba" and page[0].forms_of_exploitation == ("forced-labour",)
    presumed = CaseFilter(outcome="presumed-victim")
    assert count_cases(admin_office, presumed) == 3
    assert [r.name for r in list_cases(admin_office, CaseFilter(search="daw"))] == ["Dawit Essomba"]
    assert [r.code for r in list_cases(admin_office, CaseFilter(search=codes[4]))] == [codes[4]]
    assert count_cases(admin_office, CaseFilter(search="100%")) == 0
    with admin_office.writing() as s:
        s.execute(
            update(Case).where(Case.code == codes[1]).values(next_follow_up_on=date(2026, 11, 1))
        )
    overdue = list_cases(admin_office, CaseFilter(overdue_only=True), today=date(2026, 11, 28))
    assert [r.code for r in overdue] == [codes[1]]


def test_restricted_cases_and_names_by_role(admin_office, db_path):
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    _register(admin_office, "Open")
    _register(admin_office, "Hidden", restricted=True)  # assigned to the administrator
    fatou = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    rows = list_cases(fatou)
    assert [r.name for r in rows] == ["Open Essomba"]
    assert count_cases(fatou, CaseFilter(search="Hidden")) == 0
    fatou.lock()
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    with pytest.raises(PermissionDenied, match="may not open case files"):
        list_cases(kofi)
    kofi.lock()


@pytest.mark.parametrize("sort", ["registration_date", "code", "status", "sex", "age_band"])
def test_paging_after_the_last_row_gives_the_same_list_as_offsets(admin_office, sort):
    from tipdesk.services.demo import generate_cases

    list(generate_cases(admin_office, 700, seed=3, today=date(2026, 11, 28), workers=0))
    for descending in (True, False):
        for where in (CaseFilter(), CaseFilter(status="active")):
            total = count_cases(admin_office, where)

            def page(where=where, descending=descending, **kw):
                return list_cases(admin_office, where, sort=sort, descending=descending, **kw)

            by_offset = [
                r.id for start in range(0, total, 64) for r in page(offset=start, limit=64)
            ]
            by_seek, last = [], None
            while True:
                rows = page(after=last, limit=64)
                if not rows:
                    break
                by_seek += [r.id for r in rows]
                last = rows[-1]
            assert by_seek == by_offset and len(set(by_seek)) == total
