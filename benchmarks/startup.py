"""Cold start to the unlock window, and unlock time, each the median of several runs.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Uses the shipped scrypt cost and a fresh office database in a temporary folder. The cold
start is measured from spawning `python` to the unlock window having been shown, through
the real start-up path (tipdesk.ui.app.run), on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "measure the start 1"

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from tipdesk.ui import app as ui_app
original = ui_app.Shell.show_unlock
def show_and_quit(self, **kwargs):
    original(self, **kwargs)
    QApplication.processEvents()
    print("unlock-window-shown", flush=True)
    QApplication.instance().exit(0)
ui_app.Shell.show_unlock = show_and_quit
sys.exit(ui_app.run(sys.argv[1]))
"""


def cold_start(db: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)], stdout=subprocess.PIPE, env=env, text=True
    )
    for line in child.stdout:
        if line.strip() == "unlock-window-shown":
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the unlock window never appeared")
    child.wait(timeout=30)
    return elapsed


def unlock(db: Path) -> float:
    from tipdesk.services.office import sign_in

    started = time.perf_counter()
    office = sign_in(db, "bench", PASSWORD)
    elapsed = time.perf_counter() - started
    office.lock()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from tipdesk.services.office import initialise_office

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "office.tipdesk"
        initialise_office(
            db,
            office_name="Benchmark office",
            country="CMR",
            admin_username="bench",
            admin_display_name="Bench",
            password=PASSWORD,
        )
        cold_start(db)  # warm the OS file cache once, as a second start of the day would
        starts = [cold_start(db) for _ in range(args.runs)]
        unlocks = [unlock(db) for _ in range(args.runs)]
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {platform.platform()}"
    )
    print(f"runs: {args.runs}")
    print(
        f"cold start to unlock window: median {statistics.median(starts) * 1000:.0f} ms "
        f"(min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f})"
    )
    print(
        f"unlock (scrypt + open + audit): median {statistics.median(unlocks) * 1000:.0f} ms "
        f"(min {min(unlocks) * 1000:.0f}, max {max(unlocks) * 1000:.0f})"
    )


if __name__ == "__main__":
    main()
