"""Referrals: the consent gate, exactly the consented fields, tracking, and the printed form."""

import re
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import CANARY_NAME
from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.errors import BadInput, PermissionDenied
from tipdesk.models import AuditEvent
from tipdesk.reports.referral_form import write_referral_form
from tipdesk.services import case_file, directory, users
from tipdesk.services import office as office_service
from tipdesk.services.case_registration import ConsentAnswer, register_case
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.referral_views import QueueFilter, list_queue, referral_view
from tipdesk.services.referrals import create_referral, is_overdue, overdue_counts, set_status

SECRET_PHONE = "+237 699 424 242"
SECRET_ADDRESS = "Quartier Domayo, behind the Qxzv mill"


@pytest.fixture
def clinic(admin_office):
    return directory.save_service(
        admin_office,
        ServiceRecord(
            organisation="Fictional Clinic Réseau",
            organisation_acronym="FCR",
            organisation_type="health",
            sector="health",
            service_type="Primary health care",
            admin1="Far North",
            site="Maroua",
            phone="+000 555 123 456",
            focal_point="Dr Fictional",
        ),
    )


@pytest.fixture
def case_code(admin_office):
    reg = adult_man_forced_labour_abroad()
    reg.identity.given_names, reg.identity.family_name = "Éloïse", "Ngozi-Ménard"
    reg.identity.phone, reg.identity.address = SECRET_PHONE, SECRET_ADDRESS
    reg.identity.aliases = "Zorblat"
    reg.consents.append(
        ConsentAnswer("share", "given", partner="FCR", information=["name", "alias"])
    )
    return register_case(admin_office, reg)


def test_referral_carries_exactly_the_consented_fields(admin_office, clinic, case_code, tmp_path):
    rid = create_referral(
        admin_office,
        case_code,
        sector="health",
        service_ref=clinic,
        priority="urgent",
        reason="Untreated injuries from the site",
        disclosed_fields=["name", "sex", "age_band", "languages"],
    )
    with pytest.raises(PermissionDenied, match="do not allow disclosing: Phone and other contact"):
        create_referral(
            admin_office,
            case_code,
            sector="health",
            service_ref=clinic,
            disclosed_fields=["name", "phone"],
        )
    view = referral_view(admin_office, rid, printing=True)
    assert view.person_label == "Éloïse Ngozi-Ménard"
    out = tmp_path / "form.pdf"
    write_referral_form(out, view)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Éloïse Ngozi-Ménard" in text  # French accents survive
    assert view.disclosed["languages"] == "French"  # by name, as the provider reads it
    assert case_code in text and view.number in text and "Urgent (within 72 hours)" in text
    assert "Fictional Clinic Réseau (FCR)" in text and "Feedback slip" in text
    assert re.search(r"Page 1 of \d", text) and "CONFIDENTIAL" in text
    raw = out.read_bytes()
    for secret in (SECRET_PHONE, SECRET_ADDRESS, "Zorblat", CANARY_NAME, "Qxzv"):
        assert secret not in text
        assert secret.encode() not in raw and secret.encode("utf-16-be") not in raw
    meta = PdfReader(out).metadata
    assert "Éloïse" not in str(meta) and case_code not in str(meta)
    with admin_office.reading() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.record_type == "referral")
        ).all()
    assert actions == ["referral.create", "referral.print"]


def test_without_share_consent_the_form_names_the_case_code_only(
    admin_office, clinic, case_code, tmp_path
):
    rid = create_referral(
        admin_office, case_code, sector="health", service_ref=None, disclosed_fields=["sex"]
    )
    view = referral_view(admin_office, rid)
    assert view.person_label == case_code and view.disclosed == {"sex": "Male"}
    with pytest.raises(PermissionDenied):  # no partner named: names may not go
        create_referral(
            admin_office, case_code, sector="health", service_ref=None, disclosed_fields=["name"]
        )


def test_consent_gate_and_administrator_override(
    admin_office, db_path, clinic, case_code, tmp_path
):
    with pytest.raises(PermissionDenied, match="no consent to refer this person"):
        create_referral(admin_office, case_code, sector="mhpss", service_ref=None)
    users.add_user(admin_office, "fatou", "Fatou", "officer", "temporary phrase 42")
    case_file.update_case(admin_office, case_code, case={"assigned_officer_id": None})
    fatou = office_service.sign_in(db_path, "fatou", "temporary phrase 42")
    with pytest.raises(PermissionDenied, match="may not override"):
        create_referral(
            fatou, case_code, sector="mhpss", service_ref=None, override_reason="Urgent"
        )
    fatou.lock()
    rid = create_referral(
        admin_office,
        case_code,
        sector="mhpss",
        service_ref=None,
        override_reason="Suicide risk; the person cannot consent now.",
        disclosed_fields=["sex"],
    )
    with admin_office.reading() as s:
        assert "referral.consent-override" in s.scalars(select(AuditEvent.action)).all()
    write_referral_form(tmp_path / "o.pdf", referral_view(admin_office, rid, printing=True))
    text = PdfReader(tmp_path / "o.pdf").pages[0].extract_text()
    assert "administrator override" in text and "Suicide risk" in text


def test_declined_need_cannot_be_referred(admin_office, case_code):
    with pytest.raises(BadInput, match="declined"):  # shelter-nfi: declines
        create_referral(
            admin_office,
            case_code,
            sector="shelter-nfi",
            service_ref=None,
            override_reason="Anyway",
        )


def test_status_transitions_and_overdue(admin_office, clinic, case_code):
    rid = create_referral(
        admin_office, case_code, sector="health", service_ref=clinic, priority="emergency"
    )
    with pytest.raises(BadInput, match="cannot become service-provided"):
        set_status(admin_office, rid, "service-provided")
    set_status(admin_office, rid, "sent", on=date(2026, 11, 20))
    [row] = list_queue(admin_office, today=date(2026, 11, 22))
    assert row.due_on == date(2026, 11, 21) and row.overdue
    assert overdue_counts(admin_office, today=date(2026, 11, 22))["emergency"] == 1
    assert list_queue(admin_office, QueueFilter(overdue_only=True), today=date(2026, 11, 21)) == []
    set_status(admin_office, rid, "accepted", note="Seen by Dr Fictional")
    set_status(admin_office, rid, "service-provided")
    assert not is_overdue("service-provided", date(2026, 11, 21), date(2026, 12, 1))
    view = referral_view(admin_office, rid)
    assert [h[1] for h in view.history] == ["draft", "sent", "accepted", "service-provided"]


def test_withdrawn_consent_blocks_printing_and_sending(admin_office, clinic, case_code):
    rid = create_referral(admin_office, case_code, sector="health", service_ref=clinic)
    case = case_file.open_case_file(admin_office, case_code)
    consent = next(c for c in case.consents if c.scope == "referral")
    assert case_file.withdraw_consent(admin_office, case_code, consent.id) == 1
    with pytest.raises(PermissionDenied, match="withdrew"):
        referral_view(admin_office, rid, printing=True)
    with pytest.raises(PermissionDenied, match="withdrew"):
        set_status(admin_office, rid, "sent")
    assert list_queue(admin_office)[0].consent_withdrawn


def test_focal_point_sees_the_queue_and_records_feedback_only(
    admin_office, db_path, clinic, case_code
):
    rid = create_referral(
        admin_office, case_code, sector="health", service_ref=clinic, disclosed_fields=["sex"]
    )
    set_status(admin_office, rid, "sent")
    users.add_user(admin_office, "kofi", "Kofi", "focal-point", "temporary phrase 43")
    kofi = office_service.sign_in(db_path, "kofi", "temporary phrase 43")
    [row] = list_queue(kofi)
    assert row.case_code == case_code and row.provider == "Fictional Clinic Réseau"
    view = referral_view(kofi, rid, printing=True)
    assert view.disclosed == {"sex": "Male"}
    set_status(kofi, rid, "received", note="Called the clinic")
    with pytest.raises(PermissionDenied):
        create_referral(kofi, case_code, sector="health", service_ref=clinic)
    with pytest.raises(PermissionDenied):
        case_file.open_case_file(kofi, case_code)
    kofi.lock()


def test_arabic_name_is_shaped_with_the_bundled_font(admin_office, clinic, tmp_path):
    import unicodedata

    reg = adult_man_forced_labour_abroad()
    reg.identity.given_names, reg.identity.family_name = "فاطمة", "الزهراء"
    reg.consents.append(
        ConsentAnswer("share", "given", partner="Fictional Clinic Réseau", information=["name"])
    )
    code = register_case(admin_office, reg)
    rid = create_referral(
        admin_office, code, sector="health", service_ref=clinic, disclosed_fields=["name"]
    )
    out = tmp_path / "ar.pdf"
    write_referral_form(out, referral_view(admin_office, rid, printing=True))
    page = PdfReader(out).pages[0]
    fonts = [f.get_object()["/BaseFont"] for f in page["/Resources"]["/Font"].values()]
    assert any("NotoNaskhArabic" in f for f in fonts)
    text = page.extract_text()
    joined = [ch for ch in text if 0xFE70 <= ord(ch) <= 0xFEFF]  # contextual letter forms
    assert len(joined) >= 8  # letters were joined (initial, medial, final forms)
    assert "فاطمة الزهراء" in unicodedata.normalize("NFKC", text)


def test_report_referral_command(
    admin_office, db_path, clinic, case_code, tmp_path, capsys, monkeypatch
):
    from tests.conftest import ADMIN, ADMIN_PASSWORD
    from tipdesk.cli import main

    rid = create_referral(
        admin_office, case_code, sector="health", service_ref=clinic, disclosed_fields=["sex"]
    )
    number = referral_view(admin_office, rid).number
    admin_office.lock()
    monkeypatch.setenv("TIPDESK_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "r.pdf"
    assert (
        main(
            [
                "report",
                "referral",
                "--referral",
                number,
                "--out",
                str(out),
                "--db",
                str(db_path),
                "--user",
                ADMIN,
            ]
        )
        == 0
    )
    assert number in PdfReader(out).pages[0].extract_text()
    assert (
        main(
            [
                "report",
                "referral",
                "--referral",
                "REF-2026-99999",
                "--out",
                str(out),
                "--db",
                str(db_path),
                "--user",
                ADMIN,
            ]
        )
        == 4
    )
    assert "no longer exists" in capsys.readouterr().err
