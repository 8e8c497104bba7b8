"""Identification: Act, Means and Purpose, the details, and the live screening outcome."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration
from tipdesk.services.screening import LABOUR_FORMS, ScreeningResult, pathway_flag
from tipdesk.ui.keyboard import plain
from tipdesk.ui.wizard.base import PrinciplePage
from tipdesk.ui.wizard.code_picker import CodePicker, countries
from tipdesk.ui.wizard.widgets import (
    WARNING_STYLE,
    CheckList,
    label,
    note,
    set_combo,
    text_box,
    vocab_combo,
)

OUTCOME_STYLES = {
    "presumed-victim": "background: #fde7e7; color: #7a1212; border: 1px solid #e39a9a;",
    "assess-further": "background: #fff4e5; color: #5f3700; border: 1px solid #f0b45a;",
    "no-indicators": "background: #eef3ee; color: #24402a; border: 1px solid #b5cbb8;",
}
PATHWAY_NAMES = {
    "child-protection": QT_TRANSLATE_NOOP("CaseWizard", "child-protection"),
    "gbv": QT_TRANSLATE_NOOP("CaseWizard", "GBV"),
}


def screening_text(text: str) -> str:
    return QCoreApplication.translate("screening", text)


def flag_text(prior_pathway: str, outcome: str) -> str | None:
    """The translated pathway flag (a CP or GBV case that meets the definition), or None."""
    flag = pathway_flag(prior_pathway, outcome)
    if flag is None:
        return None
    name = QCoreApplication.translate("CaseWizard", PATHWAY_NAMES[prior_pathway])
    return screening_text(flag).replace("{pathway}", name)


class IdentificationPage(PrinciplePage):
    """Palermo screening: indicators in, outcome with reasons out; the officer may override."""

    key = "identification"
    steps = ("screening", "identification")

    def __init__(self, guidance_shown: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Identification"), guidance_shown, parent)

    def build(self) -> None:
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setAccessibleName(self.tr("Screening outcome"))
        self.missed_label = note("", WARNING_STYLE)
        self.missed_label.setAccessibleName(self.tr("Groups other pathways often miss"))
        self.flag_label = note("", WARNING_STYLE)
        self.flag_label.setAccessibleName(self.tr("Pathway"))
        for index, widget in enumerate((self.outcome_label, self.missed_label, self.flag_label)):
            self.page_layout.insertWidget(index, widget)

        self.lists: dict[str, CheckList] = {}
        _, form = self.group(self.tr("The definition: Act + Means + Purpose"))
        for name, caption, vocabulary, columns in (
            ("acts", self.tr("&Act (what was done):"), v.ACTS, 3),
            ("means", self.tr("&Means (how; not needed for a child):"), v.MEANS, 2),
            ("purposes", self.tr("&Purpose (exploitation):"), v.PURPOSES, 2),
        ):
            self._checklist(form, name, caption, vocabulary, columns)
        _, form = self.group(self.tr("Exploitation"))
        self._checklist(
            form,
            "forms_of_exploitation",
            self.tr("&Forms of exploitation:"),
            v.FORMS_OF_EXPLOITATION,
            3,
        )
        self.sex_caption = self._checklist(
            form,
            "sex_exploitation_types",
            self.tr("Types of se&xual exploitation:"),
            v.SEX_EXPLOITATION_TYPES,
            4,
        )
        self.industry_caption = self._checklist(
            form, "industries", self.tr("&Industry:"), v.INDUSTRIES, 3
        )
        self._checklist(
            form, "means_of_control", self.tr("Means of &control:"), v.MEANS_OF_CONTROL, 3
        )
        _, form = self.group(self.tr("Recruitment and places"))
        self._checklist(
            form,
            "recruitment_methods",
            self.tr("Method of &recruitment:"),
            v.RECRUITMENT_METHODS,
            3,
        )
        self.relationship = vocab_combo(
            v.RELATIONSHIP_TO_RECRUITER,
            self.tr("Relationship to the recruiter"),
            empty=self.tr("Not asked"),
        )
        self.relationship.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("Re&lationship to the recruiter:"), self.relationship)
        self.recruited_in = CodePicker(countries(), self.tr("Countries of recruitment"))
        self.exploited_in = CodePicker(countries(), self.tr("Countries of exploitation"))
        for picker in (self.recruited_in, self.exploited_in):
            picker.changed.connect(self.changed)
        self.question(form, self.tr("Co&untries of recruitment:"), self.recruited_in)
        self.question(form, self.tr("Countries of &exploitation:"), self.exploited_in)
        self.where = vocab_combo(v.TRAFFICKED_WHERE, self.tr("In-country or abroad"))
        set_combo(self.where, "unknown")
        self.where.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("In-country or abr&oad:"), self.where)
        self.prior_pathway = vocab_combo(v.PRIOR_PATHWAY, self.tr("Handled before as"))
        self.prior_pathway.currentIndexChanged.connect(self.changed)
        self.question(form, self.tr("&Handled before as:"), self.prior_pathway)

        _, form = self.group(self.tr("Outcome"))
        self.override = QCheckBox(self.tr("I disagree &with the computed outcome"))
        self.override.toggled.connect(self.changed)
        form.addRow(self.override)
        self.override_outcome = vocab_combo(v.SCREENING_OUTCOMES, self.tr("Outcome I record"))
        self.override_outcome.currentIndexChanged.connect(self.changed)
        self.override_caption = self.question(
            form, self.tr("Ou&tcome I record:"), self.override_outcome
        )
        self.override_reason = text_box(
            self.tr("Reason for the different outcome"), self.tr("Why, in plain words"), 3
        )
        self.override_reason.textChanged.connect(self.changed)
        self.reason_caption = self.question(form, self.tr("Rea&son:"), self.override_reason)

    def _checklist(self, form, name: str, caption: str, vocabulary, columns: int) -> QLabel:
        checklist = CheckList(vocabulary, columns)
        checklist.setAccessibleName(plain(caption).rstrip(":"))
        checklist.changed.connect(self.changed)
        self.lists[name] = checklist
        title = QLabel(caption)
        title.setStyleSheet("font-weight: bold; margin-top: 4px;")
        title.setBuddy(checklist)
        form.addRow(title)
        form.addRow(checklist)
        return title

    def _shows(self, name: str) -> bool:
        forms = set(self.lists["forms_of_exploitation"].values())
        purposes = set(self.lists["purposes"].values())
        if name == "sex_exploitation_types":
            return "sexual-exploitation" in forms | purposes
        if name == "industries":
            return bool(forms & (LABOUR_FORMS | {"other"})) or bool(
                purposes & {"forced-labour", "slavery", "servitude"}
            )
        return True

    def apply(self, reg: CaseRegistration) -> None:
        sc = reg.screening
        for name, checklist in self.lists.items():
            setattr(sc, name, checklist.values() if self._shows(name) else [])
        sc.relationship_to_recruiter = self.relationship.currentData()
        sc.countries_of_recruitment = self.recruited_in.values()
        sc.countries_of_exploitation = self.exploited_in.values()
        sc.trafficked_where = self.where.currentData()
        sc.override_outcome = (
            self.override_outcome.currentData() if self.override.isChecked() else None
        )
        sc.override_reason = self.override_reason.toPlainText() if self.override.isChecked() else ""
        reg.prior_pathway = self.prior_pathway.currentData()

    def load(self, reg: CaseRegistration, state: dict) -> None:
        sc = reg.screening
        for name, checklist in self.lists.items():
            checklist.set_values(getattr(sc, name))
        set_combo(self.relationship, sc.relationship_to_recruiter)
        self.recruited_in.set_values(sc.countries_of_recruitment)
        self.exploited_in.set_values(sc.countries_of_exploitation)
        set_combo(self.where, sc.trafficked_where)
        self.override.setChecked(sc.override_outcome is not None)
        set_combo(self.override_outcome, sc.override_outcome)
        self.override_reason.setPlainText(sc.override_reason)
        set_combo(self.prior_pathway, reg.prior_pathway)

    def update_view(self, reg: CaseRegistration) -> None:
        wizard = self.case_wizard()
        self.sex_caption.setVisible(self._shows("sex_exploitation_types"))
        self.lists["sex_exploitation_types"].setVisible(self._shows("sex_exploitation_types"))
        self.industry_caption.setVisible(self._shows("industries"))
        self.lists["industries"].setVisible(self._shows("industries"))
        for widget in (
            self.override_outcome,
            self.override_caption,
            self.override_reason,
            self.reason_caption,
        ):
            widget.setVisible(self.override.isChecked())
        result = wizard.screening_result(reg)
        self.show_outcome(result, reg.screening.override_outcome, wizard.anonymous)
        groups = wizard.missed_groups(reg)
        self.missed_label.setText(
            self.tr(
                "Often missed by child-protection and GBV pathways: "
                "%1. Make sure this person still finds a service."
            ).replace("%1", ", ".join(groups))
        )
        self.missed_label.setVisible(bool(groups))
        flag = flag_text(reg.prior_pathway, reg.screening.override_outcome or result.outcome)
        self.flag_label.setText(flag or "")
        self.flag_label.setVisible(flag is not None)

    def show_outcome(self, result: ScreeningResult, override: str | None, anonymous: bool) -> None:
        shown = override or result.outcome
        outcome = self.tr("Screening outcome: %1").replace("%1", label(v.SCREENING_OUTCOMES, shown))
        lines = [f"<b>{outcome}</b>"]
        if override and override != result.outcome:
            lines.append(
                self.tr("Recorded by you; TIPDesk computed: %1.").replace(
                    "%1", label(v.SCREENING_OUTCOMES, result.outcome)
                )
            )
        lines.append(" ".join(screening_text(reason) for reason in result.reasons))
        if anonymous:
            lines.append(self.tr("Anonymous contact: the screening guides you but is not saved."))
        self.outcome_label.setText("<br>".join(lines))
        self.outcome_label.setStyleSheet(
            OUTCOME_STYLES[shown] + " border-radius: 4px; padding: 6px;"
        )
