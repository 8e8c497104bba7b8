"""Informed consent: to register, to each referral, to share with partners, to statistics."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration, ConsentAnswer
from tipdesk.ui.wizard.base import PrinciplePage
from tipdesk.ui.wizard.code_picker import CodePicker, language_choices
from tipdesk.ui.wizard.consent_share import ShareDecision, ShareList
from tipdesk.ui.wizard.widgets import (
    WARNING_STYLE,
    ChoiceGrid,
    ChoiceRow,
    note,
    options,
    text_box,
    yes_no,
)

CHILD_GIVERS = ("child-and-guardian", "best-interests")


class ConsentPage(PrinciplePage):
    """Each consent separately; for a child, assent plus a guardian or best-interests decision."""

    key = "consent"
    steps = ("consent",)

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Informed consent"), guidance_shown, parent)

    def build(self) -> None:
        box, form = self.group(self.tr("Age"))
        self.under_18 = yes_no(self.tr("Is the person under 18?"), unsure=True)
        self.under_18.changed.connect(self.changed)
        self.question(form, self.tr("Is the person &under 18?"), self.under_18)
        self.age_note = QLabel()
        self.age_note.setWordWrap(True)
        form.addRow(self.age_note)

        _, form = self.group(self.tr("Registering personal data"))
        self.register = ChoiceRow(
            self.tr("Consent to register personal data"), options(v.CONSENT_DECISIONS)
        )
        self.register.changed.connect(self.changed)
        self.question(
            form,
            self.tr("Does the person &agree that their personal data is recorded in TIPDesk?"),
            self.register,
        )
        self.anonymous_note = note(
            self.tr(
                "Without consent to register, TIPDesk keeps an anonymous contact only: sex, "
                "age band "
                "and needs. No other consent is recorded, and the next pages leave out identifying "
                "questions. You can still tell the person where to find help."
            ),
            WARNING_STYLE,
        )
        self.anonymous_note.setAccessibleName(self.tr("Anonymous contact"))
        form.addRow(self.anonymous_note)

        self.referral_box, form = self.group(self.tr("Referrals, sector by sector"))
        explain = QLabel(
            self.tr(
                "For each sector, does the person agree to be &referred to its "
                "services? Ask only about the sectors you discussed."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.referrals = ChoiceGrid(
            options(v.SECTORS),
            [
                ("given", self.tr("Given")),
                ("refused", self.tr("Refused")),
                (None, self.tr("Not asked")),
            ],
        )
        self.referrals.changed.connect(self.changed)
        explain.setBuddy(self.referrals)
        form.addRow(self.referrals)

        self.share_box, form = self.group(self.tr("Sharing named information with named partners"))
        self.shares = ShareList()
        self.shares.changed.connect(self.changed)
        form.addRow(self.shares)

        self.statistics_box, form = self.group(self.tr("Anonymised statistics"))
        self.statistics = ChoiceRow(
            self.tr("Consent to anonymised statistics"),
            [*options(v.CONSENT_DECISIONS), ("", self.tr("Not asked"))],
        )
        self.statistics.set_value("")
        self.statistics.changed.connect(self.changed)
        self.question(
            form,
            self.tr(
                "May the case be &counted, without anything that identifies "
                "the person, in the office's statistics?"
            ),
            self.statistics,
        )

        _, form = self.group(self.tr("How consent was given"))
        self.giver = ChoiceRow(
            self.tr("Consent given by"), options(v.CONSENT_GIVERS), vertical=True
        )
        self.giver.changed.connect(self.changed)
        self.question(form, self.tr("Gi&ven by:"), self.giver, stacked=True)  # long choices
        self.guardian_name = QLineEdit()
        self.guardian_name.setAccessibleName(self.tr("Name of the parent or guardian"))
        self.guardian_name.textChanged.connect(self.changed)
        self.guardian_caption = self.question(
            form, self.tr("Parent or guardian's na&me:"), self.guardian_name
        )
        self.best_interests = text_box(
            self.tr("Best-interests decision"),
            self.tr(
                "Why the parent or guardian is not asked (e.g. may be involved), who "
                "decided, and why this is in the child's best interests"
            ),
            3,
        )
        self.best_interests.textChanged.connect(self.changed)
        self.best_interests_caption = self.question(
            form, self.tr("Best-interests d&ecision:"), self.best_interests
        )
        self.method = ChoiceRow(self.tr("How consent was given"), options(v.CONSENT_METHODS))
        self.method.set_value("verbal")
        self.method.changed.connect(self.changed)
        self.question(form, self.tr("&How:"), self.method)
        self.language = CodePicker(
            language_choices(), self.tr("Language of the consent"), single=True
        )
        self.language.changed.connect(self.changed)
        self.question(form, self.tr("&Language:"), self.language)
        self.interpreter = QCheckBox(self.tr("An &interpreter was used"))
        self.interpreter.toggled.connect(self.changed)
        form.addRow("", self.interpreter)

    # -- values ----------------------------------------------------------------------------
    def _giver(self) -> str:
        child = self.case_wizard().child_state()
        giver = self.giver.value()
        if child == "no" or giver is None:
            return "person"
        if child == "yes" and giver not in CHILD_GIVERS:
            return "person"
        return giver

    def apply(self, reg: CaseRegistration) -> None:
        giver = self._giver()
        common = dict(
            given_by=giver,
            guardian_name=self.guardian_name.text() if giver == "child-and-guardian" else None,
            best_interests_reason=(
                self.best_interests.toPlainText() if giver == "best-interests" else None
            ),
            method=self.method.value() or "verbal",
            language=self.language.value(),
            interpreter=self.interpreter.isChecked(),
        )
        register = self.register.value()
        consents = []
        if register:
            consents.append(ConsentAnswer("register", register, **common))
        if register == "given":
            for sector, decision in self.referrals.value().items():
                consents.append(ConsentAnswer("referral", decision, sector=sector, **common))
            for share in self.shares.values():
                consents.append(
                    ConsentAnswer(
                        "share",
                        share.decision or "given",
                        partner=share.partner,
                        information=share.information,
                        **common,
                    )
                )
            if self.statistics.value():
                consents.append(ConsentAnswer("statistics", self.statistics.value(), **common))
        reg.consents = consents

    def load(self, reg: CaseRegistration, state: dict) -> None:
        self.under_18.set_value(state.get("under_18"))
        first = reg.consent("register")
        self.register.set_value(first.decision if first else None)
        self.referrals.set_value(
            {c.sector: c.decision for c in reg.consents if c.scope == "referral" and c.sector}
        )
        self.shares.set_values(
            [
                ShareDecision(c.partner or "", c.decision, c.information or [])
                for c in reg.consents
                if c.scope == "share"
            ]
        )
        statistics = reg.consent("statistics")
        self.statistics.set_value(statistics.decision if statistics else "")
        if first is not None:
            self.giver.set_value(state.get("giver") or first.given_by)
            self.guardian_name.setText(first.guardian_name or "")
            self.best_interests.setPlainText(first.best_interests_reason or "")
            self.method.set_value(first.method)
            self.language.set_values([first.language] if first.language else [])
            self.interpreter.setChecked(first.interpreter)
        else:
            self.giver.set_value(state.get("giver"))

    def state(self) -> dict:
        return {"under_18": self.under_18.value(), "giver": self.giver.value()}

    def extra_problems(self, reg: CaseRegistration) -> list[str]:
        found = []
        wizard = self.case_wizard()
        if wizard.child_state() is None:
            found.append(
                self.tr("Answer whether the person is under 18 ('Not sure' is an answer).")
            )
        # Once the profile gives the age, the service makes this check itself.
        if (
            wizard.child_from_profile() is None
            and wizard.child_state() == "yes"
            and self.giver.value() not in CHILD_GIVERS
            and any(c.decision == "given" for c in reg.consents)
        ):
            found.append(
                self.tr(
                    "The person is a child: choose the child's assent with a parent "
                    "or guardian's consent, or a best-interests decision."
                )
            )
        for share in self.shares.values() if self.register.value() == "given" else ():
            if share.decision is None:
                found.append(
                    self.tr("Record whether the person agrees to share with %1.").replace(
                        "%1", share.partner or self.tr("the partner")
                    )
                )
            elif share.decision == "given" and not share.information:
                found.append(
                    self.tr("Tick the information that may be shared with %1.").replace(
                        "%1", share.partner or self.tr("the partner")
                    )
                )
        return found

    def update_view(self, reg: CaseRegistration) -> None:
        wizard = self.case_wizard()
        from_profile = wizard.child_from_profile()
        self.under_18.setEnabled(from_profile is None)
        if from_profile is not None:
            self.age_note.setText(
                self.tr("From the age entered on the profile page: %1.").replace(
                    "%1", self.tr("under 18") if from_profile else self.tr("18 or over")
                )
            )
        else:
            self.age_note.setText(
                self.tr(
                    "Until the age is entered on the profile page, this "
                    "answer decides how a child's consent is recorded."
                )
            )
        anonymous = self.register.value() == "refused"
        self.anonymous_note.setVisible(anonymous)
        for box in (self.referral_box, self.share_box, self.statistics_box):
            box.setEnabled(not anonymous)
        child = wizard.child_state()
        allowed = {"yes": CHILD_GIVERS, "no": ("person",)}.get(child, tuple(v.CONSENT_GIVERS.codes))
        for code, button in self.giver.buttons.items():
            button.setVisible(code in allowed)
        if len(allowed) == 1:
            self.giver.set_value(allowed[0])
        giver = self._giver()
        self.guardian_name.setVisible(giver == "child-and-guardian")
        self.guardian_caption.setVisible(giver == "child-and-guardian")
        self.best_interests.setVisible(giver == "best-interests")
        self.best_interests_caption.setVisible(giver == "best-interests")
