"""Open the main window, the case wizard and a case file on a 1366x768 laptop screen at a
given scaling, check that each fits, and save PNGs of them to look at.

Qt reads QT_SCALE_FACTOR once, before the application exists, so this runs in a process of
its own (tests/ui/test_small_screens.py starts it):

    python -m tests.ui.render_scaled --scale 1.5 --out shots/ [--language fr]

It prints one JSON line: every window with its size, its smallest size and whether it fits.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = {"width": 1366, "height": 728}  # a 768-pixel screen less a 40-pixel task bar


def configure(scale: float, folder: Path) -> None:
    """The offscreen platform with one laptop screen, scaled (before Qt starts)."""
    config = folder / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def make_office(folder: Path):
    """A small office with one registered case (a cheap key derivation: throw-away data)."""
    from tests.test_case_registration import adult_man_forced_labour_abroad
    from tipdesk.services import office as office_service
    from tipdesk.services.case_registration import register_case
    from tipdesk.store import keyslots

    keyslots.SCRYPT_N = 2**12
    db = folder / "office.tipdesk"
    office_service.initialise_office(
        db,
        office_name="Bureau de terrain de Maroua",
        country="CMR",
        admin_username="amina",
        admin_display_name="Amina Bello",
        password="Maroua-river-2026",
    )
    office = office_service.sign_in(db, "amina", "Maroua-river-2026")
    register_case(office, adult_man_forced_labour_abroad())
    return office


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["HOME"] = str(folder)  # settings of this run only
        os.environ["XDG_CONFIG_HOME"] = str(folder / ".config")
        configure(args.scale, folder)
        report = render(args, folder)
    print(json.dumps(report))
    return 0 if all(window["fits"] for window in report["windows"]) else 1


def render(args: argparse.Namespace, folder: Path) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from tipdesk.ui.language import apply_language
    from tipdesk.ui.main_window import MainWindow
    from tipdesk.ui.screen_fit import fits, window_room
    from tipdesk.ui.worker import TaskRunner

    apply_language(args.language)
    office = make_office(folder)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner()
    available = app.primaryScreen().availableGeometry().size()
    room = window_room(available)
    windows = []

    def check(name: str, window, shot: str | None = None) -> None:
        app.processEvents()
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        size = window.size()
        windows.append(
            {
                "name": name,
                "size": [size.width(), size.height()],
                "smallest": [smallest.width(), smallest.height()],
                "fits": fits(window, available)
                and size.width() <= room.width()
                and size.height() <= room.height(),
            }
        )
        if shot:
            window.grab().save(str(args.out / f"{shot}.png"))

    main_window = MainWindow(runner, settings)
    main_window.open_office(office)
    main_window.show()
    box = main_window.session_start and main_window.session_start.backup_box
    if box:
        box.done(0)
    for key in main_window.section_keys():
        main_window.show_section(key)
        check(f"main window: {key}", main_window, f"main-{key}")
    cases = main_window.page("cases")
    wizard = cases.new_case()
    for page_id, page in wizard.principle_pages():
        wizard.setStartId(page_id)
        wizard.restart()
        check(f"wizard: {page.key}", wizard, f"wizard-{page.key}")
    wizard.close()
    while cases.model.loading:  # the list is read on a worker thread
        app.processEvents()
    code = cases.model.case_at(0).code
    cases.open_case(code)  # read on a worker thread
    while code not in cases.case_files:
        app.processEvents()
    case_file = cases.case_files[code]
    for index in range(case_file.tab_widget.count()):
        case_file.tab_widget.setCurrentIndex(index)
        check(f"case file: tab {index + 1}", case_file, f"case-file-{index + 1}")
    case_file.close()
    runner.wait()
    main_window.close()
    office.lock()
    return {
        "scale": args.scale,
        "language": args.language,
        "available": [available.width(), available.height()],
        "windows": windows,
    }


if __name__ == "__main__":
    sys.exit(main())
