"""A searchable multi-select over coded names: ISO 3166 countries, ISO 639-3 languages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

import pycountry
from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.i18n import current_language, language_name
from tipdesk.ui import shortcuts
from tipdesk.ui.country_combo import country_choices
from tipdesk.ui.keyboard import forward_focus, keyed_button


def language_choices() -> tuple[tuple[str, str], ...]:
    """(shown name, ISO 639-3 code) of every living language, named and sorted in the
    language in use (it can change while running)."""
    return _languages_in(current_language())


@cache
def _languages_in(_language: str) -> tuple[tuple[str, str], ...]:
    found = [
        (language_name(lang.alpha_3), lang.alpha_3)
        for lang in pycountry.languages
        if getattr(lang, "type", "L") in {"L", "S"}
    ]
    return tuple(sorted(found, key=lambda item: item[0].casefold()))


def countries() -> tuple[tuple[str, str], ...]:
    """Every country, named and sorted in the language in use (it can change while running)."""
    return _countries_in(current_language())


@cache
def _countries_in(_language: str) -> tuple[tuple[str, str], ...]:
    return tuple(country_choices())


class CodePicker(QWidget):
    """Type part of a name or a code, press Enter (or pick a suggestion) to add it; the
    chosen entries are listed below, Delete removes the selected one. `values()` are codes.
    With `single=True` a new choice replaces the old one."""

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        accessible_name: str,
        *,
        single: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.single = single
        self._names = {code: name for name, code in choices}
        self._by_text = {}
        for name, code in choices:
            for key in (name, code, f"{name} ({code})"):
                self._by_text.setdefault(key.casefold(), code)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("Type to search, then press Enter"))
        self.edit.setAccessibleDescription(
            self.tr(
                "Type part of a name or code and press Enter to add it. Delete removes the "
                "entry selected in the list below."
            )
        )
        completer = QCompleter(QStringListModel([f"{n} ({c})" for n, c in choices], self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._add_text)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(lambda: self._add_text(self.edit.text()))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", accessible_name))
        self.add_button.setAutoDefault(False)
        keyed_button(self.add_button, shortcuts.ADD_CHOSEN.key_text())
        self.add_button.clicked.connect(lambda: self._add_text(self.edit.text()))
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Chosen: %1").replace("%1", accessible_name))
        self.chosen.setToolTip(self.tr("Select an entry and press Delete to remove it"))
        self.chosen.setFlow(QListWidget.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setSpacing(2)
        self.chosen.setFixedHeight(self.fontMetrics().lineSpacing() * (1 if single else 2) + 16)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove from %1").replace("%1", accessible_name)
        )
        self.remove_button.setAutoDefault(False)
        keyed_button(self.remove_button, shortcuts.REMOVE_CHOSEN.key_text())
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(
            shortcuts.REMOVE_CHOSEN.sequence(),
            self.chosen,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        forward_focus(self, lambda: self.edit)  # a caption's Alt+letter: type to search

    def code_for(self, text: str) -> str | None:
        """The code a typed text names (a name, a code or a suggestion), else None."""
        return self._by_text.get(text.strip().casefold())

    def _add_text(self, text: str) -> None:
        code = self.code_for(text)
        if code is None:
            if text.strip():
                self.edit.setStyleSheet("border: 1px solid #b3261e;")
                self.edit.setToolTip(self.tr("Not found: choose one of the suggestions"))
            return
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        self.add(code)
        # QCompleter writes the chosen suggestion into the edit after this signal: clear later.
        self.edit.clear()
        QTimer.singleShot(0, self.edit, self.edit.clear)

    def add(self, code: str) -> None:
        if code not in self._names or code in self.values():
            return
        if self.single:
            self.chosen.clear()
        item = QListWidgetItem(f"{self._names[code]} ({code})")
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.chosen.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def values(self) -> list[str]:
        return [
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chosen.count())
        ]

    def value(self) -> str | None:
        found = self.values()
        return found[0] if found else None

    def set_values(self, codes: Iterable[str]) -> None:
        self.chosen.clear()
        for code in codes or ():
            self.add(code)
        self.changed.emit()
