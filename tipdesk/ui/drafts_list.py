"""The signed-in user's drafts in a small table, with Resume and Discard (Home, drafts notice)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import drafts
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.drafts import DraftInfo
from tipdesk.ui.feedback import describe_error, show_error

CONTEXT = "DraftKinds"
# What each kind of draft is called; screens that save a new kind add their words here.
KIND_LABELS = {
    "case-wizard": QT_TRANSLATE_NOOP("DraftKinds", "New case"),
    "case-edit": QT_TRANSLATE_NOOP("DraftKinds", "Changes to a case"),
    "referral": QT_TRANSLATE_NOOP("DraftKinds", "Referral"),
    "screening": QT_TRANSLATE_NOOP("DraftKinds", "Screening"),
}
ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    """The translated name of a kind of draft (the code itself when it is not known)."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, label) if label else kind


def saved_at_text(when: datetime) -> str:
    """A stored UTC time as the user's local date and time, in the locale's short format."""
    seconds = int(when.replace(tzinfo=UTC).timestamp())
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(seconds), QLocale.FormatType.ShortFormat)


class DraftsList(QWidget):
    """Lists `drafts.list_drafts(office)`; Resume emits, Discard asks and then deletes."""

    resume_requested = Signal(int, str)  # draft id, kind
    changed = Signal()  # a draft was discarded here

    def __init__(self, office: UnlockedOffice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self.confirm_box: QMessageBox | None = None
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Your drafts"))
        self.tree.setHeaderLabels([self.tr("Draft"), self.tr("What"), self.tr("Last saved")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self.resume_selected())

        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected draft"))
        self.resume_button.clicked.connect(self.resume_selected)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setAccessibleName(self.tr("Discard the selected draft"))
        self.discard_button.clicked.connect(self.discard_selected)
        self.button_row = QHBoxLayout()  # a dialog may add its own buttons before Resume
        self.button_row.addWidget(self.discard_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.resume_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(self.button_row)
        self.reload()

    def reload(self) -> list[DraftInfo]:
        """Read the drafts again; the list shown (empty when the office is locked)."""
        found = drafts.list_drafts(self._office) if self._office.is_open else []
        self.tree.clear()
        for draft in found:
            title = draft.title or self.tr("(untitled)")
            item = QTreeWidgetItem([title, kind_label(draft.kind), saved_at_text(draft.updated_at)])
            item.setData(0, ID_ROLE, draft.id)
            item.setData(0, KIND_ROLE, draft.kind)
            self.tree.addTopLevelItem(item)
        if found:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._selection_changed()
        return found

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def _selected(self) -> tuple[int, str, str] | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(0, ID_ROLE), item.data(0, KIND_ROLE), item.text(0)

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.resume_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def resume_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.resume_requested.emit(chosen[0], chosen[1])

    def discard_selected(self) -> None:
        """Ask first: discarding deletes typed work for good."""
        chosen = self._selected()
        if chosen is None:
            return
        draft_id, _kind, title = chosen
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard draft"),
            self.tr("Discard the draft \u201c%1\u201d? What it holds cannot be recovered.").replace(
                "%1", title
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.discard(draft_id) if button is discard else None
        )
        self.confirm_box = box
        box.open()

    def discard(self, draft_id: int) -> None:
        """Delete one draft now (no question asked) and show the list again."""
        try:
            drafts.discard_draft(self._office, draft_id)
        except Exception as exc:  # noqa: BLE001 - shown, never lost
            show_error(self, self.tr("Discard draft"), describe_error(exc))
            return
        self.reload()
        self.changed.emit()
