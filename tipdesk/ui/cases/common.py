"""Pieces the case screens share: vocabulary choosers, small tables, status lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.ui.admin.common import ERROR_STYLE, StatusLabel
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.terms import term_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

BANNER_STYLE = (
    "color: #5a3a00; background: #fff4e0; border: 1px solid #e0a040;"
    " border-radius: 3px; padding: 6px 8px;"
)


def labels(vocabulary: v.Vocabulary, codes: list[str] | tuple[str, ...] | None) -> str:
    """Translated labels of several codes, comma separated ("—" when there are none)."""
    return ", ".join(term_label(vocabulary, code) for code in codes or ()) or "—"


def yes_no(value: bool | None) -> str:
    if value is None:
        return translate("cases", "Not known")
    return translate("cases", "Yes") if value else translate("cases", "No")


def local_time(at: datetime | None) -> str:
    """A stored (naive UTC) time as local time to the minute; "" for None."""
    if at is None:
        return ""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def fill_choices(
    combo: QComboBox,
    vocabulary: v.Vocabulary,
    *,
    none_text: str | None = None,
    codes: tuple[str, ...] | None = None,
) -> None:
    """Items for the vocabulary's terms (translated labels, codes as data), optionally "none"."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code in codes or vocabulary.codes:
        combo.addItem(term_label(vocabulary, code), code)


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is `value`, adding one for a value the list lacks."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class StatusLine(StatusLabel):
    """A status line that can also call a service and show its failure in plain words."""

    @property
    def is_error(self) -> bool:
        """An error is shown here (even while the tab holding the line is not on screen)."""
        return not self.isHidden() and self.styleSheet() == ERROR_STYLE

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[bool, Any]:
        """Call a service; on failure show its message here and return (False, None)."""
        try:
            return True, fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is shown in plain words
            self.show_error(describe_error(exc))
            return False, None


class ReadOnlyTable(QTableWidget):
    """A small table of text (tens of rows): one selectable row at a time, nothing editable."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_rows(self, rows: list[list[str]], keys: list[object] | None = None) -> None:
        """Replace the rows; `keys[i]` is kept as the UserRole data of row i's first cell."""
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 40 else "")
                if c == 0 and keys is not None:
                    item.setData(Qt.ItemDataRole.UserRole, keys[r])
                self.setItem(r, c, item)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their text (after any change of font), the last one stretched."""
        self.resizeColumnsToContents()
        for c in range(self.columnCount() - 1):
            self.setColumnWidth(c, min(self.columnWidth(c) + 8, 320))

    def selected_key(self) -> object:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row."""
        return [
            [self.item(r, c).text() if self.item(r, c) else "" for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
