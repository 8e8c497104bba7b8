"""The review's readable summary of what will be saved, principle by principle (HTML)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from tipdesk.models import vocab as v
from tipdesk.services.case_registration import CaseRegistration
from tipdesk.ui.wizard.code_picker import countries, language_choices
from tipdesk.ui.wizard.side_panel import COLOURS, MARKS, PRINCIPLES
from tipdesk.ui.wizard.widgets import label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _labels(vocabulary, codes) -> str:
    return ", ".join(label(vocabulary, code) for code in codes) or translate(
        "ReviewSummary", "none"
    )


def _names(choices, codes) -> str:
    names = {code: name for name, code in choices}
    return ", ".join(names.get(code, code) for code in codes) or translate("ReviewSummary", "none")


def _yes(value: bool | None) -> str:
    return {True: translate("ReviewSummary", "yes"), False: translate("ReviewSummary", "no")}.get(
        value, translate("ReviewSummary", "not known")
    )


def _rows(rows) -> str:
    return "".join(
        f"<tr><td style='padding-right:12px; color:#444'>{escape(name)}</td>"
        f"<td>{escape(str(value))}</td></tr>"
        for name, value in rows
        if value != ""
    )


def _lead(bold: str, rest: str) -> str:
    """A paragraph opening in bold (both already translated)."""
    return f"<p><b>{escape(bold)}</b> {escape(rest)}</p>"


def _section(key: str, status: str, rows, extra: str = "") -> str:
    title = QCoreApplication.translate(
        "PrinciplesPanel", next(t for k, t, _ in PRINCIPLES if k == key)
    )
    return (
        f"<h3 style='color:{COLOURS[status]}; margin:10px 0 2px 0'>{MARKS[status]} "
        f"{escape(title)}</h3><table>{_rows(rows)}</table>{extra}"
    )


def _needs(reg: CaseRegistration) -> list[tuple[str, str]]:
    rows = []
    for status in v.NEED_STATUS:
        sectors = [s for s, chosen in reg.needs.items() if chosen == status.code]
        if sectors:
            rows.append((label(v.NEED_STATUS, status.code), _labels(v.SECTORS, sectors)))
    return rows or [
        (translate("ReviewSummary", "Needs"), translate("ReviewSummary", "none recorded"))
    ]


def summary_html(
    reg: CaseRegistration,
    status: dict[str, str],
    outcome: str,
    reasons: list[str],
    notes: list[str],
) -> str:
    """What will be saved; `status` maps principle keys to done/flagged/pending."""
    p = reg.profile
    age = (
        str(reg.age_years)
        if reg.age_years is not None
        else label(v.AGE_BAND, p.age_band or "unknown")
    )
    top = "".join(
        f"<p style='background:#fff4e5; color:#5f3700; padding:4px'>{escape(n)}</p>" for n in notes
    )
    if reg.consent("register") is None:
        return top + (
            _lead(
                translate("ReviewSummary", "Consent to register is not recorded yet."),
                translate("ReviewSummary", "Go back to Informed consent first."),
            )
        )
    if not reg.consents_to_register:
        head = _lead(
            translate("ReviewSummary", "Anonymous contact only (sex, age band, needs)."),
            translate("ReviewSummary", "Nothing else typed in this wizard is saved."),
        )
        rows = [
            (translate("ReviewSummary", "Sex"), label(v.SEX, p.sex)),
            (
                translate("ReviewSummary", "Age band"),
                label(
                    v.AGE_BAND,
                    v.age_band(reg.age_years)
                    if reg.age_years is not None
                    else p.age_band or "unknown",
                ),
            ),
            *_needs(reg),
        ]
        return (
            head
            + top
            + _section("profile", status["profile"], rows)
            + _section(
                "consent",
                status["consent"],
                [
                    (
                        translate("ReviewSummary", "Registering personal data"),
                        translate("ReviewSummary", "refused"),
                    )
                ],
            )
        )
    s, sc, part, i = reg.safety, reg.screening, reg.participation, reg.identity
    html = [top]
    html.append(
        _section(
            "safety",
            status["safety"],
            [
                (translate("ReviewSummary", "Immediate danger"), _yes(s.immediate_danger)),
                (
                    translate("ReviewSummary", "Who was alerted"),
                    s.urgent_action_alerted if s.immediate_danger else "",
                ),
                (
                    translate("ReviewSummary", "What was done"),
                    s.urgent_action_taken if s.immediate_danger else "",
                ),
                (
                    translate("ReviewSummary", "Exploiter nearby or in contact"),
                    _yes(s.exploiter_nearby),
                ),
                (translate("ReviewSummary", "Private space"), _yes(s.private_space)),
                (translate("ReviewSummary", "Urgent medical need"), _yes(s.urgent_medical_need)),
                (translate("ReviewSummary", "Risk of retaliation"), _yes(s.retaliation_risk)),
                (
                    translate("ReviewSummary", "Safe to contact later"),
                    _yes(s.safe_to_contact_later),
                ),
                (translate("ReviewSummary", "Safety plan"), s.safety_plan.strip()),
            ],
        )
    )
    first = reg.consent("register")
    consent_rows = [(label(v.CONSENT_SCOPES, "register"), label(v.CONSENT_DECISIONS, "given"))]
    for decision in ("given", "refused"):
        sectors = [
            c.sector for c in reg.consents if c.scope == "referral" and c.decision == decision
        ]
        if sectors:
            consent_rows.append(
                (
                    translate("ReviewSummary", "Referral consent %1").replace(
                        "%1", label(v.CONSENT_DECISIONS, decision).lower()
                    ),
                    _labels(v.SECTORS, sectors),
                )
            )
    for c in reg.consents:
        if c.scope == "share":
            consent_rows.append(
                (
                    translate("ReviewSummary", "Share with %1 (%2)")
                    .replace("%1", c.partner or "?")
                    .replace("%2", label(v.CONSENT_DECISIONS, c.decision).lower()),
                    _labels(v.SHARED_INFORMATION, c.information or []),
                )
            )
    statistics = reg.consent("statistics")
    consent_rows += [
        (
            label(v.CONSENT_SCOPES, "statistics"),
            label(v.CONSENT_DECISIONS, statistics.decision)
            if statistics
            else translate("ReviewSummary", "not asked"),
        ),
        (translate("ReviewSummary", "Given by"), label(v.CONSENT_GIVERS, first.given_by)),
        (translate("ReviewSummary", "Parent or guardian"), first.guardian_name or ""),
        (translate("ReviewSummary", "Best-interests decision"), first.best_interests_reason or ""),
        (translate("ReviewSummary", "How"), label(v.CONSENT_METHODS, first.method)),
        (
            translate("ReviewSummary", "Language"),
            _names(language_choices(), [first.language] if first.language else []),
        ),
        (translate("ReviewSummary", "Interpreter"), _yes(first.interpreter)),
    ]
    html.append(_section("consent", status["consent"], consent_rows))
    html.append(
        _section(
            "identification",
            status["identification"],
            [
                (
                    translate("ReviewSummary", "Screening outcome"),
                    label(v.SCREENING_OUTCOMES, outcome),
                ),
                (translate("ReviewSummary", "Why"), " ".join(reasons)),
                (
                    translate("ReviewSummary", "Override reason"),
                    sc.override_reason.strip() if sc.override_outcome else "",
                ),
                (translate("ReviewSummary", "Act"), _labels(v.ACTS, sc.acts)),
                (translate("ReviewSummary", "Means"), _labels(v.MEANS, sc.means)),
                (translate("ReviewSummary", "Purpose"), _labels(v.PURPOSES, sc.purposes)),
                (
                    translate("ReviewSummary", "Forms of exploitation"),
                    _labels(v.FORMS_OF_EXPLOITATION, sc.forms_of_exploitation),
                ),
                (
                    translate("ReviewSummary", "Industry"),
                    _labels(v.INDUSTRIES, sc.industries) if sc.industries else "",
                ),
                (
                    translate("ReviewSummary", "Means of control"),
                    _labels(v.MEANS_OF_CONTROL, sc.means_of_control),
                ),
                (
                    translate("ReviewSummary", "Recruitment"),
                    _labels(v.RECRUITMENT_METHODS, sc.recruitment_methods),
                ),
                (
                    translate("ReviewSummary", "Countries of recruitment"),
                    _names(countries(), sc.countries_of_recruitment),
                ),
                (
                    translate("ReviewSummary", "Countries of exploitation"),
                    _names(countries(), sc.countries_of_exploitation),
                ),
                (
                    translate("ReviewSummary", "In-country or abroad"),
                    label(v.TRAFFICKED_WHERE, sc.trafficked_where),
                ),
                (
                    translate("ReviewSummary", "Handled before as"),
                    label(v.PRIOR_PATHWAY, reg.prior_pathway),
                ),
            ],
        )
    )
    html.append(
        _section(
            "participation",
            status["participation"],
            [
                (translate("ReviewSummary", "Own priorities"), part.own_priorities.strip()),
                *_needs(reg),
                (
                    translate("ReviewSummary", "Preferred safe contact"),
                    part.preferred_contact.strip(),
                ),
                (translate("ReviewSummary", "Safe times"), part.safe_contact_times.strip()),
                (translate("ReviewSummary", "The child's views"), part.child_views.strip()),
            ],
        )
    )
    html.append(
        _section(
            "profile",
            status["profile"],
            [
                (translate("ReviewSummary", "Sex"), label(v.SEX, p.sex)),
                (translate("ReviewSummary", "Age"), age),
                (
                    translate("ReviewSummary", "Nationality status"),
                    label(v.NATIONALITY_STATUS, p.nationality_status),
                ),
                (translate("ReviewSummary", "Citizenship"), _names(countries(), p.citizenships)),
                (translate("ReviewSummary", "Languages"), _names(language_choices(), p.languages)),
                (translate("ReviewSummary", "Disability"), _yes(p.disability)),
                (translate("ReviewSummary", "Details"), p.disability_details.strip()),
            ],
        )
    )
    html.append(
        _section(
            "confidentiality",
            status["confidentiality"],
            [
                (
                    translate("ReviewSummary", "Case code"),
                    translate("ReviewSummary", "made when you save"),
                ),
                (translate("ReviewSummary", "Sensitivity"), label(v.SENSITIVITY, reg.sensitivity)),
                (translate("ReviewSummary", "Names"), f"{i.given_names} {i.family_name}".strip()),
                (translate("ReviewSummary", "Alias"), i.aliases.strip()),
                (
                    translate("ReviewSummary", "Date of birth"),
                    i.date_of_birth.isoformat() if i.date_of_birth else "",
                ),
                (translate("ReviewSummary", "Phone"), i.phone.strip()),
                (translate("ReviewSummary", "Other contact"), i.other_contact.strip()),
                (translate("ReviewSummary", "Address"), i.address.strip()),
                (translate("ReviewSummary", "Caregiver"), i.caregiver_name.strip()),
                (translate("ReviewSummary", "Caregiver's contact"), i.caregiver_contact.strip()),
            ],
        )
    )
    return "".join(html)
