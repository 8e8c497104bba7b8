"""Form fields of the case file: one input each, read and written as the services' values.

`get()` returns the value to save (raising ValueError with a plain message when the input
cannot be one), `set()` shows a stored value, `to_json`/`from_json` carry it in a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pycountry
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from tipdesk.ui.wizard.widgets import shrinkable

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

NO_DATE = QDate(1900, 1, 1)


class Field:
    """An input bound to one stored field, e.g. "profile.sex"."""

    def __init__(self, key: str, widget: QWidget, name: str) -> None:
        self.key, self.widget = key, widget
        widget.setAccessibleName(name)

    @property
    def group(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]

    def get(self) -> object:
        raise NotImplementedError

    def set(self, value: object) -> None:
        raise NotImplementedError

    def normal(self, value: object) -> object:
        """A stored value as `get()` would return it (to compare without false changes)."""
        return value

    def to_json(self, value: object) -> object:
        return value

    def from_json(self, value: object) -> object:
        return value

    def set_editable(self, editable: bool) -> None:
        self.widget.setEnabled(editable)

    def connect(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError


class TextField(Field):
    """One line (QLineEdit) or several (QPlainTextEdit); empty is None."""

    def __init__(
        self, key: str, name: str, *, multiline: bool = False, max_length: int = 200
    ) -> None:
        widget = QPlainTextEdit() if multiline else QLineEdit()
        if multiline:
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 3 + 12)
        else:
            widget.setMaxLength(max_length)
        super().__init__(key, widget, name)

    def _text(self) -> str:
        w = self.widget
        return w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()

    def get(self) -> str | None:
        return self._text().strip() or None

    def set(self, value: object) -> None:
        w = self.widget
        (w.setPlainText if isinstance(w, QPlainTextEdit) else w.setText)(str(value or ""))

    def normal(self, value: object) -> object:
        return (str(value).strip() or None) if value is not None else None

    def set_editable(self, editable: bool) -> None:
        self.widget.setReadOnly(not editable)  # still readable and selectable
        self.widget.style().unpolish(self.widget)  # style sheets may depend on readOnly
        self.widget.style().polish(self.widget)

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(slot)


class ChoiceField(Field):
    """A combo box whose item data are the stored codes (None for "not set")."""

    def __init__(self, key: str, name: str, choices: list[tuple[str, object]]) -> None:
        combo = shrinkable(QComboBox())  # long translated choices: no wider than the screen
        for text, value in choices:
            combo.addItem(text, value)
        super().__init__(key, combo, name)

    def get(self) -> object:
        return self.widget.currentData()

    def set(self, value: object) -> None:
        index = self.widget.findData(value)
        if index < 0:  # a value the list lacks (an old or imported code): show it as it is
            self.widget.addItem(str(value), value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(index)

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _index: slot())


class FlagField(ChoiceField):
    """Yes, no, or not known."""

    def __init__(self, key: str, name: str) -> None:
        super().__init__(
            key,
            name,
            [
                (translate("cases", "Not known"), None),
                (translate("cases", "Yes"), True),
                (translate("cases", "No"), False),
            ],
        )


class AgeField(Field):
    """Whole years, 0 to 120, or not known (the service derives the age band)."""

    def __init__(self, key: str, name: str) -> None:
        spin = QSpinBox()
        spin.setRange(-1, 120)
        spin.setSpecialValueText(translate("cases", "Not known"))
        spin.setSuffix(translate("cases", " years"))
        super().__init__(key, spin, name)

    def get(self) -> int | None:
        value = self.widget.value()
        return None if value < 0 else value

    def set(self, value: object) -> None:
        self.widget.setValue(-1 if value is None else int(value))

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _value: slot())


class DateField(Field):
    """A day, or not known; never after today."""

    def __init__(self, key: str, name: str) -> None:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setMaximumDate(QDate.currentDate())
        edit.setSpecialValueText(translate("cases", "Not known"))
        super().__init__(key, edit, name)

    def get(self) -> date | None:
        day = self.widget.date()
        return None if day == NO_DATE else day.toPython()

    def set(self, value: object) -> None:
        self.widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def to_json(self, value: object) -> object:
        return value.isoformat() if isinstance(value, date) else None

    def from_json(self, value: object) -> object:
        return date.fromisoformat(value) if value else None

    def connect(self, slot: Callable[[], None]) -> None:
        self.widget.dateChanged.connect(lambda _day: slot())


def country_code(text: str) -> str | None:
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        return None


def language_code(text: str) -> str | None:
    try:
        return pycountry.languages.lookup(text).alpha_3
    except LookupError:
        return None


class CodeListField(TextField):
    """Several ISO codes (countries or languages) typed as "NGA; CMR", names also accepted."""

    def __init__(self, key: str, name: str, lookup: Callable[[str], str | None], what: str) -> None:
        super().__init__(key, name)
        self.lookup, self.what = lookup, what
        self.widget.setPlaceholderText(translate("cases", "Codes or names, separated by ;"))

    def get(self) -> list[str]:
        codes: list[str] = []
        for part in self._text().replace(",", ";").split(";"):
            if not part.strip():
                continue
            code = self.lookup(part.strip())
            if code is None:
                raise ValueError(
                    translate("cases", "'%1' is not a known %2.")
                    .replace("%1", part.strip())
                    .replace("%2", self.what)
                )
            if code not in codes:
                codes.append(code)
        return codes

    def set(self, value: object) -> None:
        self.widget.setText(value if isinstance(value, str) else "; ".join(value or []))

    def to_json(self, value: object) -> object:
        return "; ".join(value) if isinstance(value, list) else value

    def normal(self, value: object) -> object:
        return list(value or [])
