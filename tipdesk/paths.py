"""Where TIPDesk keeps its files, and where its bundled resources are found (also when frozen)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "TIPDesk"
DATABASE_FILE = "office.tipdesk"


def data_dir() -> Path:
    """The per-user folder for the office database and its backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def default_db_path() -> Path:
    """The office database used when no --db is given."""
    return data_dir() / DATABASE_FILE


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a source checkout, an installed package or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "resources", *parts)
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed.joinpath(*parts)
    return Path(__file__).resolve().parent.parent.joinpath("resources", *parts)
