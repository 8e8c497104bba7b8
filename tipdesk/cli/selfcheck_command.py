"""`tipdesk selfcheck`: does this installation work? Checked on a throw-away office."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

QT_PROBE_TIMEOUT = 180  # seconds; a first start of Qt on a slow laptop takes a few


def register(commands, _common: argparse.ArgumentParser) -> None:
    selfcheck = commands.add_parser(
        "selfcheck",
        help="check this installation on a throw-away office in a temporary folder "
        "(never your own database)",
    )
    # The Qt part, run by selfcheck itself in a child process (a Qt that cannot start aborts).
    selfcheck.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    selfcheck.set_defaults(handler=_cmd_selfcheck)


def _cmd_selfcheck(args: argparse.Namespace) -> int:
    from tipdesk.services.selfcheck import SelfCheckFailed, run_selfcheck, verdict

    if args.qt_probe:
        from tipdesk.ui.platform_probe import probe

        try:
            print(probe())
        except SelfCheckFailed as exc:
            sys.stderr.write(f"tipdesk: {exc}\n")
            return 5
        return 0
    results = run_selfcheck(_qt_in_child_process)
    for result in results:
        print(result.line(), flush=True)
    print(verdict(results))
    return 0 if all(r.ok for r in results) else 5


def _own_command() -> list[str]:
    """How to start this same TIPDesk again: the frozen program, or Python with the package.

    A frozen build prefers its console program (tipdesk-cli), beside the windowed one: a
    windowed program on Windows has no standard output to report on.
    """
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "tipdesk"]
    program = Path(sys.executable)
    console = program.with_name("tipdesk-cli" + program.suffix)
    return [str(console if console.is_file() else program)]


def _qt_in_child_process() -> str:
    from tipdesk.services.selfcheck import SelfCheckFailed

    try:
        done = subprocess.run(
            [*_own_command(), "selfcheck", "--qt-probe"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=QT_PROBE_TIMEOUT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except subprocess.TimeoutExpired:
        raise SelfCheckFailed(f"Qt did not start within {QT_PROBE_TIMEOUT} s") from None
    if done.returncode == 0 and done.stdout.strip():
        return done.stdout.strip().splitlines()[-1]
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    ours = [line.removeprefix("tipdesk: ") for line in lines if line.startswith("tipdesk: ")]
    why = (ours or lines or ["no message"])[0][:240]
    raise SelfCheckFailed(f"Qt could not start (exit code {done.returncode}): {why}")
