"""The printed referral form (drawn by Qt): the PDF form's content, the slip on its own page."""

from datetime import date, datetime

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tests.ui.referral_fixtures import pdf_pages, pdf_text
from tipdesk.services.referral_views import ReferralView
from tipdesk.ui.referrals.form_document import form_html, print_form


def a_view(**changes) -> ReferralView:
    values = dict(
        id=42,
        number="REF-2026-00042",
        office_name="Maroua field office",
        office_country="Cameroon",
        case_code="CMR-2026-0007",
        created_at=datetime(2026, 3, 2, 9, 30),
        sector="health",
        priority="emergency",
        status="draft",
        due_on=date(2026, 3, 3),
        reason="Untreated injuries",
        services_requested="Wound care",
        services_already_provided="",
        disclosed={"sex": "Male", "name": "Éloïse Ngozi-Ménard", "needs": "Wants this service"},
        consent_given_by="person",
        consent_method="verbal",
        consent_language="fra",
        consent_recorded_at=datetime(2026, 3, 1, 8, 0),
        provider="Fictional Clinic (FCR)",
        provider_service="Primary health care",
        referred_by="Amina Bello",
        referred_by_role="Administrator",
    )
    values.update(changes)
    return ReferralView(**values)


def print_to(tmp_path, view, name="printed.pdf"):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / name))
    print_form(view, printer)
    return tmp_path / name


def test_the_printed_form_carries_the_view_and_a_slip_page(qapp, tmp_path):
    out = print_to(tmp_path, a_view())
    first, slip = pdf_pages(out)  # exactly two pages
    for expected in (
        "Referral form",
        "REF-2026-00042",
        "Emergency (within 24 hours)",
        "Please respond by: 2026-03-03",
        "CMR-2026-0007",
        "Éloïse Ngozi-Ménard",
        "Untreated injuries",
        "Health: Wound care",
        "Fictional Clinic (FCR)",
        "Sex, Name, Needs in this sector",
        "Verbal · fra · 2026-03-01",
        "CONFIDENTIAL",
    ):
        assert expected in first
    assert "Feedback slip" not in first and "Feedback slip" in slip
    assert "Caregiver" not in first  # an adult: no child section
    assert "REF-2026-00042" in slip and "CMR-2026-0007" in slip
    assert "Éloïse" not in str(PdfReader(out).metadata)  # the job is named by number only


def test_a_long_form_runs_over_pages_and_the_slip_still_starts_a_page(qapp, tmp_path):
    long_reason = " ".join(f"Observation {i} of the protection officer." for i in range(400))
    out = print_to(
        tmp_path, a_view(reason=long_reason, child=True, override_reason="Could not wait")
    )
    pages = pdf_pages(out)
    assert len(pages) >= 4
    assert pages[-1].lstrip().startswith("Feedback slip")
    assert all("Feedback slip" not in page for page in pages[:-1])
    text = pdf_text(out)
    assert "Observation 399 of the protection officer." in text  # nothing cut off
    assert "Child and caregiver" in text and "Not disclosed" in text
    assert "administrator override" in text and "Could not wait" in text


def test_the_html_escapes_what_was_typed(qapp):
    html = form_html(a_view(reason="<b>bold</b> & co"))
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html and "<b>bold</b>" not in html
