"""The user guide's screenshot script draws real screens: a couple of them, in French, into
tmp_path (the full run, every scene in both languages, is `python scripts/screenshots.py`)."""

import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "screenshots.py"


def drawn(path: Path) -> tuple[int, int, float]:
    """Width, height and the share of the pixels that have the commonest colour."""
    with Image.open(path) as image:
        pixels = image.convert("RGB")
        commonest = max(pixels.getcolors(pixels.width * pixels.height))[0]
        return image.width, image.height, commonest / (pixels.width * pixels.height)


def test_the_sign_in_and_set_up_screens_are_drawn_in_french(tmp_path):
    out, work = tmp_path / "img", tmp_path / "work"
    command = [sys.executable, str(SCRIPT), "--language", "fr", "--only", "sign-in", "set-up"]
    command += ["--out", str(out), "--work", str(work), "--cases", "5"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr

    names = sorted(path.name for path in (out / "fr").iterdir())
    assert names == ["recovery-code.png", "set-up.png", "sign-in.png"]
    for name in names:
        width, height, commonest = drawn(out / "fr" / name)
        assert 400 <= width <= 1366 and 200 <= height <= 768, (name, width, height)
        assert commonest < 0.9, f"{name} is (nearly) one colour: blank"
        assert (out / "fr" / name).stat().st_size < 100_000  # palette colours keep it small
    assert not work.exists()  # the demo office is gone with its folder


def test_an_unknown_scene_is_refused_before_anything_is_drawn(tmp_path):
    command = [sys.executable, str(SCRIPT), "--only", "no-such-screen", "--out", str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "unknown scene(s): no-such-screen" in result.stderr
    assert list(tmp_path.iterdir()) == []
