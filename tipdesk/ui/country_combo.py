"""A searchable country chooser over ISO 3166 (pycountry) that yields alpha-3 codes."""

from __future__ import annotations

import pycountry
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from tipdesk.errors import BadInput
from tipdesk.services.office import resolve_country


def country_choices() -> list[tuple[str, str]]:
    """(shown name, alpha-3 code) for every ISO 3166 country, sorted by name."""
    found = [(getattr(c, "common_name", c.name), c.alpha_3) for c in pycountry.countries]
    return sorted(found, key=lambda item: item[0].casefold())


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
