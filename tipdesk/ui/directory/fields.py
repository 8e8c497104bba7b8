"""Inputs of the service editor: vocabulary check lists and a language picker (ISO 639-3)."""

from __future__ import annotations

from functools import cache

import pycountry
from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.i18n import language_name
from tipdesk.models import vocab as v
from tipdesk.ui import shortcuts
from tipdesk.ui.admin.common import ERROR_STYLE
from tipdesk.ui.keyboard import keyed_button
from tipdesk.ui.terms import term_label


def error_label() -> QLabel:
    """A red, wrapped line under an input; hidden while there is nothing to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class CheckList(QGroupBox):
    """A box of one check box per vocabulary term; none ticked means "everyone"."""

    changed = Signal()

    def __init__(
        self, title: str, vocabulary: v.Vocabulary, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for number, term in enumerate(vocabulary):
            box = QCheckBox(term_label(vocabulary, term.code))
            box.setAccessibleName(f"{title}: {box.text()}")
            box.toggled.connect(self.changed)
            self.boxes[term.code] = box
            grid.addWidget(box, number // columns, number % columns)
        self.hint = QLabel(self.tr("None ticked: everyone."))
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.changed.connect(self._update_hint)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)
        self._update_hint()

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def _update_hint(self) -> None:
        self.hint.setText(
            self.tr("Only those ticked.") if self.codes() else self.tr("None ticked: everyone.")
        )


@cache
def _language_choices(locale_key: str) -> tuple[tuple[str, str], ...]:
    """("Name (code)", code) for every ISO 639-3 language, by name."""
    del locale_key  # the cache key: names follow the interface language
    found = [
        (f"{language_name(lang.alpha_3)} ({lang.alpha_3})", lang.alpha_3)
        for lang in pycountry.languages
    ]
    return tuple(sorted(found, key=lambda item: item[0].casefold()))


def language_code(text: str) -> str | None:
    """The ISO 639-3 code that `text` names: "Fulah (ful)", "ful", "ff" or "Fulah"."""
    text = text.strip()
    if text.endswith(")") and "(" in text:
        text = text[text.rindex("(") + 1 : -1]
    if not text:
        return None
    try:
        return pycountry.languages.lookup(text).alpha_3
    except LookupError:
        return None


class LanguagePicker(QWidget):
    """The languages a service works in: type a name or code to add, select one to remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Languages of the service"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Language to add"))
        self.edit.setPlaceholderText(self.tr("Type a language, e.g. Fulah"))
        choices = _language_choices(QLocale().name())
        self._by_text = dict(choices)
        completer = QCompleter(QStringListModel([text for text, _ in choices], self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add language"))
        self.add_button.clicked.connect(self.add_typed)
        keyed_button(self.add_button, shortcuts.ADD_CHOSEN.key_text())
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected language"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(
            shortcuts.REMOVE_CHOSEN.sequence(),
            self.list,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.hint = QLabel(self.tr("None listed: any language."))
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def codes(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def set_codes(self, codes: list[str]) -> None:
        self.list.clear()
        for code in codes:
            self._append(code)

    def add_code(self, code: str) -> None:
        if code not in self.codes():
            self._append(code)
            self.changed.emit()

    def add_typed(self) -> bool:
        """Add the language typed in the box; say so in plain words when it is unknown."""
        text = self.edit.text().strip()
        if not text:
            return False
        code = self._by_text.get(text) or language_code(text)
        if code is None:
            self.error.setText(
                self.tr(
                    "'%1' is not a language we know. Type part of its name "
                    "and choose it from the list."
                ).replace("%1", text)
            )
            self.error.show()
            return False
        self.error.hide()
        self.add_code(code)
        self.edit.clear()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.edit, self.add_button, self.remove_button, self.hint):
            widget.setVisible(not read_only)

    def _append(self, code: str) -> None:
        item = QListWidgetItem(f"{language_name(code)} ({code})")
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.list.addItem(item)
