"""One service of the directory, every field: an editor for administrators, read-only for others.

Problems are shown under the field they concern, in plain words, as soon as Save is pressed
and again while the user corrects them; nothing is saved until every one is gone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tipdesk.errors import BadInput
from tipdesk.models import vocab as v
from tipdesk.services import directory
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.permissions import may
from tipdesk.ui.admin.common import WARNING_STYLE
from tipdesk.ui.directory.fields import error_label
from tipdesk.ui.directory.service_form import ServiceForm
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.screen_fit import fit_to_screen
from tipdesk.ui.terms import term_label

DUPLICATE = re.compile(r"already has an active (\S+) service at this site \((SVC-\w+)\)")


class ServiceDialog(QDialog):
    """Add or change a service (administrators), or read one (everyone else)."""

    def __init__(
        self,
        office: UnlockedOffice,
        record: ServiceRecord | None = None,
        *,
        regions: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._office = office
        self.record = record or ServiceRecord(last_verified_on=date.today())
        self.editable = may(office.user.role, "directory.edit")
        self.saved_ref: str | None = None
        self._tried = False
        if not self.editable:
            self.setWindowTitle(self.tr("Service details"))
        elif self.record.ref:
            self.setWindowTitle(self.tr("Edit service %1").replace("%1", self.record.ref))
        else:
            self.setWindowTitle(self.tr("Add a service"))
        fit_to_screen(self, 980, 680)

        self.form = ServiceForm(list(regions))
        self.form.set_record(self.record)
        self.form.set_read_only(not self.editable)
        self.form.changed.connect(self._revalidate)
        self.scroll = QScrollArea()
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focus
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.form)

        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self._show_state()
        self.message_label = error_label()
        if self.editable:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.save_button = self.buttons.addButton(
                self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setDefault(True)
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
            QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
            self.buttons.accepted.connect(self.save)
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.save_button = None
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def _show_state(self) -> None:
        record = self.record
        notes = []
        if record.ref:
            notes.append(self.tr("Service ID %1.").replace("%1", record.ref))
        if not record.active:
            notes.append(self.tr("This service is inactive: it is not offered for new referrals."))
        if record.ref and record.active and record.stale() and self.editable:
            notes.append(
                self.tr(
                    "Not verified for six months: call the service to check it "
                    "still runs, then record the date below."
                )
            )
        elif record.ref and record.active and record.stale():
            notes.append(
                self.tr(
                    "Not verified for six months: check with the service that it "
                    "still runs before you refer someone to it."
                )
            )
        warn = not record.active or (bool(record.ref) and record.stale())
        self.state_label.setText(" ".join(notes))
        self.state_label.setStyleSheet(WARNING_STYLE if warn else "")
        self.state_label.setVisible(bool(notes))

    # -- validation ---------------------------------------------------------------------------
    def field_messages(self) -> dict[str, str]:
        """Plain words for each field the service would refuse, keyed by its field name."""
        words = {
            "organisation": self.tr("Type the name of the organisation."),
            "organisation_type": self.tr("Choose the kind of organisation."),
            "sector": self.tr("Choose the sector of the service."),
            "service_type": self.tr("Say what the service is, e.g. Safe shelter or Legal aid."),
            "admin1": self.tr("Type the region (admin-1) where the service is."),
            "phone": self.tr(
                "Write the phone number with digits and spaces, with an optional "
                "leading +, e.g. +237 690 00 00 00."
            ),
            "email": self.tr("Write an e-mail address like name@example.org."),
        }
        found: dict[str, str] = {}
        for name, reason in directory.problems(self.form.record()):
            found.setdefault(name, words.get(name, reason))
        return found

    def _revalidate(self) -> None:
        if self._tried:
            self.form.show_problems(self.field_messages())
            self.message_label.hide()

    def save(self) -> bool:
        """Check every field, then save (audited by the service); False when refused."""
        self._tried = True
        found = self.field_messages()
        self.form.show_problems(found)
        if found:
            names = ", ".join(self.form.field_title(name) for name in found)
            self._say(
                self.tr(
                    "Correct the fields marked in red (%1), then save again. Nothing was saved."
                ).replace("%1", names)
            )
            widget = self.form.focus_field(next(iter(found)))
            if widget is not None:
                self.scroll.ensureWidgetVisible(widget)
            return False
        record = self.form.record()
        record.ref, record.active = self.record.ref, self.record.active
        try:
            self.saved_ref = directory.save_service(self._office, record)
        except BadInput as exc:
            self._refused(str(exc), record)
            return False
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self._say(describe_error(exc))
            return False
        self.accept()
        return True

    def _refused(self, text: str, record: ServiceRecord) -> None:
        duplicate = DUPLICATE.search(text)
        if duplicate is None:
            self._say(describe_error(BadInput(text)) + " " + self.tr("Nothing was saved."))
            return
        sector, other = duplicate.groups()
        clash = self.tr("%1 already has an active service of this sector at this site.").replace(
            "%1", record.organisation
        )
        self.form.show_problems({"sector": clash, "site": clash})
        self._say(
            self.tr(
                "%1 already offers an active %2 service at %3 (%4). Edit or deactivate that one "
                "instead, or change the sector or the site. Nothing was saved."
            )
            .replace("%1", record.organisation)
            .replace("%2", term_label(v.SECTORS, sector))
            .replace("%3", record.site or self.tr("the same place"))
            .replace("%4", other)
        )

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
