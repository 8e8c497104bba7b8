"""A 1366x768 laptop at 100, 125 and 150 % scaling, in English and in French (about a quarter
longer): the main window, the case wizard, the case file and the main dialogs fit at their
smallest, the wizard's pages never need a sideways scroll, and in a process started with
QT_SCALE_FACTOR each window opens no larger than the screen."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget

from tests.ui.case_fixtures import register
from tests.ui.keyboard_driver import signed_in_window
from tipdesk.ui.admin.user_dialogs import AddUserDialog
from tipdesk.ui.cases.case_file_view import CaseFileDialog
from tipdesk.ui.cases.screening_dialog import ScreeningDialog
from tipdesk.ui.directory.service_dialog import ServiceDialog
from tipdesk.ui.language import apply_language
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals.new_referral_dialog import NewReferralDialog
from tipdesk.ui.screen_fit import SMALLEST_SCREENS, fits, window_room
from tipdesk.ui.setup_dialog import SetupDialog

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("TIPDESK_SCREENSHOTS")  # a folder: keep the PNGs to look at


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    yield apply_language(request.param)
    apply_language("en")


def too_large(window) -> list[str]:
    """The smallest screens `window` (at its smallest) does not fit on."""
    return [name for name, room in SMALLEST_SCREENS.items() if not fits(window, room)]


def show_every_tab(window, qtbot) -> None:
    """Lay out every tab of `window` once (a tab's size counts once it has been shown)."""
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)


def test_the_main_window_and_the_wizard_fit(qtbot, language, runner, settings, admin_office):
    register(admin_office)
    window = signed_in_window(qtbot, runner, settings, admin_office)
    for key in window.section_keys():
        window.show_section(key)
        show_every_tab(window.page(key), qtbot)
        assert too_large(window) == [], key

    wizard = window.page("cases").new_case()  # closed with the window
    smallest = window_room(SMALLEST_SCREENS["1366x768 at 150 %"])
    wizard.resize(smallest)
    sideways = []
    for page_id, page in wizard.principle_pages():
        wizard.setStartId(page_id)
        wizard.restart()
        qtbot.wait(20)  # the check lists and rows of choices settle to the width
        assert too_large(wizard) == [], page.key
        if page.body.minimumSizeHint().width() > page.scroll.viewport().width():
            sideways.append(page.key)
        if page.scroll.horizontalScrollBar().isVisible():
            sideways.append(f"{page.key} (scroll bar)")
    assert sideways == []  # every answer is in view without scrolling sideways
    window.close()


def test_the_case_file_and_the_main_dialogs_fit(qtbot, language, runner, settings, admin_office):
    code = register(admin_office)
    context = PageContext(admin_office, runner, settings)
    case_file = CaseFileDialog(context, code)
    qtbot.addWidget(case_file, before_close_func=lambda w: w.discard_unsaved())
    case_file.show()
    show_every_tab(case_file, qtbot)
    found = {"case file": too_large(case_file)}
    for name, dialog in {
        "re-screen": ScreeningDialog(admin_office, case_file.case, case_file),
        "new referral": NewReferralDialog(context, code),
        "service": ServiceDialog(admin_office),
        "add user": AddUserDialog(admin_office, runner),
        "set up": SetupDialog(admin_office.db_path.parent / "new.tipdesk", runner),
    }.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(5)
        found[name] = too_large(dialog)
        dialog.close()
    assert {name: screens for name, screens in found.items() if screens} == {}


def render(scale: float, language: str, folder: Path) -> dict:
    """tests/ui/render_scaled.py in a process of its own (QT_SCALE_FACTOR before Qt starts)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.render_scaled", "--scale", str(scale)]
        + ["--language", language, "--out", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    return json.loads(lines[-1])


@pytest.mark.parametrize(("scale", "language"), [(1.25, "en"), (1.5, "fr")])
def test_windows_open_within_a_scaled_laptop_screen(tmp_path, scale, language):
    report = render(scale, language, tmp_path)
    available = QSize(*report["available"])
    assert available.width() == round(1366 / scale) or abs(available.width() - 1366 / scale) < 2
    outside = [w["name"] for w in report["windows"] if not w["fits"]]
    assert outside == []
    names = {w["name"] for w in report["windows"]}
    assert {"main window: cases", "wizard: identification", "case file: tab 1"} <= names
    shots = sorted(tmp_path.glob("*.png"))
    assert len(shots) == len(report["windows"])
    if SHOTS:
        target = Path(SHOTS) / f"scaled-{scale}-{language}"
        target.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copy2(shot, target / shot.name)
