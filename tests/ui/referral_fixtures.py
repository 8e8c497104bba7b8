"""Shared helpers for the Referrals tests: a demo office, the page, what widgets and PDFs say."""

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from tipdesk.services import office as office_service
from tipdesk.services.demo import DEMO_PASSWORD, create_demo_office, generate_cases
from tipdesk.store import keyslots
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals import ReferralsPage

DEMO_CASES = 150


def build_demo_office(folder: Path) -> Path:
    """A demo office with 150 fictional cases and their referrals in `folder`; its path."""
    db = folder / "office.tipdesk"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "SCRYPT_N", 2**12)
        create_demo_office(db)
        office = office_service.sign_in(db, "demo-admin", DEMO_PASSWORD)
        try:
            for _done in generate_cases(office, DEMO_CASES):
                pass
        finally:
            office.lock()
    return db


def copy_office(db: Path, folder: Path) -> Path:
    """A private copy of the office `db` (database and key slots) in `folder`."""
    for path in db.parent.iterdir():
        if path.name.startswith(db.name):
            shutil.copy2(path, folder / path.name)
    return folder / db.name


def sign_in(db, username):
    return office_service.sign_in(db, username, DEMO_PASSWORD)


def make_page(qtbot, office, runner, settings) -> ReferralsPage:
    page = ReferralsPage(PageContext(office, runner, settings))
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    return queued(qtbot, page)


def queued(qtbot, page: ReferralsPage) -> ReferralsPage:
    """`page` once its queue and overdue counts are read (on worker threads)."""
    qtbot.waitUntil(
        lambda: not page.model.loading and bool(page.overdue_label.text()), timeout=10_000
    )
    return page


def widget_texts(root: QWidget) -> str:
    """Every text a user could read in `root` and its children (labels, inputs, tables...)."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            found += [
                widget.item(r, c).text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if widget.item(r, c)
            ]
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return "\n".join(found)


LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def pdf_pages(path) -> list[str]:
    """The text of each page of a PDF, with Qt's tab-separated words and ligatures made plain."""
    pages = []
    for page in PdfReader(path).pages:
        text = page.extract_text()
        for ligature, letters in LIGATURES.items():
            text = text.replace(ligature, letters)
        pages.append(re.sub(r"[ \t]+", " ", text))
    return pages


def pdf_text(path) -> str:
    return "\n".join(pdf_pages(path))
