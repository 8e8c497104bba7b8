"""The small keyboard helpers on their own: Alt+letters found for captions made at run time,
and the shortcut list built from the same definitions the windows bind."""

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from tipdesk.ui import shortcuts
from tipdesk.ui.keyboard import fill_mnemonics, mnemonic, plain, with_mnemonic


def test_captions_and_their_letters():
    assert mnemonic("Sa&ve changes") == "v"
    assert mnemonic("R&&D budget") is None  # "&&" is an ampersand, not a letter
    assert plain("Sa&ve R&&D") == "Save R&D"
    taken = {"s", "a"}
    assert with_mnemonic("Safe times:", taken) == "Sa&fe times:"
    assert "f" in taken
    assert with_mnemonic("Sa", taken) == "Sa"  # no free letter: left as it is
    assert with_mnemonic("&Phone:", taken) == "&Phone:" and "p" in taken


def test_generated_form_captions_get_free_letters(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    layout.addRow(QPushButton("&Save", form))
    for caption in ("Status:", "Sensitivity:", "Officer:"):
        layout.addRow(caption, QLineEdit())
    fill_mnemonics(form, taken={"t"})  # "t" is a tab of the window around the form
    labels = [layout.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(1, 4)]
    texts = [item.widget().text() for item in labels]
    assert texts == ["St&atus:", "S&ensitivity:", "&Officer:"]


def test_the_help_lists_every_key_the_windows_bind(qapp):
    rows = shortcuts.help_rows(["Home", "Cases", "Reports"])
    keys = {keys for _, keys, _ in rows}
    for bound in (shortcuts.NEW_CASE, shortcuts.FIND, shortcuts.LOCK, shortcuts.HELP):
        assert bound.key_text() in keys
    assert ("Ctrl+2", "Show the section Cases") in {(k, does) for _, k, does in rows}
    assert "Ctrl+4" not in keys  # one Ctrl+number per section shown, no more
    assert shortcuts.WIZARD_NEXT.key_text() == "Alt+N"  # from the button's own caption
