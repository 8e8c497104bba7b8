"""GUI benchmark on a large office: how long the window's thread is busy (the longest pause
of the event loop) during each operation, and the resident memory with every section open.

    .venv/bin/python benchmarks/gui_scale.py --db /tmp/bench100k.tipdesk

The database is one built by benchmarks/scale.py (demo accounts; it signs in as officer1, and
as demo-admin for the audit log and the directory import, in a copy of the database).
Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise. A heartbeat timer
ticks every 5 ms; the longest gap between two ticks during an operation is the longest time
the window could not repaint or react to a key. Nothing is asserted: the figures go to
docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A worker process (the summary, the export, the import) re-imports this script as __mp_main__:
# it needs none of Qt, and the application's own workers do not load it.
if __name__ != "__mp_main__":
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog
    from scale import ADMIN, directory_file  # benchmarks/scale.py, beside this one

    from tipdesk.services.demo import DEMO_PASSWORD
    from tipdesk.services.directory_io import COLUMNS
    from tipdesk.services.office import sign_in
    from tipdesk.services.tabular import read_table, write_table
    from tipdesk.store.keyslots import keys_path_for
    from tipdesk.ui.app import settle_long_lived_objects
    from tipdesk.ui.main_window import MainWindow
    from tipdesk.ui.warm_up import sign_in_and_warm_up
    from tipdesk.ui.worker import TaskRunner


class Heartbeat:
    """The longest gap between ticks of a 5 ms timer since the last `reset`."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = self.clock.elapsed()
        self.longest = 0


def wait_until(done, timeout_s: float = 120.0) -> float:
    """Run the event loop until `done()`; returns the seconds it took."""
    start = time.perf_counter()
    while not done():
        QApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - start > timeout_s:
            raise TimeoutError("the operation did not finish")
    return time.perf_counter() - start


def rss_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, in MB (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def new_services_file(folder: Path, count: int) -> Path:
    """scale.py's directory file under service IDs and organisations of its own: scale.py may
    have imported its own into the office already, and these are to be new services."""
    path = directory_file(folder, count)
    table = read_table(path)
    ref, organisation = COLUMNS.index("service_id"), COLUMNS.index("organisation")
    for row in table.rows:
        row[ref] = row[ref].replace("SVC-BENCH", "SVC-GUI")
        row[organisation] = row[organisation].replace("Fictional", "Fictional GUI")
    write_table(path, table.headers, table.rows)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--user", default="officer1")
    parser.add_argument("--rows", type=int, default=50_000, help="scroll the case list this far")
    parser.add_argument("--services", type=int, default=5000, help="services in the import")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="tipdesk-gui-bench-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    window = MainWindow(runner, settings)
    window.resize(1366, 768)
    window.show()
    beat = Heartbeat()
    results: list[tuple[str, float, int]] = []

    def measure(label: str, start, done=lambda: True) -> None:
        wait_until(lambda: not runner.busy, 300)
        QApplication.processEvents()
        beat.reset()
        began = time.perf_counter()
        QTimer.singleShot(0, start)
        QApplication.processEvents()
        wait_until(done, 300)
        wait_until(lambda: not runner.busy, 300)
        QApplication.processEvents()
        elapsed = time.perf_counter() - began
        results.append((label, elapsed * 1000, beat.longest))
        print(f"  {label}: {elapsed * 1000:.0f} ms, longest pause {beat.longest} ms", flush=True)

    office = sign_in_and_warm_up(args.db, args.user, DEMO_PASSWORD)  # the unlock window's task

    def sign_in_to_the_case_list():  # as the Shell does after the unlock window
        window.open_office(office)
        settle_long_lived_objects()
        window.show_section("cases")

    measure("sign in to the case list", sign_in_to_the_case_list)
    cases = window.page("cases")
    table, model = cases.table, cases.model
    print(f"  {model.total} cases listed", flush=True)

    def scroll_to_row():
        bar = table.verticalScrollBar()

        def step():
            if model.rowCount() >= min(args.rows, model.total):
                return
            bar.setValue(bar.maximum())
            QTimer.singleShot(0, step)

        step()

    measure(
        f"scroll the case list to row {args.rows}",
        scroll_to_row,
        lambda: model.rowCount() >= min(args.rows, model.total),
    )
    table.scrollToTop()
    name = "Demo-Sahel"
    measure("search by name", lambda: (cases.search_edit.setText(name), cases.apply_filter()))
    cases.search_edit.clear()
    cases.apply_filter()
    officer = cases.officer_combo.findText("Demo Officer One")

    def filter_status_and_officer():
        cases.status_combo.setCurrentIndex(cases.status_combo.findData("active"))
        cases.officer_combo.setCurrentIndex(max(officer, 0))

    measure("filter by status and officer", filter_status_and_officer)
    for label, row in (("open a case file (the first)", 0), ("open another case file", 1)):
        code = model.index(row, 0).data()
        opened = lambda c=code: c in cases.case_files  # noqa: E731
        measure(label, lambda c=code: cases.open_case(c), opened)
    for dialog in list(cases.case_files.values()):
        dialog.discard_unsaved()
        dialog.close()
    # Each section's page is built, and its first list read, the first time it is shown.
    measure("show the referral queue (first time)", lambda: window.show_section("referrals"))
    measure("show the directory (first time)", lambda: window.show_section("directory"))
    window.show_section("reports")
    reports = window.page("reports")
    summary = reports.summary_panel
    measure("summary preview over all cases (in the background)", summary.preview)
    export = reports.export_panel
    out = folder / "export.csv"
    QFileDialog.getSaveFileName = lambda *_args, **_kw: (str(out), "")  # no one to answer
    measure("anonymised export, CSV (in the background)", export.export, out.exists)
    resident, peak = rss_mb()
    total = model.total
    window.lock()
    app.processEvents()

    # The administrator imports the directory into a copy of the office: --db stays as it was.
    copy = folder / "import.tipdesk"
    shutil.copyfile(args.db, copy)
    shutil.copyfile(keys_path_for(args.db), keys_path_for(copy))
    window.open_office(sign_in(copy, ADMIN, DEMO_PASSWORD))
    settle_long_lived_objects()

    def show_the_audit_log():  # the Administration section opens on its Users tab
        window.show_section("administration")
        administration = window.page("administration")
        administration.setCurrentWidget(administration.audit_tab)

    measure("show the audit log (first time)", show_the_audit_log)
    audit = window.page("administration").audit_tab
    print(f"  {audit.count_label.text()}", flush=True)  # "N events; the newest 200 are shown…"
    window.show_section("directory")
    transfer = window.page("directory").services_tab.transfer
    services = new_services_file(folder, args.services)
    measure(
        f"import a {args.services:,}-service directory (in the background)",
        lambda: transfer.start_import(services),
        lambda: transfer.task is not None and transfer.task.done,
    )
    print(f"  {transfer._status.text()}", flush=True)  # "Directory imported: N services added…"
    window.lock()
    app.processEvents()
    for leftover in folder.glob("import.tipdesk*"):
        leftover.unlink()

    print()
    print(f"{total} cases; resident memory {resident:.0f} MB (peak {peak:.0f} MB)")
    print("| operation | took | longest pause of the window |")
    print("|---|---|---|")
    for label, ms, longest in results:
        print(f"| {label} | {ms:.0f} ms | {longest} ms |")


if __name__ == "__main__":
    main()
