"""The referral queue reads its pages from an index in its order, whole or by status: no
sort of every referral for each page (57,000 at 100,000 cases), and a count without joins."""

import pytest
from sqlalchemy import event

from tipdesk.services.referral_views import QueueFilter, count_queue, list_queue


def plans(office, call):
    """What SQLite plans for each statement `call` sends (EXPLAIN QUERY PLAN details)."""
    sent = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    event.listen(office.engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        event.remove(office.engine, "before_cursor_execute", capture)
    found = []
    with office.engine.connect() as conn:
        for statement, parameters in sent:
            if statement.lstrip().upper().startswith("SELECT"):
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                found.append([row[3] for row in rows])
    return found


@pytest.mark.parametrize("where", [QueueFilter(), QueueFilter(status="sent")])
def test_a_queue_page_is_read_in_index_order(admin_office, where):
    (plan,) = plans(admin_office, lambda: list_queue(admin_office, where, limit=200))
    assert any("INDEX ix_referrals_" in step and "queue" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def test_the_queue_is_counted_from_the_referrals_alone(admin_office):
    (plan,) = plans(admin_office, lambda: count_queue(admin_office, QueueFilter(status="sent")))
    assert all("cases" not in step and "services" not in step for step in plan), plan
