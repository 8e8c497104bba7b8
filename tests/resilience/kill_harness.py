"""Kill TIPDesk with SIGKILL in the middle of its work, and check that nothing is lost.

    .venv/bin/python -m tests.resilience.kill_harness --kills 200 [--seed 1] [--json F]

For each operation (case save, case import, directory import, backup, key rotation) a child
process signs in and performs the operation in a loop, appending "begin N" before and
"done N ..." after each step the service reported done to an acknowledgement log (fsynced).
The parent kills it with SIGKILL after a random, seeded delay, then opens the database as a
new process would and checks it (crash_operations.py says what each operation must leave).

Besides the random kills, the child can kill itself just before or just after each of its
renames and fsyncs (`os.replace`, `os.fsync`): the narrow windows between writing the key
slots and replacing the database, which random timing seldom hits. Children are forked from
this process (nothing is open in it at the time), so a kill costs milliseconds, not an import
of TIPDesk; scrypt is made cheap here exactly as in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import select
import shutil
import signal
import statistics
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `tests` and `tipdesk` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.resilience.crash_office import CrashDamage  # noqa: E402
from tests.resilience.crash_operations import OPERATIONS, Operation  # noqa: E402
from tipdesk.store import keyslots  # noqa: E402

_fsync, _replace = os.fsync, os.replace  # the harness's own, never a kill point


def _note(log, text: str, *, durable: bool = True) -> None:
    log.write(f"{text} {time.monotonic():.6f}\n")
    log.flush()
    if durable:  # an acknowledgement must outlive the process (SIGKILL spares the page cache)
        _fsync(log.fileno())


def _calibrate(op: Operation) -> tuple[int, float]:
    """One uninterrupted step in this process: its renames and fsyncs, and its duration."""
    office = op.sign_in()
    counter = [0]
    _install_kill_point(None, counter)
    began = time.monotonic()
    try:
        office, info = op.step(office, op.next_index)
    finally:
        os.replace, os.fsync = _replace, _fsync
        office.lock()  # nothing may be open here when a child is forked
    duration = time.monotonic() - began
    op.verify([(op.next_index, info)], None)
    return counter[0], duration


def _install_kill_point(point: tuple[int, str] | None, counter: list[int]) -> None:
    """Count renames and fsyncs; with `point` = (n, "before"|"after"), die at the n-th."""

    def wrap(original):
        def hooked(*args, **kwargs):
            counter[0] += 1
            hit = point is not None and counter[0] == point[0]
            if hit and point[1] == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = original(*args, **kwargs)
            if hit:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return hooked

    os.replace, os.fsync = wrap(_replace), wrap(_fsync)


def _child(op: Operation, log_path: Path, ready_fd: int, point) -> None:
    """The forked child: sign in, say so, then step forever; never returns."""
    try:
        with log_path.open("a") as log:
            office = op.sign_in()
            os.write(ready_fd, b"r")
            counter = [0]
            _install_kill_point(point, counter)
            index = op.next_index
            while True:
                counter[0] = 0
                _note(log, f"begin {index}", durable=False)
                office, info = op.step(office, index)
                _note(log, f"done {index} {info}")
                index += 1
    except BaseException:  # noqa: BLE001 - report, then leave without running parent code
        with log_path.open("a") as log:
            log.write("error " + traceback.format_exc().replace("\n", " | ") + "\n")
    finally:
        os._exit(1)


@dataclass
class ChildLog:
    """What a killed child's acknowledgement log says."""

    acked: list[tuple[int, str]] = field(default_factory=list)
    in_flight: int | None = None  # the step begun and never reported done
    began: float = 0.0  # when the step in flight began (time.monotonic)
    durations: list[float] = field(default_factory=list)


def _read_log(log_path: Path) -> ChildLog:
    log = ChildLog()
    for line in log_path.read_text().splitlines() if log_path.exists() else []:
        word, _, rest = line.partition(" ")
        if word == "error":
            raise CrashDamage(f"the child failed before it was killed: {rest}")
        parts = rest.split()
        if word == "begin":
            log.in_flight, log.began = int(parts[0]), float(parts[-1])
        elif word == "done":
            log.acked.append((int(parts[0]), parts[1]))
            log.durations.append(float(parts[-1]) - log.began)
            log.in_flight = None
    return log


def _wait(pid: int, timeout: float) -> int | None:
    """The child's exit status, or None when it was still running after `timeout` (killed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def _kill_once(op: Operation, delay: float, point) -> ChildLog:
    """Fork a child, kill it after `delay` (or let it die at `point`), verify what is left."""
    log_path = op.folder / "acks.log"
    log_path.unlink(missing_ok=True)
    ready_read, ready_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(ready_read)
        _child(op, log_path, ready_write, point)
    os.close(ready_write)
    try:
        readable, _, _ = select.select([ready_read], [], [], 120)
        signed_in = bool(readable) and os.read(ready_read, 1) == b"r"
    finally:
        os.close(ready_read)
    killed_at = None
    if signed_in and point is None:
        time.sleep(delay)
        killed_at = time.monotonic()
        os.kill(pid, signal.SIGKILL)
    status = _wait(pid, 120)
    killed = status is not None and os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9
    log = _read_log(log_path)  # raises if the child failed
    if not signed_in or not killed:
        raise CrashDamage(f"the child was not killed as planned (status {status})")
    op.verify(log.acked, log.in_flight)
    inside = killed_at is not None and log.in_flight is not None
    log.began = killed_at - log.began if inside else -1.0  # now: how far into the step
    return log


def run_operation(op: Operation, kills: int, rng: random.Random, targeted: bool) -> dict:
    """Random kills, then one before and after each rename/fsync of a step; the figures."""
    started = time.monotonic()
    op.setup()
    calls, first = _calibrate(op)
    durations: list[float] = [first]
    figures = {"kills": 0, "survived": 0, "inside": 0, "acked": 0, "targeted": 0, "problem": ""}
    offsets: list[float] = []  # how far into its step each random kill came, in seconds

    def kill(delay: float, point) -> None:
        figures["kills"] += 1
        log = _kill_once(op, delay, point)
        durations.extend(log.durations)
        figures["survived"] += 1
        figures["inside"] += log.in_flight is not None
        figures["acked"] += len(log.acked)
        figures["targeted"] += point is not None
        if log.began >= 0:
            offsets.append(log.began)

    try:
        for _ in range(kills):
            # Anywhere in the first two or three steps: the window follows the recent steps.
            window = 3 * max(durations[-5:])
            kill(rng.uniform(0, window), None)
        for n in range(1, calls + 1 if targeted else 1):
            for when in ("before", "after"):
                kill(0.0, (n, when))
    except CrashDamage as damage:
        figures["problem"] = str(damage)
    except Exception as exc:  # noqa: BLE001 - e.g. the office no longer opens: damage too
        figures["problem"] = f"{exc.__class__.__name__}: {exc}"
    figures["renames_and_fsyncs_per_step"] = calls
    step = statistics.median(durations)
    figures["median_step_s"] = round(step, 3)
    if offsets:
        # Where in the step the random kills came: quartiles, as a fraction of a median step.
        cuts = statistics.quantiles(offsets, n=4) if len(offsets) > 1 else offsets * 3
        figures["kill_point_quartiles"] = [round(c / step, 2) for c in cuts]
    figures["seconds"] = round(time.monotonic() - started, 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="random kills, spread evenly")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random delays")
    parser.add_argument("--ops", default=",".join(op.name for op in OPERATIONS))
    parser.add_argument("--no-targeted", action="store_true", help="random kills only")
    parser.add_argument("--workdir", type=Path, help="keep the offices here (default: temp)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    keyslots.SCRYPT_N = 2**12  # as tests/conftest.py: the KDF's cost is not what is tested
    chosen = [op for op in OPERATIONS if op.name in args.ops.split(",")]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="tipdesk-kills-"))
    rng = random.Random(args.seed)
    results = {}
    for n, kind in enumerate(chosen):
        share = args.kills // len(chosen) + (n < args.kills % len(chosen))
        folder = workdir / kind.name
        shutil.rmtree(folder, ignore_errors=True)
        results[kind.name] = run_operation(kind(folder), share, rng, not args.no_targeted)
        print(_line(kind.name, results[kind.name]), flush=True)
    summary = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": platform.python_version(),
        "seed": args.seed,
        "operations": results,
        "kills": sum(r["kills"] for r in results.values()),
        "survived": sum(r["survived"] for r in results.values()),
    }
    print(f"total: {summary['survived']} of {summary['kills']} kills survived")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))
    failed = [name for name, r in results.items() if r["problem"]]
    for name in failed:
        print(f"FAILED {name}: {results[name]['problem']}", file=sys.stderr)
    if not args.workdir and not failed:
        shutil.rmtree(workdir, ignore_errors=True)
    elif failed:
        print(f"the offices are kept in {workdir}", file=sys.stderr)
    return 1 if failed else 0


def _line(name: str, r: dict) -> str:
    return (
        f"{name:17} {r['survived']:4} of {r['kills']:4} kills survived "
        f"({r['targeted']} at a rename/fsync, {r['inside']} inside a step); "
        f"{r['acked']} steps acknowledged; step {r['median_step_s']} s; {r['seconds']} s"
    )


if __name__ == "__main__":
    sys.exit(main())
