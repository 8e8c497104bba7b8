"""The self-check's look at Qt: the offscreen platform, bundled fonts, image formats, printing
to PDF and the compiled translations, as a frozen build must carry them.

`tipdesk selfcheck` runs this in a child process, so that a Qt that cannot start (a missing
platform plugin aborts the process) is reported as one failed check, not a crash.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tipdesk.services.selfcheck import SelfCheckFailed, translation_files

SAMPLE = "Référence REF-2026-00042 — مرحبا"  # Latin with accents, and Arabic script
IMAGE_FORMATS = (b"png", b"jpeg", b"ico", b"svg")  # all but png come from Qt plugins


def probe() -> str:
    """Start Qt offscreen and exercise what TIPDesk's windows use; one line of what was seen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["tipdesk-selfcheck"])
    if QApplication.platformName() != "offscreen":
        raise SelfCheckFailed(f"Qt started the '{app.platformName()}' platform, not offscreen")
    families = _load_fonts()
    formats = _image_formats()
    printed = _print_sample(families[0])
    translations = _load_translations()
    return (
        f"started; fonts {', '.join(families)}; image formats {', '.join(formats)}; "
        f"printed a {printed} KiB PDF; {translations}"
    )


def _load_fonts() -> list[str]:
    from PySide6.QtGui import QFontDatabase

    from tipdesk.reports.fonts import font_paths

    families: list[str] = []
    for path in font_paths().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise SelfCheckFailed(f"Qt cannot load the font {path.name}")
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def _image_formats() -> list[str]:
    from PySide6.QtGui import QImageReader

    supported = {bytes(f.data()) for f in QImageReader.supportedImageFormats()}
    missing = [f.decode() for f in IMAGE_FORMATS if f not in supported]
    if missing:
        raise SelfCheckFailed(f"Qt cannot read {', '.join(missing)} images (imageformats plugins)")
    return [f.decode() for f in IMAGE_FORMATS]


def _print_sample(family: str) -> int:
    """Print a line in the bundled font to a PDF, as referral forms are printed; its KiB."""
    from PySide6.QtGui import QFont, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    with tempfile.TemporaryDirectory(prefix="tipdesk-selfcheck-qt-") as folder:
        out = Path(folder, "sample.pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        document = QTextDocument()
        document.setDefaultFont(QFont(family, 12))
        document.setPlainText(SAMPLE)
        document.print_(printer)
        raw = out.read_bytes() if out.exists() else b""
    if not raw.startswith(b"%PDF-"):
        raise SelfCheckFailed("Qt printed no PDF (print support)")
    return max(1, len(raw) // 1024)


def _load_translations() -> str:
    from PySide6.QtCore import QTranslator

    compiled = translation_files()
    for path in compiled:
        if not QTranslator().load(str(path)):
            raise SelfCheckFailed(f"Qt cannot load the translation {path.name}")
    return f"{len(compiled)} translations load" if compiled else "no translation to load"
