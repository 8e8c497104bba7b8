"""The set-up step that shows the recovery code once, with Print and Save as PDF."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tipdesk.reports.recovery_sheet import format_created, sheet_text, write_recovery_sheet
from tipdesk.ui.feedback import show_error


class RecoveryCodePage(QWidget):
    """Shows a new office's recovery code; Continue waits for "I have printed or saved it"."""

    continued = Signal()

    def __init__(
        self,
        office_name: str,
        country_name: str,
        recovery_code: str,
        created: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._office_name = office_name
        self._country_name = country_name
        self._code = recovery_code
        self._created = created

        heading = QLabel(self.tr("The recovery code of your office"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        explanation = QLabel(
            self.tr(
                "This code is shown only now, never again. If every password is forgotten, it is "
                "the only way back into the office database: without it, the cases cannot be "
                "read by anyone.\n\nPrint it or save it as a PDF, and keep the sheet in the office "
                "safe. Anyone with this code and the database can read every case, so do not keep "
                "a copy on this laptop."
            )
        )
        explanation.setWordWrap(True)

        self.code_label = QLabel(recovery_code)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(22)
        mono.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setFrameShape(QFrame.Shape.Box)
        self.code_label.setMargin(16)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setAccessibleDescription(" ".join(recovery_code))

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_sheet)
        self.print_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery code as a PDF"))
        self.save_button.clicked.connect(self.save_pdf)
        self.save_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        steps = QLabel(
            "<ol style='margin-left: -20px'>"
            + "".join(
                f"<li style='margin-bottom: 4px'>{html.escape(step)}</li>"
                for step in (
                    self.tr("Print the sheet, or save it as a PDF on a USB stick."),
                    self.tr("Check that the code on the sheet matches the code above."),
                    self.tr("Put the sheet in a sealed envelope in the office safe."),
                    self.tr("Tick the box below and press Continue."),
                )
            )
            + "</ol>"
        )
        steps.setTextFormat(Qt.TextFormat.RichText)
        steps.setWordWrap(True)
        steps_heading = QLabel(self.tr("What to do now"))
        steps_heading.setStyleSheet("font-weight: bold;")

        self.confirm_box = QCheckBox(self.tr("I have printed or saved the recovery code"))
        self.confirm_box.setAccessibleName(self.tr("I have printed or saved the recovery code"))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.confirm_box.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.continued)
        bottom = QHBoxLayout()
        bottom.addWidget(self.confirm_box)
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.code_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addSpacing(8)
        layout.addWidget(steps_heading)
        layout.addWidget(steps)
        layout.addStretch(1)
        layout.addLayout(bottom)

    @property
    def confirmed(self) -> bool:
        return self.confirm_box.isChecked()

    def remind(self) -> None:
        """Say why the page cannot be left yet (the code would be lost)."""
        self.status_label.setStyleSheet("color: #b3261e;")
        self.status_label.setText(
            self.tr(
                "The recovery code will not be shown again. Print it or save it, then tick "
                "the box below and press Continue."
            )
        )
        self.confirm_box.setFocus()

    def save_pdf(self) -> None:
        """Ask where, then write the ReportLab sheet there (and nowhere else)."""
        suggested = self.tr("TIPDesk recovery code.pdf")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code as a PDF"),
            suggested,
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_recovery_sheet(
                path,
                self._office_name,
                self._country_name,
                self._code,
                self._created,
                translate=QCoreApplication.translate,
            )
        except OSError as exc:
            path.unlink(missing_ok=True)
            show_error(
                self,
                self.tr("Could not save"),
                self.tr(
                    "The recovery code could not be saved to %1 (%2). Choose another place, for "
                    "example a USB stick."
                )
                .replace("%1", str(path))
                .replace("%2", exc.strerror or type(exc).__name__),
            )
            return
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr(
                "Saved to %1. Move the file to a USB stick kept in the office safe, or print it "
                "and delete it from this laptop."
            ).replace("%1", str(path))
        )

    def print_sheet(self) -> None:
        """Ask for a printer, then print the same sheet as the PDF."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("TIPDesk recovery code"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_sheet(printer)
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Sent to the printer. Check that the code on paper matches the one above.")
        )

    def render_sheet(self, printer: QPrinter) -> None:
        """Draw the sheet on `printer` with Qt's rich text (the PDF's wording and order)."""
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(printer)
        document.setHtml(self.sheet_html())
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        document.setPageSize(QSizeF(page.width(), page.height()))
        painter = QPainter(printer)
        try:
            document.drawContents(painter)
        finally:
            painter.end()

    def sheet_html(self) -> str:
        """The sheet as HTML for QTextDocument."""
        text = sheet_text(QCoreApplication.translate)
        e = html.escape
        rows = "".join(
            f"<tr><td style='padding-right:24px'><b>{e(label)}</b></td><td>{e(value)}</td></tr>"
            for label, value in (
                (text.office_label, self._office_name),
                (text.country_label, self._country_name),
                (text.created_label, format_created(self._created)),
            )
        )
        items = "".join(
            f"<li style='margin-bottom:6px'>{e(line)}</li>" for line in text.instructions
        )
        return (
            "<html><body style='font-family: sans-serif; font-size: 11pt'>"
            f"<h1 align='center' style='font-size: 20pt'>{e(text.title)}</h1>"
            f"<table cellspacing='4'>{rows}</table><br/>"
            "<table width='100%' border='2' cellpadding='16' cellspacing='0' "
            "style='border-collapse: collapse; border-color: black'><tr>"
            "<td align='center' style='font-family: monospace; font-size: 24pt; "
            f"font-weight: bold'>{e(self._code)}</td></tr></table><br/>"
            "<table width='100%' border='1' cellpadding='8' cellspacing='0' "
            "style='border-collapse: collapse; border-color: #b3261e' bgcolor='#fdecea'>"
            "<tr><td align='center' style='font-size: 13pt'>"
            f"<b>{e(text.warning)}</b></td></tr></table>"
            f"<h2 style='font-size: 14pt'>{e(text.heading)}</h2><ul>{items}</ul>"
            f"<p style='margin-top: 36px'>{e(text.signed)}</p>"
            "<p style='margin-top: 36px'>________________________________________________</p>"
            "</body></html>"
        )
