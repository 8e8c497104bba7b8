"""The directory's Qt item models without widgets: paging, stale marking, the gap grid."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from tests.test_directory import SAMPLE, shelter
from tipdesk.services import directory
from tipdesk.services.directory import DirectoryFilter
from tipdesk.services.directory_io import import_directory
from tipdesk.services.gaps import directory_gaps
from tipdesk.ui.gap_table_model import KINDS_ROLE, GapTableModel
from tipdesk.ui.service_table_model import REF_ROLE, SORT_ROLE, ServiceTableModel

TODAY = date(2026, 11, 28)  # the sample has 9 services last verified 2025-09-01
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def sample(qapp, admin_office):
    import_directory(admin_office, SAMPLE)
    return admin_office


def cell(model, row, column, role=DISPLAY):
    return model.index(row, column).data(role)


def test_pages_of_services_are_fetched_as_the_view_scrolls(sample):
    assert ServiceTableModel.PAGE_SIZE == 200
    model = ServiceTableModel(sample, page_size=20, today=TODAY)
    model.set_filter(DirectoryFilter())
    assert model.total == 48
    assert model.rowCount() == 20 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 40
    model.fetchMore()
    assert model.rowCount() == 48 and not model.canFetchMore()
    refs = [cell(model, row, 0, REF_ROLE) for row in range(48)]
    assert len(set(refs)) == 48  # no page repeats a service
    assert model.columnCount() == 10


def test_columns_show_the_service_in_plain_words(sample):
    model = ServiceTableModel(sample, today=TODAY)
    model.set_filter(DirectoryFilter(search="SVC-SAMPLE01"))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Organisation",
        "Sector",
        "Service",
        "Region",
        "District",
        "Site",
        "Phone",
        "Trafficking cases",
        "Last verified",
        "Status",
    ]
    assert [cell(model, 0, c) for c in range(10)] == [
        "Fictional Hope Shelter Network (FHSN)",
        "Protection (general, legal aid, documentation)",
        "Legal aid and documentation",
        "Far North",
        "Diamaré",
        "Maroua",
        "+000 555 101 201",
        "Yes",
        "2026-10-01",
        "Active",
    ]
    assert cell(model, 0, ServiceTableModel.LAST_VERIFIED, SORT_ROLE) == "2026-10-01"


def test_stale_services_are_highlighted_with_the_date_in_a_tooltip(sample):
    model = ServiceTableModel(sample, today=TODAY)
    model.set_filter(DirectoryFilter())
    stale_rows = [row for row in range(model.rowCount()) if model.is_stale(row)]
    assert len(stale_rows) == 9
    for row in range(model.rowCount()):
        background = cell(model, row, ServiceTableModel.PHONE, Qt.ItemDataRole.BackgroundRole)
        tooltip = cell(model, row, ServiceTableModel.PHONE, Qt.ItemDataRole.ToolTipRole)
        if row in stale_rows:
            assert isinstance(background, QBrush)
            assert tooltip.startswith("Not verified since 2025-09-01")
            assert cell(model, row, ServiceTableModel.STATUS) == "Check again"
        else:
            assert background is None and tooltip is None
            assert cell(model, row, ServiceTableModel.STATUS) == "Active"
    # Half a year later, every service of the sample is stale.
    later = ServiceTableModel(sample, today=date(2027, 6, 1))
    later.set_filter(DirectoryFilter())
    assert all(later.is_stale(row) for row in range(later.rowCount()))


def test_inactive_services_are_greyed_and_never_verified_ones_say_so(sample):
    ref = directory.save_service(
        sample, shelter(organisation="Unverified Shelter", last_verified_on=None)
    )
    directory.set_active(sample, "SVC-SAMPLE01", False)
    model = ServiceTableModel(sample, today=TODAY)
    model.set_filter(DirectoryFilter(include_inactive=True))
    inactive = model.row_of("SVC-SAMPLE01")
    assert cell(model, inactive, ServiceTableModel.STATUS) == "Inactive"
    assert isinstance(cell(model, inactive, 0, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert "not offered for new referrals" in cell(model, inactive, 5, Qt.ItemDataRole.ToolTipRole)
    never = model.row_of(ref)
    assert cell(model, never, ServiceTableModel.LAST_VERIFIED) == "Never"
    assert cell(model, never, 0, Qt.ItemDataRole.ToolTipRole).endswith(
        "Never verified: call the service to check that it still runs."
    )
    assert cell(model, never, 0, Qt.ItemDataRole.ForegroundRole) is None
    model.set_filter(DirectoryFilter())
    assert model.row_of("SVC-SAMPLE01") is None and model.total == 48


def test_gap_grid_of_a_known_small_directory(qapp, admin_office):
    directory.save_service(admin_office, shelter())  # women only, takes trafficking cases
    directory.save_service(
        admin_office,
        shelter(
            organisation="Fictional Clinic",
            sector="health",
            sexes=[],
            accepts_trafficking_cases=False,
            age_groups=["adults"],
            admin1="North",
        ),
    )
    model = GapTableModel()
    model.set_gaps(directory_gaps(admin_office), directory.regions(admin_office))
    assert (model.rowCount(), model.columnCount()) == (12, 2)
    assert model.regions == ["Far North", "North"]
    shelter_row = [model.sector_at(r) for r in range(12)].index("shelter-nfi")
    health_row = [model.sector_at(r) for r in range(12)].index("health")
    assert cell(model, shelter_row, 0) == "No service for men"
    assert cell(model, health_row, 1) == (
        "No service accepts trafficking cases\nNo service for older people"
    )
    assert cell(model, health_row, 0, KINDS_ROLE) == (
        "no-trafficking",
        "no-men",
        "no-older-people",
        "no-non-nationals",
    )
    assert model.headerData(health_row, Qt.Orientation.Vertical) == "Health"
    assert model.gap_count() == 24
    directory.save_service(admin_office, shelter(organisation="Open Door", sexes=[]))
    model.set_gaps(directory_gaps(admin_office), directory.regions(admin_office))
    assert cell(model, shelter_row, 0) == "Nothing missing"
    assert model.gap_count() == 23
