"""The Administration section in the main window: who sees it, and changing the database key."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tipdesk.errors import TipdeskError
from tipdesk.services import audit_log, users
from tipdesk.services import office as office_service
from tipdesk.store.database import open_engine
from tipdesk.ui.admin import AdministrationPage
from tipdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, runner, settings):
    main = MainWindow(runner, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    if main.office is not None:
        main.lock()


def test_administrators_see_the_administration_section(window, admin_office):
    window.open_office(admin_office)
    assert window.section_keys()[-1] == "administration"
    assert window.show_section("administration")
    page = window.page("administration")
    assert isinstance(page, AdministrationPage)
    assert [page.tabText(i).replace("&", "") for i in range(page.count())] == [
        "Users",
        "Audit trail",
        "Office",
    ]


@pytest.mark.parametrize("role", ["officer", "focal-point"])
def test_other_roles_have_no_administration_section(window, admin_office, db_path, role):
    users.add_user(admin_office, "fatou", "Fatou Ndiaye", role, "temporary phrase 42")
    office = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    window.open_office(office)
    assert "administration" not in window.section_keys()
    assert not window.show_section("administration")
    assert window.page("administration") is None


def test_changing_the_key_locks_the_window_and_the_old_key_opens_nothing(
    qtbot, window, admin_office, db_path, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    old_key = admin_office.database_key()
    window.open_office(admin_office)
    window.show_section("administration")
    box = window.page("administration").office_tab.key_box
    with qtbot.waitSignal(window.locked, timeout=30000):
        qtbot.mouseClick(box.rotate_button, Qt.MouseButton.LeftButton)
    assert "after a member of staff leaves" in asked[0]
    assert "Backups made before today still open with the old key" in asked[0]
    assert window.office is None and not admin_office.is_open
    notices = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.text() for b in notices] == ["The database key was changed; sign in again."]

    with pytest.raises(TipdeskError):
        open_engine(db_path, old_key).dispose()
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        assert office.database_key() != old_key
        assert audit_log.check_chain(office).intact
        actions = [e.action for e in audit_log.list_events(office, limit=3)]
        assert actions == ["session.sign-in", "session.sign-out", "database.rotate-key"]
    finally:
        office.lock()
