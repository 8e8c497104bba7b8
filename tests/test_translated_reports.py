"""PDFs in the language in use: the referral form, the summary report and the recovery sheet
in French, read back with pypdf."""

import unicodedata
from datetime import datetime

from pypdf import PdfReader

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk import i18n
from tipdesk.reports.recovery_sheet import write_recovery_sheet
from tipdesk.reports.referral_form import write_referral_form
from tipdesk.reports.summary_report import write_summary_report
from tipdesk.services.case_registration import register_case
from tipdesk.services.referral_views import referral_view
from tipdesk.services.referrals import create_referral
from tipdesk.services.statistics import build_summary


def pdf_text(path) -> str:
    """The text of the PDF, ligatures (ﬁ, ﬀ) spelt out, lines joined into one."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_referral_form_in_french(admin_office, tmp_path):
    code = register_case(admin_office, adult_man_forced_labour_abroad())
    rid = create_referral(
        admin_office,
        code,
        sector="health",
        service_ref=None,
        priority="urgent",
        reason="Blessures non soignées",
        disclosed_fields=["sex", "age_band"],
    )
    i18n.use_language("fr")
    out = tmp_path / "fiche.pdf"
    write_referral_form(out, referral_view(admin_office, rid, printing=True))
    text = pdf_text(out)
    for label in (
        "Fiche de référencement",
        "Maroua field office, Cameroun",
        "N° de référencement",
        "1. La personne",
        "Code du dossier",
        "Urgent (sous 72 heures)",
        "Santé",  # the sector, a vocabulary label
        "Masculin",
        "Consentement donné par",
        "Coupon de retour",
        "Reçu le",
        "CONFIDENTIEL",
        "Page 1 sur 2",
    ):
        assert label in text, label
    for english in ("Referral form", "Feedback slip", "Case code", "Page 1 of"):
        assert english not in text


def test_the_summary_report_in_french(admin_office, tmp_path):
    register_case(admin_office, adult_man_forced_labour_abroad())
    summary = build_summary(admin_office, k=3)
    i18n.use_language("fr")
    out = tmp_path / "synthese.pdf"
    write_summary_report(out, summary, "Sous-bureau de Maroua", "Cameroun")
    text = pdf_text(out)
    for label in (
        "Synthèse anonymisée des cas de traite",
        "Comment les petits effectifs sont protégés",
        "Nouveaux dossiers par mois d'enregistrement",
        "Formes d'exploitation",
        "Travail forcé",
        "Lacunes du répertoire des services",
        "Aucune lacune",
    ):
        assert label in text, label
    assert "Forms of exploitation" not in text and "Gaps in the service directory" not in text


def test_the_recovery_sheet_in_french(tmp_path):
    i18n.use_language("fr")
    out = tmp_path / "code.pdf"
    write_recovery_sheet(out, "Sous-bureau", "Cameroun", "ABCD-EFGH", datetime(2026, 3, 1, 9, 30))
    text = pdf_text(out)
    assert "Code de récupération TIPDesk" in text and "À quoi sert ce code" in text
    assert "ABCD-EFGH" in text
