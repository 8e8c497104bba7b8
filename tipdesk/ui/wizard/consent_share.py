"""Consent to share named information with named partners: one row per partner."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import TipdeskError
from tipdesk.models import vocab as v
from tipdesk.services import directory
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.wizard.widgets import CheckList, ChoiceRow, options


def partner_names(office: UnlockedOffice) -> list[str]:
    """Organisation names and acronyms of the service directory, to name a partner as the
    referral gate will recognise it (nothing when the directory may not be read)."""
    try:
        records = directory.list_services(office, limit=1000)
    except TipdeskError:
        return []
    names = {r.organisation for r in records} | {r.organisation_acronym for r in records}
    return sorted((n for n in names if n), key=str.casefold)


@dataclass
class ShareDecision:
    """One partner, the decision, and the information named."""

    partner: str = ""
    decision: str | None = None
    information: list[str] = field(default_factory=list)


class SharePartnerRow(QFrame):
    """Partner name, given or refused, and which information may be shared with it."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, partner_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.partner = QLineEdit()
        if partner_names:
            completer = QCompleter(partner_names, self.partner)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.partner.setCompleter(completer)
        self.partner.setAccessibleName(self.tr("Partner organisation"))
        self.partner.setPlaceholderText(
            self.tr("Name of the partner organisation, as in the service directory")
        )
        self.decision = ChoiceRow(
            self.tr("Consent to share with this partner"), options(v.CONSENT_DECISIONS)
        )
        self.information = CheckList(v.SHARED_INFORMATION, columns=2)
        self.information.setAccessibleName(self.tr("Information that may be shared"))
        self.remove = QPushButton(self.tr("Remove partner"))
        self.remove.setAutoDefault(False)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Partner:")))
        top.addWidget(self.partner, 1)
        top.addWidget(self.decision)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Information the person agrees to share with it:")))
        layout.addWidget(self.information)
        self.partner.textChanged.connect(self.changed)
        self.decision.changed.connect(self.changed)
        self.information.changed.connect(self.changed)

    def value(self) -> ShareDecision:
        return ShareDecision(self.partner.text(), self.decision.value(), self.information.values())

    def set_value(self, share: ShareDecision) -> None:
        self.partner.setText(share.partner)
        self.decision.set_value(share.decision)
        self.information.set_values(share.information)


class ShareList(QWidget):
    """Any number of partner rows and an "Add a partner" button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SharePartnerRow] = []
        self.partner_names: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a &partner"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self._layout.addWidget(self.add_button)

    def add_row(self) -> SharePartnerRow:
        row = SharePartnerRow(self.partner_names)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._layout.insertWidget(self._layout.count() - 1, row)
        row.partner.setFocus()
        self.changed.emit()
        return row

    def _remove(self, row: SharePartnerRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def values(self) -> list[ShareDecision]:
        return [row.value() for row in self.rows]

    def set_values(self, shares: list[ShareDecision]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for share in shares:
            self.add_row().set_value(share)
