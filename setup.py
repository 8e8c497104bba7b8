"""Packages for setuptools; everything else is in pyproject.toml.

resources/ sits at the top of the repository (as DESIGN.md lays it out) and is installed
inside the package as tipdesk/resources, so an installed or frozen TIPDesk finds it.

Building also compiles the Qt Linguist translations (resources/translations/*.ts) into the
.qm catalogues TIPDesk reads, with PySide6's lrelease (a build requirement in pyproject.toml):
into the built package for `pip install .`, beside the .ts files for `pip install -e .`.
"""

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _translation_builder():
    """scripts/build_translations.py, loaded by path (the tipdesk package needs its deps)."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "scripts" / "build_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """build_py that also writes the compiled translations (.qm) into the package."""

    def run(self) -> None:
        super().run()
        builder = _translation_builder()
        if getattr(self, "editable_mode", False):
            builder.release()  # beside the .ts: an editable install reads resources/ in place
        else:
            builder.release(Path(self.build_lib, "tipdesk", "resources", "translations"))


setup(
    packages=[*find_packages(include=["tipdesk", "tipdesk.*"]), "tipdesk.resources"],
    package_dir={"tipdesk.resources": "resources"},
    cmdclass={"build_py": BuildWithTranslations},
)
