"""Shared fixtures: real SQLCipher office databases in tmp_path, Qt on the offscreen platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from scripts import build_translations  # noqa: E402
from tipdesk import i18n  # noqa: E402
from tipdesk.services import office as office_service  # noqa: E402
from tipdesk.store import keyslots  # noqa: E402

ADMIN = "amina"
ADMIN_PASSWORD = "Maroua-river-2026"
CANARY_NAME = "Zebulon Quixotefeather"  # a stored person's name that must never leak

# Property-based tests: the default run stays short and draws the same inputs every time (a CI
# result can be reproduced); `--hypothesis-profile=thorough` tries ten times as many, freshly
# drawn on each run. No example database: nothing is written into the working tree.
_HYPOTHESIS = dict(
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("tipdesk", max_examples=100, derandomize=True, **_HYPOTHESIS)
settings.register_profile("thorough", max_examples=1000, **_HYPOTHESIS)
settings.load_profile("tipdesk")


@pytest.fixture(scope="session", autouse=True)
def translations_built():
    """Compile the .ts translations into .qm (built, never committed) when they are stale."""
    if build_translations.stale():
        build_translations.release()


@pytest.fixture(autouse=True)
def english():
    """Every test starts and ends in English, whatever language a test switched to."""
    i18n.use_language("en")
    yield
    i18n.use_language("en")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Cheaper scrypt inside the test process (the real cost is tested separately)."""
    monkeypatch.setattr(keyslots, "SCRYPT_N", 2**12)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Keep settings and default data folders of each test in a fresh folder of its own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("TIPDESK_PASSWORD", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.tipdesk"


@pytest.fixture
def new_office(db_path):
    """A freshly initialised office database; returns the NewOffice (with recovery code)."""
    return office_service.initialise_office(
        db_path,
        office_name="Maroua field office",
        country="CMR",
        admin_username=ADMIN,
        admin_display_name="Amina Bello",
        password=ADMIN_PASSWORD,
    )


@pytest.fixture
def admin_office(new_office, db_path):
    """The new office, signed in as its first administrator; locked again after the test."""
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    yield office
    office.lock()
