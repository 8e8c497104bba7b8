"""SIGKILL in the middle of a case save, an import, a backup or a key rotation loses nothing.

The reduced run of tests/resilience/kill_harness.py (the full one, 200 random kills and more,
is run on demand; docs/reliability.md has its figures and the command).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RANDOM_KILLS = int(os.environ.get("TIPDESK_CRASH_KILLS", "30"))


def test_every_operation_survives_random_and_targeted_kills(tmp_path):
    figures_file = tmp_path / "figures.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.resilience.kill_harness",
            "--kills",
            str(RANDOM_KILLS),
            "--seed",
            "2026",
            "--workdir",
            str(tmp_path / "offices"),
            "--json",
            str(figures_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    figures = json.loads(figures_file.read_text())
    operations = figures["operations"]
    assert set(operations) == {
        "case-save",
        "case-import",
        "directory-import",
        "backup",
        "key-rotation",
    }
    for name, op in operations.items():
        assert op["problem"] == "", name
        assert op["survived"] == op["kills"] >= RANDOM_KILLS // 5, name
        random_kills = op["kills"] - op["targeted"]
        assert op["inside"] >= 0.5 * op["kills"], f"{name}: kills missed the steps"
        assert random_kills >= RANDOM_KILLS // 5
    # Backups and rotations rename and fsync files: each of those moments was a kill point.
    for name in ("backup", "key-rotation"):
        op = operations[name]
        assert op["renames_and_fsyncs_per_step"] >= 4, name
        assert op["targeted"] == 2 * op["renames_and_fsyncs_per_step"], name
    assert figures["survived"] == figures["kills"] >= RANDOM_KILLS
    assert sum(op["inside"] for op in operations.values()) >= 0.75 * figures["kills"]
