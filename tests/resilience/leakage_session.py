"""The scripted session of the leakage test, first through the services, then through the GUI.

Every feature that handles case data is used once with the canaries in it. Files the user
explicitly asks for (exports, PDFs, a printed form) are written to `exports`; spreadsheets
the user brings in come from `inputs`. Everything else TIPDesk writes is scanned.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from tests.helpers import store_full_case
from tests.resilience.leakage_scan import CANARIES
from tests.ui.wizard_driver import (
    CONFIDENTIALITY,
    answer_safety,
    choose,
    go_next,
    tick,
    type_into,
)
from tipdesk.services import (
    anonymised_export,
    backup,
    case_file,
    case_import,
    case_records,
    directory,
    directory_io,
    drafts,
    referrals,
    retention,
    statistics,
)
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    ProfileAnswers,
    SafetyAnswers,
    register_case,
)
from tipdesk.services.directory import ServiceRecord
from tipdesk.services.tabular import write_table
from tipdesk.ui.referrals.form_output import FormOutput, save_form

C = CANARIES


def canary_registration(n: int) -> CaseRegistration:
    """An adult with every canary, consenting to be registered, counted, referred and shared."""
    reg = CaseRegistration(
        profile=ProfileAnswers(sex="female", age_years=30, nationality_status="migrant"),
        consents=[
            ConsentAnswer("register", "given"),
            ConsentAnswer("statistics", "given"),
            ConsentAnswer("referral", "given", sector="health"),
            ConsentAnswer("share", "given", partner="Leak Test Clinic", information=["name"]),
        ],
        safety=SafetyAnswers(safety_plan=f"{C['note']} (plan {n})"),
        registration_date=date(2026, 3, 1),
    )
    identity = reg.identity
    identity.given_names, identity.family_name = C["name"].split()
    identity.aliases, identity.phone, identity.address = C["alias"], C["phone"], C["arabic"]
    reg.participation.own_priorities = C["note"]
    return reg


def services_session(office, exports: Path, inputs: Path, documents: Path) -> dict:
    """Use every service with the canaries; returns what the GUI part needs."""
    codes = [register_case(office, canary_registration(n)) for n in range(12)]
    code = codes[0]
    case_file.add_note(office, code, C["note"])
    case_file.add_follow_up(office, code, f"Call {C['phone']}", date(2026, 12, 1))
    case_file.update_case(office, code, identity={"other_contact": C["alias"]})
    case_records.add_safety_assessment(office, code, SafetyAnswers(safety_plan=C["arabic"]))
    service_ref = directory.save_service(
        office,
        ServiceRecord(
            organisation="Leak Test Clinic",
            sector="health",
            service_type="Clinic",
            admin1="Far North",
            focal_point=C["name"],
            description=C["note"],
        ),
    )
    referral_id = referrals.create_referral(
        office,
        code,
        sector="health",
        service_ref=service_ref,
        reason=C["note"],
        disclosed_fields=["name"],
    )
    referrals.set_status(office, referral_id, "sent", note=C["alias"])
    drafts.save_draft(office, "case-wizard", {"identity": {"given_names": C["name"]}})
    rows = [["", "Leak Test Shelter", "", "ngo", C["phone"], "shelter-nfi", "Shelter"]]
    rows[0] += ["", "Far North"] + [""] * (len(directory_io.COLUMNS) - 9)
    write_table(inputs / "directory.csv", directory_io.COLUMNS, rows)
    directory_io.import_directory(office, inputs / "directory.csv")
    register = [[C["alias"], "Imported", "female", "yes", "2026-02-01"]]
    headers = ["given_names", "family_name", "sex", "consent_register", "registration_date"]
    write_table(inputs / "register.xlsx", headers, register)
    case_import.import_register(office, inputs / "register.xlsx", allow_duplicates=True)
    directory_io.export_directory(office, exports / "directory.csv")
    anonymised_export.run_export(office, exports / "anonymised.xlsx", k=5)
    statistics.build_summary(office)
    save_form(office, referral_id, exports / "referral-form.pdf")
    backup.make_backup(office, documents / "first.tipdesk-backup")  # encrypted: scanned
    store_full_case(office, "CMR-2015-0001", status="closed", closed_on=date(2015, 1, 5))
    retention.purge_case(office, "CMR-2015-0001")
    store_full_case(office, "CMR-2015-0002", status="closed", closed_on=date(2015, 1, 6))
    store_full_case(office, "CMR-2015-0003", status="closed", closed_on=date(2015, 1, 7))
    return {"code": code, "referral_id": referral_id}


def answer_dialogs(monkeypatch, exports: Path, documents: Path, code: str) -> list[str]:
    """Every file dialog answers with a file in `exports` (backups in `documents`), every
    question with Yes, the new-referral prompt with `code`. Returns the files chosen."""
    chosen = []

    def save_file_name(parent, caption, default, *filters, **kwargs):
        folder = documents if "backup" in Path(default).name else exports
        chosen.append(str(folder / Path(default).name))
        return chosen[-1], (filters[0] if filters else "")

    def printer(_output):
        target = printer_output = exports / "printed-form.pdf"
        chosen.append(str(target))
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printer_output))
        return device

    yes = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "warning", yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (code, True))
    monkeypatch.setattr(FormOutput, "_ask_printer", printer)
    return chosen


def fill_wizard_to_names(wizard) -> None:
    """Through the first pages of the case wizard to the names, typing canaries as it goes."""
    answer_safety(wizard, retaliation_risk="yes")
    type_into(wizard.safety_page.safety_plan, C["note"])
    go_next(wizard)
    consent = wizard.consent_page
    choose(consent.under_18, "no")
    choose(consent.register, "given")
    go_next(wizard)
    tick(wizard.identification_page.lists["acts"], "recruitment")
    while wizard.currentId() != CONFIDENTIALITY:
        go_next(wizard)
    type_into(wizard.confidentiality_page.edits["given_names"], C["name"])
    type_into(wizard.confidentiality_page.edits["aliases"], C["arabic"])
