"""The printable inter-agency referral form (A4), carrying only the consented fields."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tipdesk.i18n import country_name, translate
from tipdesk.models import vocab as v
from tipdesk.reports.common import build_pdf, styles
from tipdesk.reports.fonts import SANS
from tipdesk.reports.text import markup
from tipdesk.services.referral_views import ReferralView
from tipdesk.services.referrals import FIELDS

WIDTH = 174 * mm
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")
PRIORITY_COLOURS = {"emergency": "#9b1c1c", "urgent": "#b45309", "normal": "#1f3a5f"}


def _table(rows, widths, *, header=False):
    table = Table(rows, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    style.append(
        ("BACKGROUND", (0, 0), (0, -1), SHADE)
        if not header
        else ("BACKGROUND", (0, 0), (-1, 0), SHADE)
    )
    table.setStyle(TableStyle(style))
    return table


class Boxes(Flowable):
    """Empty tick boxes with their labels, to fill in by hand."""

    def __init__(self, labels: list[str], size: float = 9.5):
        super().__init__()
        self.labels, self.size = labels, size

    def wrap(self, avail_width, avail_height):
        return avail_width, self.size * 1.4

    def draw(self):
        canvas, x = self.canv, 0.0
        canvas.setFont(SANS, self.size)
        for label in self.labels:
            canvas.rect(x, 0, self.size * 0.9, self.size * 0.9)
            canvas.drawString(x + self.size * 1.3, 1, label)
            x += self.size * 1.3 + canvas.stringWidth(label, SANS, self.size) + 6 * mm


def labelled(label: str, value: str) -> str:
    """A label and its value as the language in use joins them (French: "Date : ...")."""
    return translate("ReferralForm", "%1: %2").replace("%1", label).replace("%2", value)


def write_referral_form(path: Path, view: ReferralView) -> None:
    """Write the referral form of `view` to `path` (PDF) in the language in use."""
    st = styles()

    def vocab(context_vocab: v.Vocabulary, code: str | None) -> str:
        return translate("vocab", context_vocab.label(code)) if code else ""

    def p(text, style="body"):
        return Paragraph(markup(text), st[style])

    def lp(text):
        return Paragraph(markup(text), st["label"])

    story = []
    priority_colour = PRIORITY_COLOURS.get(view.priority, "#1f3a5f")
    head = Table(
        [
            [
                [
                    Paragraph(markup(translate("ReferralForm", "Referral form")), st["title"]),
                    p(f"{view.office_name}, {country_name(view.office_country)}"),
                ],
                [
                    p(labelled(translate("ReferralForm", "Referral number"), view.number)),
                    p(
                        labelled(
                            translate("ReferralForm", "Date"), view.created_at.date().isoformat()
                        )
                    ),
                    Paragraph(
                        f'<font color="{priority_colour}">'
                        + markup(
                            labelled(
                                translate("ReferralForm", "Priority"),
                                vocab(v.REFERRAL_PRIORITY, view.priority),
                            )
                        )
                        + "</font>",
                        st["label"],
                    ),
                ],
            ]
        ],
        colWidths=[100 * mm, 74 * mm],
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f3a5f")),
            ]
        )
    )
    story += [head, Spacer(1, 3 * mm)]
    if view.due_on:
        story.append(
            p(labelled(translate("ReferralForm", "Please respond by"), view.due_on.isoformat()))
        )
    if view.override_reason:
        story += [
            Spacer(1, 2 * mm),
            _table(
                [
                    [
                        Paragraph(
                            markup(
                                translate(
                                    "ReferralForm",
                                    "Referred without the person's consent for this sector: "
                                    "administrator override.",
                                )
                            ),
                            st["warning"],
                        ),
                    ],
                    [p(labelled(translate("ReferralForm", "Reason"), view.override_reason))],
                ],
                [WIDTH],
            ),
        ]

    story.append(p(translate("ReferralForm", "1. The person"), "heading"))
    person = [[lp(translate("ReferralForm", "Case code")), p(view.case_code)]]
    for name, value in view.disclosed.items():
        if name in ("needs", "caregiver"):
            continue
        person.append([lp(translate("vocab", FIELDS[name])), p(value)])
    story.append(_table(person, [48 * mm, WIDTH - 48 * mm]))
    story.append(
        p(
            translate(
                "ReferralForm",
                "Only the information above was consented to be shared. Do not "
                "ask the person to repeat their story.",
            ),
            "small",
        )
    )

    if view.child:
        story.append(p(translate("ReferralForm", "2. Child and caregiver"), "heading"))
        caregiver = view.disclosed.get("caregiver") or translate("ReferralForm", "Not disclosed")
        story.append(
            _table(
                [
                    [lp(translate("ReferralForm", "Caregiver")), p(caregiver)],
                    [
                        lp(translate("ReferralForm", "Caregiver informed of this referral")),
                        Boxes([translate("ReferralForm", "yes"), translate("ReferralForm", "no")]),
                    ],
                ],
                [60 * mm, WIDTH - 60 * mm],
            )
        )

    story.append(p(translate("ReferralForm", "3. Reason and services"), "heading"))
    requested = vocab(v.SECTORS, view.sector)
    if view.services_requested:
        requested = labelled(requested, view.services_requested)
    rows = [
        [lp(translate("ReferralForm", "Reason for referral")), p(view.reason or "—")],
        [lp(translate("ReferralForm", "Services requested")), p(requested)],
        [
            lp(translate("ReferralForm", "Services already provided")),
            p(view.services_already_provided or "—"),
        ],
    ]
    if "needs" in view.disclosed:
        rows.append(
            [lp(translate("ReferralForm", "The person's wish")), p(view.disclosed["needs"])]
        )
    story.append(_table(rows, [48 * mm, WIDTH - 48 * mm]))

    story.append(CondPageBreak(60 * mm))
    story.append(p(translate("ReferralForm", "4. Consent"), "heading"))
    disclosed_labels = ", ".join(
        translate("vocab", FIELDS[f]) for f in view.disclosed
    ) or translate("ReferralForm", "Case code only")
    consent_rows = [
        [
            lp(translate("ReferralForm", "Consent given by")),
            p(
                vocab(v.CONSENT_GIVERS, view.consent_given_by)
                or translate("ReferralForm", "No consent recorded")
            ),
        ],
        [
            lp(translate("ReferralForm", "Consent to refer to")),
            p(view.provider or vocab(v.SECTORS, view.sector)),
        ],
        [lp(translate("ReferralForm", "Information disclosed")), p(disclosed_labels)],
        [
            lp(translate("ReferralForm", "How and when")),
            p(
                " · ".join(
                    x
                    for x in (
                        vocab(v.CONSENT_METHODS, view.consent_method),
                        view.consent_language or "",
                        view.consent_recorded_at.date().isoformat()
                        if view.consent_recorded_at
                        else "",
                    )
                    if x
                )
            ),
        ],
    ]
    if view.consent_guardian:
        consent_rows.insert(
            1, [lp(translate("ReferralForm", "Parent or guardian")), p(view.consent_guardian)]
        )
    story.append(_table(consent_rows, [48 * mm, WIDTH - 48 * mm]))
    story.append(Spacer(1, 8 * mm))
    story.append(
        _signatures(
            [
                translate("ReferralForm", "Signature of the person (or guardian)"),
                translate("ReferralForm", "Signature of the referring officer"),
            ],
            st,
        )
    )

    story.append(p(translate("ReferralForm", "5. Referred by and referred to"), "heading"))
    story.append(
        _table(
            [
                [
                    lp(translate("ReferralForm", "Referred by")),
                    lp(translate("ReferralForm", "Referred to")),
                ],
                [
                    p(
                        "\n".join(
                            x
                            for x in (
                                view.referred_by,
                                translate("vocab", view.referred_by_role),
                                view.office_name,
                            )
                            if x
                        )
                    ),
                    p(
                        "\n".join(
                            x
                            for x in (
                                view.provider,
                                view.provider_service,
                                view.provider_site,
                                view.provider_contact,
                                view.provider_focal_point,
                            )
                            if x
                        )
                        or translate("ReferralForm", "To be chosen")
                    ),
                ],
            ],
            [WIDTH / 2, WIDTH / 2],
            header=True,
        )
    )

    story.append(PageBreak())  # the slip is a page of its own, to hand over or send back
    story += [
        Paragraph(markup(translate("ReferralForm", "Feedback slip")), st["title"]),
        p(
            translate(
                "ReferralForm",
                "To be filled in by the receiving agency and returned to the referring office: %1.",
            ).replace("%1", view.office_name)
        ),
        Spacer(1, 3 * mm),
        _table(
            [
                [lp(translate("ReferralForm", "Referral number")), p(view.number)],
                [lp(translate("ReferralForm", "Case code")), p(view.case_code)],
                [lp(translate("ReferralForm", "Received on")), p("")],
                [
                    lp(translate("ReferralForm", "Accepted")),
                    Boxes(
                        [
                            translate("ReferralForm", "yes"),
                            translate("ReferralForm", "no, because:"),
                        ]
                    ),
                ],
                [lp(translate("ReferralForm", "Service given")), Spacer(1, 18 * mm)],
                [lp(translate("ReferralForm", "Name, position")), p("")],
            ],
            [48 * mm, WIDTH - 48 * mm],
        ),
        Spacer(1, 8 * mm),
        _signatures(
            [translate("ReferralForm", "Signature"), translate("ReferralForm", "Date")], st
        ),
    ]
    build_pdf(
        path,
        story,
        title=translate("ReferralForm", "Referral form") + " " + view.number,
        footer=view.number,
    )


def _signatures(labels: list[str], st) -> Table:
    cells = [
        [Paragraph("_" * 38, st["body"]) for _ in labels],
        [Paragraph(markup(label), st["small"]) for label in labels],
    ]
    return Table(cells, colWidths=[WIDTH / len(labels)] * len(labels))
