"""The self-check's Qt part: fonts, image formats, printing and translations through Qt."""

import shutil
import sys

import pytest

from tests.helpers import compile_translation
from tipdesk.paths import resource_path
from tipdesk.services.selfcheck import SelfCheckFailed
from tipdesk.ui.platform_probe import probe


@pytest.fixture
def translations(tmp_path, monkeypatch):
    """The translations folder of a frozen build's copy of resources/ (sys._MEIPASS)."""
    root = tmp_path / "bundle"
    shutil.copytree(resource_path(), root / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    folder = root / "resources" / "translations"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.qm"):
        old.unlink()
    return folder


def test_probe_prints_with_the_bundled_fonts_and_loads_translations(qapp, translations):
    compile_translation(translations / "tipdesk_fr.qm", "fr", {"Cases": "Dossiers"})
    seen = probe()
    assert "fonts Noto Sans, Noto Naskh Arabic" in seen
    assert "image formats png, jpeg, ico, svg" in seen
    assert "KiB PDF" in seen and "1 translations load" in seen


def test_probe_refuses_a_translation_qt_cannot_load(qapp, translations):
    (translations / "tipdesk_fr.qm").write_bytes(b"<TS>a source file renamed .qm</TS>")
    with pytest.raises(SelfCheckFailed, match="cannot load the translation tipdesk_fr.qm"):
        probe()
