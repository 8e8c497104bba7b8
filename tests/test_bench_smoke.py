"""The scale benchmark runs end to end on a small office (a smoke test: no timings checked)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_scale_benchmark_runs_end_to_end(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "scale.py"),
            "--cases",
            "120",
            "--runs",
            "1",
            "--services",
            "24",
            "--db",
            str(tmp_path / "bench.tipdesk"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    operations = [line.split("|")[1].strip() for line in table[1:]]  # after the header
    assert operations == [
        "unlock to first page of the case list",
        "case list: first page",
        "case list: jump to row 60",
        "search by name",
        "filter by status and officer",
        "open a case file",
        "summary PDF over all cases",
        "anonymised export (CSV)",
        "import of a 24-service directory (new services)",
    ]


def test_gui_benchmark_runs_end_to_end(tmp_path):
    db = tmp_path / "bench.tipdesk"
    build = [sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--cases", "300"]
    build += ["--runs", "1", "--services", "12", "--db", str(db)]
    assert subprocess.run(build, capture_output=True, timeout=300).returncode == 0
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "gui_scale.py"),
            "--db",
            str(db),
            "--services",
            "24",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "resident memory" in result.stdout
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    operations = [line.split("|")[1].strip() for line in table[1:]]  # after the header
    assert operations[0] == "sign in to the case list" and "open another case file" in operations
    assert "show the referral queue (first time)" in operations
    assert "show the directory (first time)" in operations
    assert operations[-3:] == [
        "anonymised export, CSV (in the background)",
        "show the audit log (first time)",
        "import a 24-service directory (in the background)",
    ]
    assert "events; the newest 200 are shown" in result.stdout  # the audit log was read
