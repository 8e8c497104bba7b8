"""The layers of DESIGN.md: the core imports no Qt, so it runs and tests without a display."""

import subprocess
import sys

CORE = [
    "tipdesk.i18n",
    "tipdesk.models",
    "tipdesk.store",
    "tipdesk.services",
    "tipdesk.reports",
    "tipdesk.cli",
    "tipdesk.migrations",
    "tipdesk.worker_process",  # a background task's child process: it starts without Qt
]


def test_core_packages_import_without_pyside6():
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(module, '__path__', []), name + '.'):\n"
        "        if info.name.startswith('tipdesk.migrations.'):\n"
        "            continue  # env.py runs only inside Alembic\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
