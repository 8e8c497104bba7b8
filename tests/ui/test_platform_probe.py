"""The self-check's Qt part: fonts, image formats, printing and translations through Qt."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tipdesk.paths import resource_path
from tipdesk.services.selfcheck import SelfCheckFailed
from tipdesk.ui.platform_probe import probe

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Probe</name>
<message><source>Cases</source><translation>Dossiers</translation></message>
</context>
</TS>
"""


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


def test_probe_prints_with_the_bundled_fonts_and_loads_translations(qapp, translations, tmp_path):
    ts = tmp_path / "tipdesk_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")  # comes with PySide6
    qm = translations / "tipdesk_fr.qm"
    subprocess.run([lrelease, ts, "-qm", qm], check=True, capture_output=True)
    seen = probe()
    assert "fonts Noto Sans, Noto Naskh Arabic" in seen
    assert "image formats png, jpeg, ico, svg" in seen
    assert "KiB PDF" in seen and "1 translations load" in seen


def test_probe_refuses_a_translation_qt_cannot_load(qapp, translations):
    (translations / "tipdesk_fr.qm").write_bytes(b"<TS>a source file renamed .qm</TS>")
    with pytest.raises(SelfCheckFailed, match="cannot load the translation tipdesk_fr.qm"):
        probe()
