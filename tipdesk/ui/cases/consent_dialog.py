"""Record a new consent decision: to refer to a sector, to share named information with a
named partner, to register, or for statistics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QLabel, QLineEdit, QWidget

from tipdesk.errors import BadInput
from tipdesk.models import Case
from tipdesk.models import vocab as v
from tipdesk.services import case_records
from tipdesk.services.case_registration import ConsentAnswer
from tipdesk.services.context import UnlockedOffice
from tipdesk.ui.cases.record_dialog import RecordDialog
from tipdesk.ui.wizard.code_picker import CodePicker, language_choices
from tipdesk.ui.wizard.consent_share import partner_names
from tipdesk.ui.wizard.widgets import (
    INFO_STYLE,
    CheckList,
    ChoiceRow,
    note,
    options,
    set_combo,
    text_box,
    vocab_combo,
)


class ConsentDialog(RecordDialog):
    """One consent decision, with who gave it and how; a child's needs a guardian or a
    documented best-interests decision."""

    def __init__(self, office: UnlockedOffice, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(office, case, self.tr("Record consent"), parent)
        self.child = case_records.case_is_child(case)
        intro = note(
            self.tr(
                "Explain in a language the person understands what they agree "
                "to, that they may refuse, and that they may withdraw it at any "
                "time."
            ),
            INFO_STYLE,
        )
        self.content.addWidget(intro)
        form = self.group(self.tr("What the consent is for"))
        self.scope = vocab_combo(v.CONSENT_SCOPES, self.tr("Purpose of the consent"))
        set_combo(self.scope, "referral")
        self.scope.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("&Purpose:"), self.scope)
        self.sector = vocab_combo(
            v.SECTORS, self.tr("Sector of the referral"), empty=self.tr("Choose a sector")
        )
        self.sector_caption = QLabel(self.tr("Sec&tor:"))
        self.sector_caption.setBuddy(self.sector)
        form.addRow(self.sector_caption, self.sector)
        self.partner = QLineEdit()
        self.partner.setAccessibleName(self.tr("Partner organisation"))
        self.partner.setPlaceholderText(
            self.tr("Name of the partner organisation, as in the service directory")
        )
        completer = QCompleter(partner_names(office), self.partner)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.partner.setCompleter(completer)
        self.partner_caption = QLabel(self.tr("Pa&rtner:"))
        self.partner_caption.setBuddy(self.partner)
        form.addRow(self.partner_caption, self.partner)
        self.information = CheckList(v.SHARED_INFORMATION, columns=2)
        self.information.setAccessibleName(self.tr("Information that may be shared"))
        self.information_caption = QLabel(self.tr("I&nformation:"))
        self.information_caption.setBuddy(self.information)
        form.addRow(self.information_caption, self.information)
        self.decision = ChoiceRow(self.tr("Decision"), options(v.CONSENT_DECISIONS))
        form.addRow(self.tr("&Decision:"), self.decision)

        form = self.group(self.tr("Who gave it, and how"))
        self.giver = vocab_combo(v.CONSENT_GIVERS, self.tr("Who gave the consent"))
        set_combo(self.giver, "child-and-guardian" if self.child else "person")
        self.giver.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Gi&ven by:"), self.giver)
        self.guardian_name = QLineEdit()
        self.guardian_name.setAccessibleName(self.tr("Parent or guardian's name"))
        self.guardian_caption = QLabel(self.tr("Parent or &guardian:"))
        self.guardian_caption.setBuddy(self.guardian_name)
        form.addRow(self.guardian_caption, self.guardian_name)
        self.best_interests = text_box(
            self.tr("Best-interests decision"),
            self.tr("Why the guardian is not asked (e.g. implicated), who decided, when"),
            3,
        )
        self.best_interests_caption = QLabel(self.tr("Best-interests d&ecision:"))
        self.best_interests_caption.setBuddy(self.best_interests)
        form.addRow(self.best_interests_caption, self.best_interests)
        self.method = ChoiceRow(self.tr("How consent was given"), options(v.CONSENT_METHODS))
        self.method.set_value("verbal")
        form.addRow(self.tr("&How:"), self.method)
        self.language = CodePicker(
            language_choices(), self.tr("Language of the consent"), single=True
        )
        if case.consents and case.consents[-1].language:
            self.language.set_values([case.consents[-1].language])
        form.addRow(self.tr("&Language:"), self.language)
        self.interpreter = QCheckBox(self.tr("An &interpreter was used"))
        form.addRow("", self.interpreter)
        self.content.addStretch(1)
        self._update()

    def _update(self) -> None:
        scope, giver = self.scope.currentData(), self.giver.currentData()
        for widget in (self.sector, self.sector_caption):
            widget.setVisible(scope == "referral")
        for widget in (
            self.partner,
            self.partner_caption,
            self.information,
            self.information_caption,
        ):
            widget.setVisible(scope == "share")
        for widget in (self.guardian_name, self.guardian_caption):
            widget.setVisible(giver == "child-and-guardian")
        for widget in (self.best_interests, self.best_interests_caption):
            widget.setVisible(giver == "best-interests")

    def answer(self) -> ConsentAnswer:
        decision = self.decision.value()
        if decision is None:
            raise BadInput(self.tr("Record whether the person gives or refuses this consent."))
        scope, giver = self.scope.currentData(), self.giver.currentData()
        return ConsentAnswer(
            scope=scope,
            decision=decision,
            sector=self.sector.currentData() if scope == "referral" else None,
            partner=self.partner.text() if scope == "share" else None,
            information=self.information.values() if scope == "share" else None,
            given_by=giver,
            guardian_name=self.guardian_name.text() if giver == "child-and-guardian" else None,
            best_interests_reason=(
                self.best_interests.toPlainText() if giver == "best-interests" else None
            ),
            method=self.method.value() or "verbal",
            language=self.language.value(),
            interpreter=self.interpreter.isChecked(),
        )

    def submit(self) -> int:
        return case_records.add_consent(self.office, self.code, self.answer())

    @property
    def code(self) -> str:
        return self.case.code
