"""The referral queue model, without widgets: paging, filters, overdue and withdrawn flags."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.conftest import CANARY_NAME
from tests.test_case_registration import adult_man_forced_labour_abroad
from tests.ui.admin_fixtures import table_text
from tipdesk.services import case_file
from tipdesk.services.case_registration import register_case
from tipdesk.services.referral_views import QueueFilter, count_queue
from tipdesk.services.referrals import create_referral, set_status
from tipdesk.ui.referral_table_model import REFERRAL_ID_ROLE, ReferralTableModel

M = ReferralTableModel
REFERRALS = 7


@pytest.fixture
def referrals(admin_office):
    """Seven health referrals of one case: five sent 20 days ago (overdue), two drafts."""
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    ids = [
        create_referral(
            admin_office,
            code,
            sector="health",
            service_ref=None,
            priority=("emergency", "urgent", "normal")[i % 3],
            disclosed_fields=["sex"],
        )
        for i in range(REFERRALS)
    ]
    for rid in ids[:5]:
        set_status(admin_office, rid, "sent", on=date.today() - timedelta(days=20))
    return code, ids


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_pages_until_every_referral_is_loaded(qapp, admin_office, referrals):
    model = ReferralTableModel(admin_office, page_size=3)
    model.set_filter(QueueFilter())
    assert model.total == REFERRALS and model.rowCount() == 3 and model.columnCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == REFERRALS and not model.canFetchMore(QModelIndex())
    ids = [cell(model, row, M.NUMBER, REFERRAL_ID_ROLE) for row in range(model.rowCount())]
    assert sorted(ids) == sorted(referrals[1])  # none missing, none repeated
    assert model.row_of(referrals[1][0]) is not None and model.row_of(9999) is None


def test_cells_show_plain_words_and_overdue_is_highlighted(qapp, admin_office, referrals):
    code, ids = referrals
    model = ReferralTableModel(admin_office)
    model.set_filter(QueueFilter())
    rows = {row[M.NUMBER]: row for row in table_text(model)}
    sent = rows[f"REF-{date.today().year}-{ids[0]:05d}"]
    assert sent[M.CASE] == code and sent[M.SECTOR] == "Health"
    assert sent[M.PROVIDER] == "Not chosen yet"
    assert sent[M.PRIORITY] == "Emergency" and sent[M.STATUS] == "Sent"
    assert sent[M.SENT] == (date.today() - timedelta(days=20)).isoformat()
    assert sent[M.DUE] == (date.today() - timedelta(days=19)).isoformat()
    assert sent[M.OVERDUE] == "Overdue" and sent[M.CONSENT] == ""
    draft = rows[f"REF-{date.today().year}-{ids[6]:05d}"]
    assert (draft[M.STATUS], draft[M.SENT], draft[M.DUE], draft[M.OVERDUE]) == ("Draft", "", "", "")
    row = model.row_of(ids[0])
    assert (
        cell(model, row, M.PRIORITY, Qt.ItemDataRole.ToolTipRole) == "Emergency (within 24 hours)"
    )
    assert cell(model, row, M.DUE, Qt.ItemDataRole.BackgroundRole) is not None
    assert "19 days after the deadline" in cell(model, row, M.OVERDUE, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, model.row_of(ids[6]), M.DUE, Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(M.CONSENT, Qt.Orientation.Horizontal) == "Consent"
    assert CANARY_NAME not in str(table_text(model))  # the queue never names the person


def test_withdrawn_consent_is_flagged_in_red_with_a_reason(qapp, admin_office, referrals):
    code, ids = referrals
    case = case_file.open_case_file(admin_office, code)
    consent = next(c for c in case.consents if c.scope == "referral")
    case_file.withdraw_consent(admin_office, code, consent.id)
    model = ReferralTableModel(admin_office)
    model.set_filter(QueueFilter())
    row = model.row_of(ids[0])
    assert cell(model, row, M.CONSENT) == "Withdrawn"
    assert cell(model, row, M.CONSENT, Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert "withdrew the consent" in cell(model, row, M.CONSENT, Qt.ItemDataRole.ToolTipRole)


def test_filters_reset_and_count_like_the_service(qapp, admin_office, referrals):
    model = ReferralTableModel(admin_office)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_filter(QueueFilter(overdue_only=True))
    assert resets and model.total == 5 == model.rowCount()
    assert {row[M.OVERDUE] for row in table_text(model)} == {"Overdue"}
    model.set_filter(QueueFilter(status="draft"))
    assert model.rowCount() == 2
    model.set_filter(QueueFilter(priority="urgent", overdue_only=True))
    assert (
        model.total
        == count_queue(admin_office, QueueFilter(priority="urgent", overdue_only=True))
        == 2
    )
    model.set_filter(QueueFilter(sector="food"))
    assert model.total == 0 and model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_a_referral_created_while_paging_is_not_shown_twice(qapp, admin_office, referrals):
    code, ids = referrals
    model = ReferralTableModel(admin_office, page_size=4)
    model.set_filter(QueueFilter())
    urgent = create_referral(admin_office, code, sector="health", service_ref=None)
    set_status(admin_office, urgent, "sent", on=date.today() - timedelta(days=30))  # first now
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = [cell(model, row, M.NUMBER, REFERRAL_ID_ROLE) for row in range(model.rowCount())]
    assert len(shown) == len(set(shown))
    assert set(ids) <= set(shown)  # every referral counted when the filter was set is there
