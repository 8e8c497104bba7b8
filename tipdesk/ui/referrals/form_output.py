"""Printing a referral form or saving it as a PDF: ask where, render off the UI thread, say so.

Both go through `referral_view(..., printing=True)`, which audits the print and refuses a
referral whose consent was withdrawn; the refusal is shown in the service's own words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from tipdesk.errors import BadInput
from tipdesk.reports.referral_form import write_referral_form
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.referral_views import ReferralView, referral_view
from tipdesk.ui.feedback import describe_error, show_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.referrals.form_document import print_form

FOLDER_KEY = "referrals/save_folder"


def save_form(office: UnlockedOffice, referral_id: int, path: Path) -> Path:
    """Write the referral's form to `path` (worker thread); the print is audited."""
    view = referral_view(office, referral_id, printing=True)
    try:
        write_referral_form(path, view)  # in the language in use (ui/language.py)
    except OSError as exc:
        raise BadInput(
            QCoreApplication.translate(
                "FormOutput", "The form could not be saved to %1 (%2). Choose another place."
            )
            .replace("%1", str(path))
            .replace("%2", exc.strerror or type(exc).__name__)
        ) from None
    return path


class FormOutput(QObject):
    """Prints or saves referral forms for a page or dialog; `finished(ok, message)` says how."""

    finished = Signal(bool, str)

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._printer: QPrinter | None = None
        self.task = None
        self.message_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    # -- printing ----------------------------------------------------------------------------
    def print_form(self, referral_id: int, *, consent_withdrawn: bool = False) -> None:
        """Ask for a printer (unless the service will refuse anyway), then print the form."""
        if self.busy:
            return
        self._printer = None
        if not consent_withdrawn:
            self._printer = self._ask_printer()
            if self._printer is None:
                return
        self.task = self._context.runner.start(
            referral_view, self._context.office, referral_id, printing=True
        )
        self.task.succeeded.connect(self._print_view)
        self.task.failed.connect(self._failed)

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print the referral form"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def _print_view(self, view: ReferralView) -> None:
        printer = self._printer or self._ask_printer()
        self._printer = None
        if printer is None:
            return
        print_form(view, printer)
        self.finished.emit(
            True,
            self.tr(
                "%1: the form was sent to the printer. Hand it over "
                "or send it, then record it as sent."
            ).replace("%1", view.number),
        )

    # -- saving ------------------------------------------------------------------------------
    def save_pdf(self, referral_id: int, number: str, *, consent_withdrawn: bool = False) -> None:
        """Ask where (unless the service will refuse anyway), then write the PDF form there."""
        if self.busy:
            return
        if consent_withdrawn:  # the service refuses it with its own message
            self.task = self._context.runner.start(
                referral_view, self._context.office, referral_id, printing=True
            )
            self.task.succeeded.connect(self._save_allowed)
            self.task.failed.connect(self._failed)
            return
        path = self._ask_path(number)
        if path is None:
            return
        self.task = self._context.runner.start(save_form, self._context.office, referral_id, path)
        self.task.succeeded.connect(self._saved)
        self.task.failed.connect(self._failed)

    def _save_allowed(self, view: ReferralView) -> None:
        self.task = None
        self.save_pdf(view.id, view.number)

    def _ask_path(self, number: str) -> Path | None:
        settings = self._context.settings
        folder = Path(str(settings.value(FOLDER_KEY, "") or Path.home()))
        name, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the referral form as a PDF"),
            str(folder / f"{number}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.setValue(FOLDER_KEY, str(path.parent))
        return path

    def _saved(self, path: Path) -> None:
        self.finished.emit(
            True,
            self.tr(
                "Saved to %1. The file holds what the person consented to share: keep it safe and "
                "delete it once the form was handed over."
            ).replace("%1", str(path)),
        )

    def _failed(self, exc: BaseException) -> None:
        text = describe_error(exc)
        self.message_box = show_error(self._parent, self.tr("The form was not printed"), text)
        self.finished.emit(False, text)
