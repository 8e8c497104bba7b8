"""The ReportLab recovery sheet (Qt-free), read back with pypdf."""

import subprocess
import sys
from datetime import datetime

import pypdf

from tipdesk.reports.recovery_sheet import sheet_text, write_recovery_sheet

CODE = "K7QX-ABCD-EFGH-2345-MNPQ-RSTU"


def test_the_sheet_carries_office_date_code_and_warning(tmp_path):
    out = tmp_path / "sheet.pdf"
    write_recovery_sheet(
        out, "Maroua & <Mokolo> office", "Cameroon", CODE, datetime(2026, 11, 28, 10, 33)
    )
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4
    text = " ".join(reader.pages[0].extract_text().split())
    assert "TIPDesk recovery code" in text
    assert "Maroua & <Mokolo> office" in text
    assert "2026-11-28 10:33" in text
    assert CODE in text
    assert (
        "Keep in the office safe. Anyone with this code and the database can read every case."
        in text
    )
    assert CODE not in str(reader.metadata)  # on the page only
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_the_wording_can_be_translated(tmp_path):
    out = tmp_path / "sheet.pdf"
    write_recovery_sheet(
        out,
        "Bureau de Maroua",
        "Cameroun",
        CODE,
        datetime(2026, 1, 2),
        translate=lambda context, text: f"[{context}] {text}",
    )
    text = " ".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "[RecoverySheet] TIPDesk recovery code" in text
    assert sheet_text().warning.startswith("Keep in the office safe.")


def test_reports_do_not_import_qt():
    code = "import sys, tipdesk.reports.recovery_sheet; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
