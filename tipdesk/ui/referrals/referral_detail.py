"""One referral as the focal point sees it: only the consented fields, the provider, the history."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tipdesk.models import vocab as v
from tipdesk.services.referral_views import ReferralView
from tipdesk.services.referrals import FIELDS, is_overdue
from tipdesk.ui.terms import term_label

BANNER = (
    "background: #fde3e1; color: #8c1d18; border: 1px solid #e5a29c; border-radius: 3px;"
    " padding: 6px 8px;"
)
WARNING = (
    "background: #fff4e0; color: #5a3a00; border: 1px solid #e0a040; border-radius: 3px;"
    " padding: 6px 8px;"
)


def local_time(at: datetime) -> str:
    """A stored (naive UTC) time as local time to the minute."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class ReferralDetail(QWidget):
    """Shows a `ReferralView`; empty until a referral is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: ReferralView | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = _value("")
        self.withdrawn_banner = self._banner(BANNER)
        self.override_banner = self._banner(WARNING)

        self.person_box = QGroupBox(self.tr("Shared with the provider (consented fields only)"))
        self.person_form = QFormLayout(self.person_box)
        self.request_box = QGroupBox(self.tr("Reason and services"))
        self.request_form = QFormLayout(self.request_box)
        self.provider_box = QGroupBox(self.tr("Provider"))
        self.provider_form = QFormLayout(self.provider_box)
        for form in (self.person_form, self.request_form, self.provider_form):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.history_box = QGroupBox(self.tr("History"))
        self.history = QTableWidget(0, 3)
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Status"), self.tr("Note")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(True)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        QVBoxLayout(self.history_box).addWidget(self.history)

        self.placeholder = QLabel(self.tr("Choose a referral in the list to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #555;")

        left = QVBoxLayout()
        left.addWidget(self.person_box)
        left.addWidget(self.request_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.provider_box)
        right.addWidget(self.history_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addWidget(self.withdrawn_banner)
        body.addWidget(self.override_banner)
        body.addLayout(columns, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.clear()

    def _banner(self, style: str) -> QLabel:
        banner = _value("")
        banner.setStyleSheet(style)
        banner.hide()
        return banner

    def clear(self, text: str | None = None) -> None:
        """Show nothing of any referral (after a filter change, or while loading)."""
        self.view = None
        self.placeholder.setText(text or self.tr("Choose a referral in the list to see it here."))
        self.placeholder.show()
        self.body.hide()
        for form in (self.person_form, self.request_form, self.provider_form):
            while form.rowCount():
                form.removeRow(0)
        self.history.setRowCount(0)

    def show_view(self, view: ReferralView) -> None:
        """Show `view`: what referral_view returned, nothing more."""
        self.clear()
        self.view = view
        self.placeholder.hide()
        self.body.show()
        self.title.setText(
            self.tr("%1 · case %2").replace("%1", view.number).replace("%2", view.case_code)
        )
        if view.due_on is None:
            due = self.tr("not sent yet")
        elif is_overdue(view.status, view.due_on):
            due = self.tr("overdue: the answer was due on %1").replace(
                "%1", view.due_on.isoformat()
            )
        else:
            due = self.tr("respond by %1").replace("%1", view.due_on.isoformat())
        self.summary.setText(
            " · ".join(
                (
                    term_label(v.REFERRAL_STATUS, view.status),
                    term_label(v.REFERRAL_PRIORITY, view.priority),
                    due,
                )
            )
        )
        self.withdrawn_banner.setVisible(view.consent_withdrawn)
        self.withdrawn_banner.setText(
            self.tr(
                "The person withdrew the consent this referral relied on: it cannot be sent or "
                "printed. Cancel the referral and tell the provider if it was already sent."
            )
        )
        self.override_banner.setVisible(bool(view.override_reason))
        self.override_banner.setText(
            self.tr(
                "Referred without the person's consent for this sector (administrator override). "
                "Reason: %1"
            ).replace("%1", view.override_reason or "")
        )

        self._row(self.person_form, self.tr("Case code"), view.case_code)
        for name, value in view.disclosed.items():
            self._row(self.person_form, QCoreApplication.translate("vocab", FIELDS[name]), value)
        if not view.disclosed:
            self._row(self.person_form, self.tr("Disclosed"), self.tr("The case code only"))
        self._row(self.request_form, self.tr("Sector"), term_label(v.SECTORS, view.sector))
        self._row(self.request_form, self.tr("Reason"), view.reason)
        self._row(self.request_form, self.tr("Requested"), view.services_requested)
        self._row(self.request_form, self.tr("Already provided"), view.services_already_provided)
        self._row(
            self.request_form,
            self.tr("Referred by"),
            ", ".join(x for x in (view.referred_by, view.referred_by_role) if x),
        )
        if not view.provider:
            self._row(
                self.provider_form,
                self.tr("Organisation"),
                self.tr("Not chosen yet: the provider is to be chosen."),
            )
        else:
            for label, value in (
                (self.tr("Organisation"), view.provider),
                (self.tr("Service"), view.provider_service),
                (self.tr("Site"), view.provider_site),
                (self.tr("Contact"), view.provider_contact),
                (self.tr("Focal point"), view.provider_focal_point),
            ):
                self._row(self.provider_form, label, value)

        self.history.setRowCount(len(view.history))
        for row, (at, status, note) in enumerate(view.history):
            for column, text in enumerate(
                (local_time(at), term_label(v.REFERRAL_STATUS, status), note)
            ):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    def _row(self, form: QFormLayout, label: str, value: str) -> None:
        field = _value(value)
        field.setAccessibleName(label)
        form.addRow(label + ":", field)
