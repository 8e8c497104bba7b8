"""Leakage: after a session that uses every feature with canary values, no file TIPDesk keeps
on its own (database, WAL, key slots, backups, settings, log, crash reports, temporary files)
holds a canary, in UTF-8 or UTF-16, as typed or casefolded. Only the files the user
explicitly exported or printed may hold one, and they are listed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.resilience.leakage_scan import CANARIES, canaries_in, files_under, scan
from tests.resilience.leakage_session import (
    answer_dialogs,
    fill_wizard_to_names,
    services_session,
)
from tipdesk.paths import data_dir, default_db_path
from tipdesk.services import case_file
from tipdesk.services import office as office_service
from tipdesk.services.audit_log import list_events
from tipdesk.services.drafts import list_drafts
from tipdesk.ui.app import Shell
from tipdesk.ui.crash import reporting_crashes
from tipdesk.ui.worker import TaskRunner

PASSWORD = "Maroua-river-2026"
SESSION_TIMEOUT = 30_000


@pytest.fixture
def places(tmp_path, monkeypatch):
    """Home, settings, data, log, cache and temporary folders of their own, to be scanned."""
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
        "TMPDIR": tmp_path / "tmp",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["TMPDIR"]))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folders["XDG_CONFIG_HOME"]))
    (home / "Documents").mkdir()  # where backups go by default
    extra = {name: tmp_path / name for name in ("exports", "inputs")}
    for folder in extra.values():
        folder.mkdir()
    yield {"home": home, "tmp": folders["TMPDIR"], **extra}


def sign_in_through(qtbot, shell) -> None:
    dialog = shell.unlock_dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=SESSION_TIMEOUT)
    if dialog.username_edit.isEnabled():
        dialog.username_edit.setText("amina")
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: shell.main_window.office is not None, timeout=SESSION_TIMEOUT)


def wait_done(qtbot, owner, name: str = "task") -> None:
    qtbot.waitUntil(
        lambda: getattr(owner, name) is not None and getattr(owner, name).done,
        timeout=SESSION_TIMEOUT,
    )


def gui_session(qtbot, shell, state: dict, crash_handler) -> None:
    """Sign in, a wizard draft kept at a lock, a note, a referral saved and printed, the
    directory exported, the summary and the anonymised export, a backup, a purge, a key
    rotation, and Quit."""
    shell.start()
    sign_in_through(qtbot, shell)
    main = shell.main_window
    main.show_section("cases")
    cases = main.page("cases")
    fill_wizard_to_names(cases.new_case())
    main.lock_action.trigger()  # the wizard's work is kept as an encrypted draft
    sign_in_through(qtbot, shell)

    cases = main.page("cases")
    cases.open_case(state["code"])  # read on a worker thread
    qtbot.waitUntil(lambda: state["code"] in cases.case_files, timeout=SESSION_TIMEOUT)
    case_dialog = cases.case_files[state["code"]]
    qtbot.waitUntil(lambda: case_dialog.notes_tab.add_button.isEnabled(), timeout=SESSION_TIMEOUT)
    case_dialog.notes_tab.note_edit.setPlainText(CANARIES["note"] + " (typed)")
    case_dialog.notes_tab.add_button.click()
    case_dialog.close()

    main.show_section("referrals")
    page = main.page("referrals")
    qtbot.waitUntil(lambda: page.select(state["referral_id"]), timeout=SESSION_TIMEOUT)
    qtbot.waitUntil(lambda: page.detail.view is not None, timeout=SESSION_TIMEOUT)
    page.save_pdf()
    wait_done(qtbot, page.output)
    page.print_form()
    wait_done(qtbot, page.output)

    main.show_section("directory")
    services = main.page("directory").services_tab
    services.filters.search_edit.setText(CANARIES["name"])
    services.transfer.choose_and_export()
    wait_done(qtbot, services.transfer)

    main.show_section("reports")
    reports = main.page("reports")
    reports.summary_panel.preview()
    wait_done(qtbot, reports.summary_panel)
    reports.summary_panel.save_pdf()
    wait_done(qtbot, reports.summary_panel, "save_task")
    reports.export_panel.export()
    wait_done(qtbot, reports.export_panel)

    main.show_section("administration")
    office_tab = main.page("administration").office_tab
    office_tab.back_up()
    wait_done(qtbot, office_tab)
    retention_box = office_tab.retention_box
    retention_box.refresh()
    qtbot.waitUntil(lambda: not retention_box.loading, timeout=SESSION_TIMEOUT)
    retention_box.purge_all()
    wait_done(qtbot, retention_box)
    state["scan during session"] = scan([data_dir()])  # the WAL is still there
    state["files during session"] = files_under([data_dir()])
    office_tab.key_box.rotate_key()
    qtbot.waitUntil(lambda: main.office is None, timeout=SESSION_TIMEOUT)  # rotation locks
    sign_in_through(qtbot, shell)
    main.lock_action.trigger()
    sign_in_through(qtbot, shell)
    main.quit_action.trigger()
    assert crash_handler.reports == []


def test_no_canary_outside_the_files_the_user_exported(qtbot, places, monkeypatch, capfd):
    db = default_db_path()
    db.parent.mkdir(parents=True)
    office_service.initialise_office(
        db,
        office_name="Leak test office",
        country="CMR",
        admin_username="amina",
        admin_display_name="Amina Bello",
        password=PASSWORD,
    )
    office = office_service.sign_in(db, "amina", PASSWORD)
    try:
        state = services_session(
            office, places["exports"], places["inputs"], places["home"] / "Documents"
        )
    finally:
        office_service.sign_out(office)

    answer_dialogs(monkeypatch, places["exports"], places["home"] / "Documents", state["code"])
    settings = QSettings()  # the real default place, pointed into the home folder above
    runner = TaskRunner()
    with reporting_crashes() as crash_handler:
        shell = Shell(db, settings, runner)
        qtbot.addWidget(shell.main_window)
        gui_session(qtbot, shell, state, crash_handler)
        runner.wait()
        settings.sync()
    out, err = capfd.readouterr()

    check_the_session_happened(db, state)
    scanned = [places["home"], places["tmp"]]
    found = scan(scanned)
    assert state["scan during session"] == {}
    assert found == {}
    assert canaries_in((out + err).encode("utf-8")) == []
    assert canaries_in((out + err).encode("utf-16-le")) == []
    kept = sorted(p.name for p in places["exports"].iterdir())
    shown = {Path(p).name for p in scan([places["exports"]])}
    assert {"directory.csv", "referral-form.pdf"} <= shown  # the scan finds them where it should
    assert not [name for name in shown if name.startswith("anonymised")]
    print(f"\nExported files holding canaries: {', '.join(sorted(shown))}")
    for made_in_the_gui in ("REF-", "printed-form", "directory-", "anonymised-summary-"):
        assert any(name.startswith(made_in_the_gui) for name in kept), made_in_the_gui
    record(places, scanned, kept, state["files during session"])


def check_the_session_happened(db: Path, state: dict) -> None:
    """Each step of the GUI session left its mark (else the scan proves little)."""
    office = office_service.sign_in(db, "amina", PASSWORD)
    try:
        actions = [e.action for e in list_events(office, limit=5000)]
        for action in ("database.rotate-key", "case.purge", "backup.create", "export.anonymised"):
            assert actions.count(action) >= (2 if action != "database.rotate-key" else 1), action
        assert actions.count("case.purge") == 3
        wizard_drafts = list_drafts(office, "case-wizard")
        assert any(
            d.payload.get("registration", {}).get("identity", {}).get("given_names")
            == CANARIES["name"]
            for d in wizard_drafts
        )
        notes = [n.text for n in case_file.open_case_file(office, state["code"]).notes]
        assert notes[-1] == CANARIES["note"] + " (typed)"
    finally:
        office.lock()


def record(places, scanned: list[Path], exported: list[str], during: list[Path]) -> None:
    """What was scanned, for docs/reliability.md (shown with `pytest -s`)."""
    files = sorted(set(files_under(scanned)) | set(during))
    home = places["home"]
    print(f"\nScanned {len(files)} files for {len(CANARIES)} canaries:")
    for path in files:
        where = path.relative_to(home) if path.is_relative_to(home) else path.name
        size = f"{path.stat().st_size} bytes" if path.exists() else "scanned while open"
        print(f"  {where} ({size})")
    print("Exported or printed by the user (not scanned): " + ", ".join(exported))
