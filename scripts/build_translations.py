"""Build TIPDesk's translations: .ts sources (Qt Linguist) in, compiled .qm catalogues out.

    python scripts/build_translations.py            compile every .ts into a .qm beside it
    python scripts/build_translations.py --out DIR  ... into DIR instead (a build or a bundle)
    python scripts/build_translations.py --update   first refresh the .ts files from the code

--update runs pyside6-lupdate over tipdesk/ (new strings come in unfinished, changed ones keep
their old translation marked unfinished, removed ones are marked vanished; add --no-obsolete
to drop those), then compiles. The .qm files are never committed: setup.py compiles them into
a built package, tests/conftest.py before the tests, and a frozen build calls this script.

Only the standard library and the PySide6 tools are used (it runs inside setuptools' isolated
build environment too). Exit code 0 when every catalogue was built, 1 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
SOURCE_DIR = ROOT / "tipdesk"
SOURCE_LANGUAGE = "en"  # its catalogue carries only the plural forms of English messages


def qt_tool(name: str) -> str:
    """The path of a Qt Linguist tool (lupdate, lrelease) shipped inside PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return wrapper
    raise SystemExit(f"build_translations: {name} not found; install PySide6 (pip install .).")


def ts_files() -> list[Path]:
    """Every translation source, e.g. resources/translations/tipdesk_fr.ts."""
    return sorted(TS_DIR.glob("tipdesk_*.ts"))


def source_files() -> list[Path]:
    """The Python files whose marked strings lupdate extracts."""
    return sorted(SOURCE_DIR.rglob("*.py"))


def language_of(ts: Path) -> str:
    return ts.stem.split("_", 1)[1]


def run_lupdate(ts: Path, *, no_obsolete: bool = False, sources: list[Path] | None = None) -> str:
    """Merge the strings of `sources` (default: tipdesk/) into `ts`; lupdate's summary."""
    command = [qt_tool("lupdate"), "-locations", "relative"]
    if no_obsolete:
        command.append("-no-obsolete")
    if language_of(ts) == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    command += [str(p) for p in sources or source_files()] + ["-ts", str(ts)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build_translations: lupdate failed on {ts.name}:\n{done.stderr}")
    return done.stdout + done.stderr


def release(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts into `out_dir` (default: beside it); the .qm files written."""
    lrelease = qt_tool("lrelease")
    written = []
    for ts in ts_files():
        target = Path(out_dir or ts.parent) / ts.with_suffix(".qm").name
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not target.is_file():
            raise SystemExit(f"build_translations: lrelease failed on {ts.name}:\n{done.stderr}")
        written.append(target)
    return written


def stale() -> bool:
    """Whether a .qm beside its .ts is missing or older than it."""
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    parser.add_argument("--no-obsolete", action="store_true", help="with --update: drop vanished")
    parser.add_argument("--out", type=Path, default=None, help="folder for the .qm files")
    args = parser.parse_args(argv)
    if args.update:
        for ts in ts_files():
            print(f"{ts.name}: {run_lupdate(ts, no_obsolete=args.no_obsolete).strip() or 'ok'}")
    for qm in release(args.out):
        print(f"built {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
