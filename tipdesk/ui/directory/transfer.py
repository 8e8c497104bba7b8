"""Directory spreadsheets from the Directory page: import, export and the empty template.

Import and export run off the UI thread behind a progress dialog; the import, which checks
every row of what may be thousands, in a worker process so the window never pauses. An
import is all or nothing, so a refused one lists every problem and says that nothing was
imported.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tipdesk.services import directory_io
from tipdesk.services.directory_io import DirectoryImportResult
from tipdesk.services.tabular import ImportRefused
from tipdesk.ui.admin.common import StatusLabel, plural, run_with_progress
from tipdesk.ui.directory.import_dialogs import ImportOptionsDialog, ImportProblemsDialog
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext

FOLDER_KEY = "directory/folder"  # the last folder used for directory files
SUFFIXES = (".csv", ".xlsx")


def with_suffix(path: str, chosen_filter: str) -> Path:
    """`path` as typed, given the extension of the chosen file type when it has none."""
    target = Path(path)
    if target.suffix.lower() not in SUFFIXES:
        target = target.with_name(target.name + (".xlsx" if "xlsx" in chosen_filter else ".csv"))
    return target


class DirectoryTransfer(QObject):
    """The Import…, Export… and Template… actions; reports on the page's status line."""

    imported = Signal(object)  # DirectoryImportResult, after a successful import

    def __init__(self, context: PageContext, parent: QWidget, status: StatusLabel) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._status = status
        self.task = None
        self.options_dialog: ImportOptionsDialog | None = None
        self.problems_dialog: ImportProblemsDialog | None = None
        self.message_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _folder(self) -> Path:
        folder = Path(str(self._context.settings.value(FOLDER_KEY, str(Path.home()))))
        return folder if folder.is_dir() else Path.home()

    def _remember(self, path: Path) -> None:
        self._context.settings.setValue(FOLDER_KEY, str(path.parent))

    def _file_types(self) -> str:
        return self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)")

    # -- import -------------------------------------------------------------------------------
    def choose_and_import(self) -> ImportOptionsDialog | None:
        """Ask for the file, then how to import it; the import starts when confirmed."""
        if self.busy:
            return None
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a service directory"),
            str(self._folder()),
            self.tr("Directory files (*.csv *.xlsx)"),
        )
        if not path:
            return None
        chosen = Path(path)
        self._remember(chosen)
        dialog = ImportOptionsDialog(chosen.name, self._parent)
        dialog.accepted.connect(lambda: self.start_import(chosen, dialog.replace))
        dialog.finished.connect(dialog.deleteLater)
        self.options_dialog = dialog
        dialog.open()
        return dialog

    def start_import(self, path: Path, replace: bool = False) -> None:
        self._status.clear_message()
        label = self.tr("Checking and importing every row of %1…").replace("%1", path.name)
        self.task, _ = run_with_progress(
            self._parent,
            self._context.runner,
            label,
            directory_io.import_directory,
            self._context.office,
            path,
            replace=replace,
            in_process=True,
        )
        self.task.succeeded.connect(self._imported)
        self.task.failed.connect(lambda exc: self._import_failed(path, exc))

    def _imported(self, result: DirectoryImportResult) -> None:
        text = self.import_summary(result)
        self._status.show_success(text)
        self.message_box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Directory imported"),
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        self.message_box.setTextFormat(Qt.TextFormat.PlainText)
        self.message_box.open()
        self.imported.emit(result)

    def import_summary(self, result: DirectoryImportResult) -> str:
        parts = [
            plural(result.added, self.tr("1 service added"), self.tr("%1 services added")),
            plural(result.updated, self.tr("1 updated"), self.tr("%1 updated")),
            plural(result.unchanged, self.tr("1 unchanged"), self.tr("%1 unchanged")),
        ]
        if result.removed or result.deactivated:
            parts.append(plural(result.removed, self.tr("1 removed"), self.tr("%1 removed")))
            parts.append(
                plural(
                    result.deactivated,
                    self.tr("1 deactivated (it has referrals)"),
                    self.tr("%1 deactivated (they have referrals)"),
                )
            )
        text = self.tr("Directory imported: %1.").replace("%1", ", ".join(parts))
        if result.ignored_columns:
            text += " " + self.tr(
                "These columns were not recognised and were ignored: %1."
            ).replace("%1", ", ".join(result.ignored_columns))
        return text

    def _import_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            self._status.show_error(
                self.tr("Nothing was imported: %1 has problems.").replace("%1", path.name)
            )
            self.problems_dialog = ImportProblemsDialog(path.name, exc.problems, self._parent)
            self.problems_dialog.open()
            return
        self._status.show_error(describe_error(exc) + " " + self.tr("Nothing was imported."))

    # -- export and template ------------------------------------------------------------------
    def choose_and_export(self) -> None:
        if self.busy:
            return
        start = self._folder() / f"directory-{date.today().isoformat()}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the service directory"),
            str(start),
            self._file_types(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = with_suffix(path, chosen)
        self._remember(target)
        self._status.clear_message()
        self.task, _ = run_with_progress(
            self._parent,
            self._context.runner,
            self.tr("Writing the directory to %1…").replace("%1", target.name),
            directory_io.export_directory,
            self._context.office,
            target,
        )
        self.task.succeeded.connect(
            lambda count: self._status.show_success(
                plural(
                    count,
                    self.tr("1 service exported to %2."),
                    self.tr("%1 services exported to %2."),
                ).replace("%2", str(target))
            )
        )
        self.task.failed.connect(lambda exc: self._status.show_error(describe_error(exc)))

    def choose_and_write_template(self) -> Path | None:
        """Save an example directory file with every column, for partners to fill in."""
        start = self._folder() / "directory-template.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the directory template"),
            str(start),
            self._file_types(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return None
        target = with_suffix(path, chosen)
        try:
            directory_io.write_template(target)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self._status.show_error(describe_error(exc))
            return None
        self._remember(target)
        self._status.show_success(
            self.tr(
                "Template saved to %1. It holds one fictional example row: replace it with real "
                "services."
            ).replace("%1", str(target))
        )
        return target
