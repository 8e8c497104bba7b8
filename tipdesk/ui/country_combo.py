"""A searchable country chooser over ISO 3166 (pycountry) that yields alpha-3 codes."""

from __future__ import annotations

import unicodedata

import pycountry
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from tipdesk.errors import BadInput
from tipdesk.i18n import country_name
from tipdesk.services.office import resolve_country


def country_choices() -> list[tuple[str, str]]:
    """(shown name, alpha-3 code) for every ISO 3166 country, in the language in use and
    sorted as its readers expect (accents do not send "Égypte" after "Zambie")."""
    found = [(_shown(c), c.alpha_3) for c in pycountry.countries]
    return sorted(found, key=lambda item: _sort_key(item[0]))


def _shown(country) -> str:
    """Its name in the language in use; in English its common name ("Bolivia") if it has one."""
    translated = country_name(country.name)
    if translated != country.name:
        return translated
    return getattr(country, "common_name", country.name)


def _sort_key(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if ch.isalnum())


class CountryComboBox(QComboBox):
    """Editable: type part of a name or a code; `code()` is the chosen alpha-3 or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Country"))
        for name, code in country_choices():
            self.addItem(f"{name} ({code})", code)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def code(self) -> str | None:
        """The alpha-3 code of the country the text names (item, code or name), else None."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        try:
            return resolve_country(text).alpha_3
        except BadInput:
            return None

    def set_code(self, alpha_3: str) -> None:
        """Select the country with this alpha-3 code (nothing when unknown)."""
        self.setCurrentIndex(self.findData(alpha_3))
