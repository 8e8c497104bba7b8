"""`tipdesk selfcheck`: one line per check, a one-line verdict, exit 0 or 5, nothing left over."""

import shutil
import sys
import tempfile

import pytest

from tests.helpers import compile_translation
from tipdesk import worker_process
from tipdesk.cli import main, selfcheck_command
from tipdesk.paths import data_dir, resource_path
from tipdesk.services import selfcheck
from tipdesk.services.selfcheck import CANARY_GIVEN, SelfCheckFailed, run_selfcheck

CHECKS = [
    "encrypted office",
    "case written and read back",
    "no plaintext on disk",
    "PDF with the bundled fonts",
    "worker process",
    "migrations",
    "fonts",
    "translations",
    "Qt offscreen platform",
    "clean-up",
]


@pytest.fixture
def own_temp(tmp_path, monkeypatch):
    """A temporary-files folder of the test's own, to see what the self-check leaves in it."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def bundle(tmp_path, monkeypatch):
    """A frozen build's folder (sys._MEIPASS) holding a copy of resources/, to spoil."""
    root = tmp_path / "bundle"
    shutil.copytree(resource_path(), root / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root / "resources"


def selfcheck_output(capsys) -> tuple[int, list[str]]:
    code = main(["selfcheck"])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


def test_selfcheck_passes_and_leaves_nothing_behind(own_temp, capsys):
    code, lines = selfcheck_output(capsys)
    assert code == 0, "\n".join(lines)
    assert [line.split(":")[0].split(maxsplit=1)[1] for line in lines[:-1]] == CHECKS
    assert all(line.startswith("ok  ") for line in lines[:-1])
    assert lines[-1].startswith("OK: TIPDesk") and "all 10 self-checks" in lines[-1]
    assert "NotoSans-Regular" in lines[3] and "Noto Naskh Arabic" in lines[8]
    assert list(own_temp.iterdir()) == []  # the throw-away office is gone
    assert not data_dir().exists()  # the user's own data folder was never touched


def test_a_bundle_missing_a_font_fails_naming_it(own_temp, bundle, capsys):
    (bundle / "fonts" / "NotoNaskhArabic-Bold.ttf").unlink()
    code, lines = selfcheck_output(capsys)
    assert code == 5
    fonts = next(line for line in lines if line.split(maxsplit=1)[1].startswith("fonts:"))
    assert fonts.startswith("FAIL") and "NotoNaskhArabic-Bold.ttf is missing" in fonts
    assert lines[-1].startswith("FAILED: ") and "reinstall" in lines[-1]
    assert "fonts" in lines[-1].split("(", 1)[1].split(")")[0].split(", ")
    assert list(own_temp.iterdir()) == []


def test_qt_that_cannot_start_is_one_failed_line(own_temp, capsys, monkeypatch):
    aborting = (
        "import sys; sys.stderr.write('qt.qpa.plugin: Could not find the Qt platform plugin "
        '"offscreen" in ""\\n\'); sys.exit(134)'
    )
    monkeypatch.setattr(selfcheck_command, "_own_command", lambda: [sys.executable, "-c", aborting])
    code, lines = selfcheck_output(capsys)
    assert code == 5
    qt = next(line for line in lines if "Qt offscreen platform:" in line)
    assert qt.startswith("FAIL") and "exit code 134" in qt and "Could not find the Qt" in qt
    assert "(Qt offscreen platform)" in lines[-1]
    assert lines[-2].startswith("ok  ") and "clean-up" in lines[-2]


def test_frozen_build_needs_every_language_compiled(bundle, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    translations = bundle / "translations"
    translations.mkdir(exist_ok=True)
    for old in translations.glob("*.qm"):
        old.unlink()

    def translations_line():
        return next(r for r in run_selfcheck() if r.name == "translations")

    missing = translations_line()
    assert not missing.ok and "tipdesk_fr.qm, tipdesk_ar.qm missing" in missing.detail
    compile_translation(translations / "tipdesk_fr.qm", "fr", {"Cases": "Dossiers"})
    (translations / "tipdesk_ar.qm").write_text("<TS>a source renamed .qm</TS>")
    broken = translations_line()
    assert not broken.ok and "tipdesk_ar.qm is not a compiled Qt translation" in broken.detail
    compile_translation(translations / "tipdesk_ar.qm", "ar", {"Cases": "الحالات"})
    built = translations_line()
    assert built.ok and built.detail == "compiled: fr (1 messages), ar (1 messages)"


def test_plaintext_on_disk_is_caught(tmp_path):
    (tmp_path / "office.tipdesk").write_bytes(b"\0" * 64)
    (tmp_path / "office.tipdesk-wal").write_bytes(b"xx" + CANARY_GIVEN.encode("utf-16-le"))
    with pytest.raises(SelfCheckFailed, match="readable in office.tipdesk-wal"):
        selfcheck._no_plaintext(tmp_path)


def test_a_worker_process_that_dies_fails_its_check(own_temp, capsys, monkeypatch):
    started = worker_process.start_child

    def dying(name):
        process, commands, reports = started(name)
        process.kill()  # as a frozen build that cannot start a worker would
        process.join()
        return process, commands, reports

    monkeypatch.setattr(worker_process, "start_child", dying)
    code, lines = selfcheck_output(capsys)
    assert code == 5
    line = next(line for line in lines if "worker process:" in line)
    assert line.startswith("FAIL") and "ended without answering" in line
    assert list(own_temp.iterdir()) == []
