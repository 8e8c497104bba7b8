"""Fixtures for the GUI tests: a task runner to wait for, and settings in a private file."""

import hashlib

import pytest
from PySide6.QtCore import QSettings

from tests.ui.held_reads import hold  # noqa: F401 - a fixture for the tests of this folder
from tipdesk.ui.language import apply_language
from tipdesk.ui.worker import TaskRunner


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """Every window test starts in English, its plurals included ("1 case", "2 cases"), as
    a user of the English interface sees it, whatever language an earlier test left."""
    apply_language("en")


@pytest.fixture
def runner(qapp):
    """A task runner whose worker threads are finished before the test's files go."""
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


@pytest.fixture
def settings(tmp_path, qapp):
    """Application settings in an INI file inside tmp_path (never the real user's)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def fingerprint(folder):
    """Name -> SHA-256 of every file directly in `folder`: proves that nothing was written."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }
