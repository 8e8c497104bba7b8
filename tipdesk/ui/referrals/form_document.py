"""The referral form drawn by Qt for a printer: the PDF form's content, wording and order.

PySide6-Essentials has no PDF renderer (QtPdf ships with the Addons), so a printer cannot be
handed the ReportLab PDF. Printing draws the same `ReferralView` (consented fields only) with
Qt's rich text instead, as the recovery sheet does: nothing is written to disk on the way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from tipdesk.models import vocab as v
from tipdesk.reports.referral_form import PRIORITY_COLOURS, labelled
from tipdesk.services.referral_views import ReferralView
from tipdesk.services.referrals import FIELDS
from tipdesk.ui.terms import term_label as _vocab  # short, for the f-strings below

translate = QCoreApplication.translate  # context "ReferralForm": the PDF form's, one for both
BODY = "<html><body style='font-family: sans-serif; font-size: 9.5pt'>"


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='32%' bgcolor='#eef2f6'><b>{_e(label)}</b></td><td>{_e(value)}</td></tr>"
        for label, value in pairs
    )
    return (
        "<table width='100%' border='1' cellpadding='3' cellspacing='0' "
        f"style='border-collapse: collapse; border-color: #9aa5b1'>{cells}</table>"
    )


def _heading(text: str) -> str:
    return f"<h3 style='color: #1f3a5f; margin-top: 12px'>{_e(text)}</h3>"


def form_html(view: ReferralView) -> str:
    """The referral form of `view` (without its feedback slip) as HTML for QTextDocument."""
    colour = PRIORITY_COLOURS.get(view.priority, "#1f3a5f")
    confidential = QCoreApplication.translate("Reports", "CONFIDENTIAL")  # the PDF's footer
    title = translate("ReferralForm", "Referral form")
    number = labelled(translate("ReferralForm", "Referral number"), view.number)
    created = labelled(translate("ReferralForm", "Date"), view.created_at.date().isoformat())
    priority = labelled(
        translate("ReferralForm", "Priority"), _vocab(v.REFERRAL_PRIORITY, view.priority)
    )
    parts = [
        BODY,
        f"<p style='color: #9b1c1c'><b>{_e(confidential)}</b> · {_e(view.number)}</p>",
        f"<h1 style='font-size: 17pt'>{_e(title)}</h1>",
        f"<p>{_e(view.office_name)}, {_e(view.office_country)}</p>",
        f"<p>{_e(number)} · {_e(created)} · <span style='color: {colour}'><b>"
        f"{_e(priority)}</b></span></p>",
    ]
    if view.due_on:
        respond = labelled(translate("ReferralForm", "Please respond by"), view.due_on.isoformat())
        parts.append(f"<p>{_e(respond)}</p>")
    if view.override_reason:
        warning = translate(
            "ReferralForm",
            "Referred without the person's consent for this sector: administrator override.",
        )
        reason = labelled(translate("ReferralForm", "Reason"), view.override_reason)
        parts.append(f"<p style='color: #9b1c1c'><b>{_e(warning)}</b><br/>{_e(reason)}</p>")

    parts.append(_heading(translate("ReferralForm", "1. The person")))
    person = [(translate("ReferralForm", "Case code"), view.case_code)]
    person += [
        (QCoreApplication.translate("vocab", FIELDS[name]), value)
        for name, value in view.disclosed.items()
        if name not in ("needs", "caregiver")
    ]
    parts.append(_rows(person))
    only = translate(
        "ReferralForm",
        "Only the information above was consented to be shared. Do not ask the person "
        "to repeat their story.",
    )
    parts.append(f"<p style='font-size: 8pt'>{_e(only)}</p>")

    if view.child:
        parts.append(_heading(translate("ReferralForm", "2. Child and caregiver")))
        parts.append(
            _rows(
                [
                    (
                        translate("ReferralForm", "Caregiver"),
                        view.disclosed.get("caregiver")
                        or translate("ReferralForm", "Not disclosed"),
                    ),
                    (
                        translate("ReferralForm", "Caregiver informed of this referral"),
                        _boxes(translate("ReferralForm", "yes"), translate("ReferralForm", "no")),
                    ),
                ]
            )
        )

    parts.append(_heading(translate("ReferralForm", "3. Reason and services")))
    requested = _vocab(v.SECTORS, view.sector)
    if view.services_requested:
        requested += f": {view.services_requested}"
    services = [
        (translate("ReferralForm", "Reason for referral"), view.reason or "—"),
        (translate("ReferralForm", "Services requested"), requested),
        (
            translate("ReferralForm", "Services already provided"),
            view.services_already_provided or "—",
        ),
    ]
    if "needs" in view.disclosed:
        services.append((translate("ReferralForm", "The person's wish"), view.disclosed["needs"]))
    parts.append(_rows(services))

    parts.append(_heading(translate("ReferralForm", "4. Consent")))
    consent = [
        (
            translate("ReferralForm", "Consent given by"),
            _vocab(v.CONSENT_GIVERS, view.consent_given_by)
            or translate("ReferralForm", "No consent recorded"),
        ),
        (
            translate("ReferralForm", "Consent to refer to"),
            view.provider or _vocab(v.SECTORS, view.sector),
        ),
        (
            translate("ReferralForm", "Information disclosed"),
            ", ".join(QCoreApplication.translate("vocab", FIELDS[f]) for f in view.disclosed)
            or translate("ReferralForm", "Case code only"),
        ),
        (
            translate("ReferralForm", "How and when"),
            " · ".join(
                x
                for x in (
                    _vocab(v.CONSENT_METHODS, view.consent_method),
                    view.consent_language or "",
                    view.consent_recorded_at.date().isoformat() if view.consent_recorded_at else "",
                )
                if x
            ),
        ),
    ]
    if view.consent_guardian:
        consent.insert(1, (translate("ReferralForm", "Parent or guardian"), view.consent_guardian))
    parts.append(_rows(consent))
    parts.append(
        _signatures(
            [
                translate("ReferralForm", "Signature of the person (or guardian)"),
                translate("ReferralForm", "Signature of the referring officer"),
            ]
        )
    )

    parts.append(_heading(translate("ReferralForm", "5. Referred by and referred to")))
    role = QCoreApplication.translate("vocab", view.referred_by_role)
    by = "\n".join(x for x in (view.referred_by, role, view.office_name) if x)
    to = "\n".join(
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
    by_heading, to_heading = (
        translate("ReferralForm", "Referred by"),
        translate("ReferralForm", "Referred to"),
    )
    to = to or translate("ReferralForm", "To be chosen")
    parts.append(
        "<table width='100%' border='1' cellpadding='4' cellspacing='0' "
        "style='border-collapse: collapse; border-color: #9aa5b1'>"
        f"<tr bgcolor='#eef2f6'><td width='50%'><b>{_e(by_heading)}</b></td>"
        f"<td><b>{_e(to_heading)}</b></td></tr>"
        f"<tr><td>{_e(by)}</td><td>{_e(to)}</td></tr></table>"
    )

    parts.append("</body></html>")
    return "".join(parts)


def slip_html(view: ReferralView) -> str:
    """The feedback slip the receiving agency returns: a page of its own, as on the PDF."""
    slip = translate(
        "ReferralForm",
        "To be filled in by the receiving agency and returned to the referring office: %1.",
    ).replace("%1", view.office_name)
    title = translate("ReferralForm", "Feedback slip")
    return "".join(
        (
            BODY,
            f"<h1 style='font-size: 17pt'>{_e(title)}</h1>",
            f"<p>{_e(slip)}</p>",
            _rows(
                [
                    (translate("ReferralForm", "Referral number"), view.number),
                    (translate("ReferralForm", "Case code"), view.case_code),
                    (translate("ReferralForm", "Received on"), ""),
                    (
                        translate("ReferralForm", "Accepted"),
                        _boxes(
                            translate("ReferralForm", "yes"),
                            translate("ReferralForm", "no, because:"),
                        ),
                    ),
                    (translate("ReferralForm", "Service given"), "\n\n\n"),
                    (translate("ReferralForm", "Name, position"), ""),
                ]
            ),
            _signatures(
                [translate("ReferralForm", "Signature"), translate("ReferralForm", "Date")]
            ),
            "</body></html>",
        )
    )


def _boxes(*labels: str) -> str:
    """Tick boxes to fill in by hand, with their (translated) labels."""
    return "   ".join(f"☐ {label}" for label in labels)


def _signatures(labels: list[str]) -> str:
    cells = "".join(
        f"<td><br/><br/>______________________________<br/>"
        f"<span style='font-size: 8pt'>{_e(label)}</span></td>"
        for label in labels
    )
    return f"<table width='100%' cellpadding='4'><tr>{cells}</tr></table>"


def _document(html_text: str, printer: QPrinter) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setDocumentMargin(0)  # the printer's margins are the form's
    document.setHtml(html_text)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    document.setPageSize(QSizeF(page.width(), page.height()))
    return document


def print_form(view: ReferralView, printer: QPrinter) -> None:
    """Print the form of `view` on `printer` (A4, the PDF form's margins), then the slip on a
    page of its own."""
    printer.setDocName(
        translate("ReferralForm", "Referral form") + " " + view.number
    )  # no name, no case code
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(18, 16, 18, 18), QPageLayout.Unit.Millimeter)
    documents = [_document(form_html(view), printer), _document(slip_html(view), printer)]
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    painter = QPainter(printer)
    try:
        first = True
        for _copy in range(copies):
            for document in documents:
                height = document.pageSize().height()
                for index in range(document.pageCount()):
                    if not first:
                        printer.newPage()
                    first = False
                    painter.save()
                    painter.translate(0, -index * height)
                    document.drawContents(
                        painter, QRectF(0, index * height, document.pageSize().width(), height)
                    )
                    painter.restore()
    finally:
        painter.end()
