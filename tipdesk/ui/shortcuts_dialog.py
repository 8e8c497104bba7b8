"""Help > Keyboard shortcuts (F1): every key of TIPDesk, listed from `tipdesk.ui.shortcuts`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.shortcuts import help_rows


class KeyboardShortcutsDialog(QDialog):
    """A read-only list of keys and what they do, grouped by where they work."""

    def __init__(self, section_titles: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Everything in TIPDesk can be done from the keyboard. These keys work in the "
                "places named; the underlined letter of a caption works wherever it is shown."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for where, keys, does in help_rows(section_titles):
            group = groups.get(where)
            if group is None:
                group = groups[where] = QTreeWidgetItem(self.tree, [where])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            QTreeWidgetItem(group, [keys, does])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, keys, what they do) as listed, top to bottom."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                found.append((group.text(0), item.text(0), item.text(1)))
        return found
