"""The sign-in task warms the case list up: it reads as the window will, shows and audits
nothing, and never turns a good password away."""

import logging

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.case_fixtures import events, register
from tipdesk.services import case_list
from tipdesk.ui import warm_up


def test_sign_in_and_warm_up_signs_in_and_audits_no_case_view(db_path, admin_office):
    code = register(admin_office)
    office = warm_up.sign_in_and_warm_up(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        assert office.is_open and office.user.username == ADMIN
        assert case_list.count_cases(office) == 1
    finally:
        office.lock()
    assert events(admin_office, "case.view", code) == []  # the case was read, not shown
    assert len(events(admin_office, "session.sign-in")) == 2


def test_a_failing_warm_up_still_signs_in_and_logs_no_data(
    db_path, admin_office, monkeypatch, caplog
):
    register(admin_office)

    def broken(*_args, **_kwargs):
        raise RuntimeError("Zebulon was here")

    monkeypatch.setattr(warm_up, "list_cases", broken)
    with caplog.at_level(logging.WARNING):
        office = warm_up.sign_in_and_warm_up(db_path, ADMIN, ADMIN_PASSWORD)
    office.lock()
    assert "RuntimeError" in caplog.text
    assert "Zebulon" not in caplog.text
