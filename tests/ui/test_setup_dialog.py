"""The set-up dialog, driven end to end on real SQLCipher files."""

import re
import unicodedata

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tipdesk.errors import AuthenticationFailed
from tipdesk.services import office as office_service
from tipdesk.store.keyslots import KeySlotFile, keys_path_for
from tipdesk.ui.setup_dialog import SetupDialog

CODE_PATTERN = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){5}$")


@pytest.fixture
def dialog(qtbot, db_path, runner):
    setup = SetupDialog(db_path, runner)
    qtbot.addWidget(setup)
    setup.show()
    return setup


def pdf_text(path):
    """The text of a PDF, whitespace collapsed and ligatures undone."""
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def fill(qtbot, dialog, *, password=ADMIN_PASSWORD, confirm=None, country="Cameroon"):
    qtbot.keyClicks(dialog.office_edit, "Maroua field office")
    dialog.country_combo.setEditText(country)
    qtbot.keyClicks(dialog.username_edit, ADMIN)
    qtbot.keyClicks(dialog.display_edit, "Amina Bello")
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.confirm_edit, password if confirm is None else confirm)


def create(qtbot, dialog):
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._busy and dialog.recovery_page is not None, timeout=15000)
    return dialog.recovery_page


def test_strength_feedback_follows_typing(qtbot, dialog):
    qtbot.keyClicks(dialog.password_edit, "abc")
    assert "too weak" in dialog.strength.label.text()
    assert "at least 10 characters" in dialog.strength.label.text()
    assert dialog.strength.bar.value() == 0
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "Maroua-river-2026-blue")
    assert dialog.strength.bar.value() >= 3
    assert "good" in dialog.strength.label.text() or "strong" in dialog.strength.label.text()


def test_weak_password_is_refused_in_plain_words(qtbot, dialog, db_path):
    fill(qtbot, dialog, password="password")
    dialog.create_office()
    message = dialog.errors["password"]
    assert message.isVisible()
    assert "too weak" in message.text()
    assert "at least 10 characters" in message.text()
    assert "common or repetitive" in message.text()
    assert dialog.recovery_page is None
    assert not db_path.exists() and not keys_path_for(db_path).exists()


def test_password_containing_the_user_name_is_refused(qtbot, dialog):
    fill(qtbot, dialog, password="amina-likes-mangoes")
    dialog.create_office()
    assert "do not include the user name" in dialog.errors["password"].text()


def test_mismatched_passwords_are_refused(qtbot, dialog, db_path):
    fill(qtbot, dialog, confirm=ADMIN_PASSWORD + "x")
    dialog.create_office()
    assert dialog.errors["confirm"].isVisible()
    assert "not the same" in dialog.errors["confirm"].text()
    assert not dialog.errors["password"].isVisible()
    assert not db_path.exists()


def test_mismatch_is_shown_while_typing(qtbot, dialog):
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.confirm_edit, "Maroua-l")
    assert dialog.errors["confirm"].isVisible()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "Maroua-r")  # a prefix so far: no complaint yet
    assert not dialog.errors["confirm"].isVisible()


def test_missing_fields_and_unknown_country_are_named(qtbot, dialog):
    dialog.country_combo.setEditText("Narnia")
    dialog.create_office()
    for key in ("office", "country", "username", "password"):
        assert dialog.errors[key].isVisible(), key
    assert "country" in dialog.errors["country"].text()


def test_country_accepts_a_name_or_a_code(qtbot, dialog):
    dialog.country_combo.setEditText("cameroon")
    assert dialog.country_combo.code() == "CMR"
    dialog.country_combo.setEditText("LBR")
    assert dialog.country_combo.code() == "LBR"
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("PAK"))
    assert dialog.country_combo.code() == "PAK"


def test_create_shows_the_recovery_code_once_and_the_office_opens(qtbot, dialog, db_path):
    fill(qtbot, dialog)
    page = create(qtbot, dialog)
    code = page.code_label.text()
    assert CODE_PATTERN.match(code)
    assert dialog.stack.currentWidget() is page
    assert dialog.password_edit.text() == "" and dialog.confirm_edit.text() == ""
    assert db_path.exists() and keys_path_for(db_path).exists()
    # The code shown is the one that opens the recovery slot (and another code does not).
    slots = KeySlotFile.load(keys_path_for(db_path))
    assert slots.unlock_recovery(code)
    with pytest.raises(AuthenticationFailed):
        slots.unlock_recovery(code.replace(code[0], "Z" if code[0] != "Z" else "Y"))
    office = office_service.sign_in(db_path, ADMIN, ADMIN_PASSWORD)
    try:
        assert office.info.name == "Maroua field office"
        assert office.info.country_code == "CMR"
        assert office.user.display_name == "Amina Bello"
        assert office.user.role == "administrator"
    finally:
        office.lock()
    # Continue waits for the checkbox.
    assert not page.continue_button.isEnabled()
    page.confirm_box.setChecked(True)
    assert page.continue_button.isEnabled()
    page.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.username == ADMIN


def test_save_as_pdf_writes_the_sheet_with_the_code(qtbot, dialog, tmp_path, monkeypatch):
    fill(qtbot, dialog)
    page = create(qtbot, dialog)
    out = tmp_path / "usb" / "recovery"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.save_button.click()
    written = out.with_name("recovery.pdf")  # the extension is added
    assert sorted(p.name for p in out.parent.iterdir()) == ["recovery.pdf"]  # no temp files
    text = pdf_text(written)
    assert page.code_label.text() in text
    assert "Maroua field office" in text
    assert "Cameroon" in text
    assert "Anyone with this code and the database can read every case." in text
    assert str(written) in page.status_label.text()


def test_cancelled_save_writes_nothing(qtbot, dialog, tmp_path, monkeypatch):
    fill(qtbot, dialog)
    page = create(qtbot, dialog)
    before = set(tmp_path.rglob("*"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.save_button.click()
    assert set(tmp_path.rglob("*")) == before
    assert page.status_label.text() == ""


def test_print_renders_the_same_sheet(qtbot, dialog, tmp_path, monkeypatch):
    fill(qtbot, dialog)
    page = create(qtbot, dialog)
    printed = tmp_path / "printed.pdf"

    def accept(print_dialog):
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page.print_button.click()
    text = pdf_text(printed)  # Qt's PDF writer uses ligatures ("ffi"): NFKC undoes them
    assert page.code_label.text() in text
    assert "Keep in the office safe." in text
    assert "Maroua field office" in text


def test_service_errors_are_shown_in_the_dialog(qtbot, dialog, db_path):
    db_path.write_bytes(b"someone else's file")
    fill(qtbot, dialog)
    dialog.create_office()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)
    assert dialog.message_label.isVisible()
    assert "already exists" in dialog.message_label.text()
    assert "never overwrites" in dialog.message_label.text()
    assert dialog.recovery_page is None
    assert dialog.create_button.isEnabled()
    assert db_path.read_bytes() == b"someone else's file"


def test_enter_in_the_form_creates_rather_than_cancels(qtbot, dialog):
    finished = []
    dialog.finished.connect(finished.append)
    fill(qtbot, dialog, password="short")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and finished == []
    assert dialog.errors["password"].isVisible()
