"""A disk that runs out of space: every save, import, backup and export says so in one line,
leaves no half-written file, and the database opens afterwards with everything saved before.

The disk is a real, small tmpfs, so SQLite and the file system fail as they would on a full
laptop disk (no simulated errors). Mounting needs root: CI runs as root; elsewhere run
    unshare --user --map-root-user --mount .venv/bin/python -m pytest \
        tests/resilience/test_full_disk.py
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.resilience.crash_office import registration
from tipdesk.cli import main
from tipdesk.errors import DiskFull
from tipdesk.models import Case, Service
from tipdesk.paths import resource_path
from tipdesk.reports.summary_report import write_summary_report
from tipdesk.services import office as office_service
from tipdesk.services.anonymised_export import run_export
from tipdesk.services.backup import make_backup
from tipdesk.services.case_import import import_register, write_template
from tipdesk.services.case_registration import register_case
from tipdesk.services.directory_io import import_directory
from tipdesk.services.statistics import build_summary

DISK_SIZE = "24m"
EARLIER_CASES = 3


@pytest.fixture
def small_disk(tmp_path):
    """A 24 MiB tmpfs of our own, unmounted afterwards."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0:
        reason = (
            "mounting a small tmpfs needs root: CI runs as root; elsewhere run this test under "
            "'unshare --user --map-root-user --mount'"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must prove it, never skip it
        pytest.skip(reason)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(mount)],
        check=True,
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)


def fill(disk: Path) -> Path:
    """Write a file until the disk refuses another byte; returns it (delete it to free space)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (bytes(1 << 20), bytes(4096), b"\0"):
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    assert os.statvfs(disk).f_bavail == 0
    return filler


def office_with_earlier_data(db: Path) -> None:
    """An office with three cases and the sample directory: what must survive."""
    office_service.initialise_office(
        db,
        office_name="Maroua field office",
        country="CMR",
        admin_username=ADMIN,
        admin_display_name="Amina Bello",
        password=ADMIN_PASSWORD,
    )
    office = office_service.sign_in(db, ADMIN, ADMIN_PASSWORD)
    try:
        for n in range(EARLIER_CASES):
            register_case(office, registration(n))
        import_directory(office, resource_path("sample_directory.csv"))
    finally:
        office_service.sign_out(office)


def assert_all_earlier_data(db: Path, services: int) -> None:
    report = office_service.check_office(db, ADMIN, ADMIN_PASSWORD)
    assert report.ok, report.verdict()  # both integrity checks and the audit chain
    assert report.cases == EARLIER_CASES
    office = office_service.sign_in(db, ADMIN, ADMIN_PASSWORD)
    try:
        with office.reading() as s:
            assert s.scalar(select(func.count(Service.id))) == services
            assert s.scalar(select(func.count(Case.id))) == EARLIER_CASES
    finally:
        office_service.sign_out(office)


def new_files(disk: Path, before: set[str]) -> set[str]:
    """Files that were not on `disk` before, but SQLite's own -wal and -shm companions."""
    now = {p.name for p in disk.iterdir()}
    return {name for name in now - before if not name.endswith(("-wal", "-shm"))}


def assert_disk_full(excinfo) -> None:
    message = str(excinfo.value)
    assert message.startswith("Disk full") and "Free space and try again" in message
    assert "\n" not in message and "sqlite" not in message.lower()


def test_on_a_full_disk_every_service_fails_plainly_and_nothing_is_lost(small_disk, tmp_path):
    db = small_disk / "office.tipdesk"
    office_with_earlier_data(db)
    register = tmp_path / "register.csv"  # the files to import live on another disk
    write_template(register)
    office = office_service.sign_in(db, ADMIN, ADMIN_PASSWORD)
    services = len(list(resource_path("sample_directory.csv").read_text().splitlines())) - 1
    summary = build_summary(office)
    before = {p.name for p in small_disk.iterdir()}
    filler = fill(small_disk)

    attempts = {
        "case save": lambda: register_case(office, registration(99)),
        "case import": lambda: import_register(office, register, allow_duplicates=True),
        "directory import": lambda: import_directory(office, tmp_path / "empty.csv", replace=True),
        "backup": lambda: make_backup(office, small_disk / "office.tipdesk-backup"),
        "anonymised export": lambda: run_export(office, small_disk / "cases.csv"),
        "summary PDF": lambda: write_summary_report(
            small_disk / "summary.pdf", summary, "Maroua", "Cameroon"
        ),
        "summary (audited)": lambda: build_summary(office),
        "sign-in (audited)": lambda: office_service.sign_in(db, ADMIN, ADMIN_PASSWORD),
    }
    (tmp_path / "empty.csv").write_text(
        "organisation,sector,service_type,admin1\nNew Shelter,shelter-nfi,Shelter,Far North\n"
    )
    for what, attempt in attempts.items():
        with pytest.raises(DiskFull) as excinfo:
            attempt()
        assert_disk_full(excinfo)
        assert new_files(small_disk, before) == {"filler"}, what
    office.lock()

    filler.unlink()
    assert_all_earlier_data(db, services)
    office = office_service.sign_in(db, ADMIN, ADMIN_PASSWORD)  # and work goes on
    try:
        register_case(office, registration(99))
        assert make_backup(office, small_disk / "office.tipdesk-backup").cases == 4
    finally:
        office_service.sign_out(office)


def run_cli(argv, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("TIPDESK_PASSWORD", ADMIN_PASSWORD)
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def test_the_command_line_says_disk_full_in_one_line(small_disk, tmp_path, capsys, monkeypatch):
    roomy = tmp_path / "office.tipdesk"  # the database on a roomy disk, the output on a full one
    office_with_earlier_data(roomy)
    cramped = small_disk / "office.tipdesk"  # a second office whose own disk fills up
    office_with_earlier_data(cramped)
    register = tmp_path / "register.csv"
    write_template(register)
    before = {p.name for p in small_disk.iterdir()}
    filler = fill(small_disk)

    commands = [
        ["backup", "--db", roomy, "--out", small_disk / "office.tipdesk-backup"],
        ["export", "anonymised", "--db", roomy, "--out", small_disk / "cases.csv"],
        ["report", "summary", "--db", roomy, "--out", small_disk / "summary.pdf"],
        ["cases", "import", register, "--db", cramped, "--allow-duplicates"],
        ["directory", "import", resource_path("sample_directory.csv"), "--db", cramped],
    ]
    for argv in commands:
        code, err = run_cli([*argv, "--user", ADMIN], capsys, monkeypatch)
        assert code == DiskFull.exit_code, (argv, err)
        assert err.startswith("tipdesk: Disk full") and err.count("\n") == 1, err
        assert "Free space and try again" in err
        assert new_files(small_disk, before) == {"filler"}, argv

    filler.unlink()
    services = len(resource_path("sample_directory.csv").read_text().splitlines()) - 1
    for db in (roomy, cramped):
        assert_all_earlier_data(db, services)
