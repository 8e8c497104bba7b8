"""Importing a case register: choose the file, import it off the UI thread, say what happened.

An import is all or nothing (the service validates every row first), so a refused import
shows every problem, row by row, and the promise that nothing was imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from tipdesk.services import case_import
from tipdesk.services.case_import import ImportResult
from tipdesk.services.tabular import ImportProblem, ImportRefused
from tipdesk.ui.admin.common import run_with_progress
from tipdesk.ui.feedback import describe_error, show_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.refused_import_dialog import RefusedImportDialog

FOLDER_KEY = "cases/import_folder"  # the last folder used (a place, never case data)
DUPLICATE_COLUMN = "names"  # the column the service names for a possible duplicate


class ImportProblemsDialog(RefusedImportDialog):
    """Nothing was imported: every problem of the file, to correct it and import it again."""

    import_anyway = Signal()

    def __init__(
        self, file_name: str, problems: list[ImportProblem], parent: QWidget | None = None
    ) -> None:
        super().__init__(problems, parent, text_width=22)
        self.setWindowTitle(self.tr("Case register not imported"))
        self.duplicates_only = bool(problems) and all(
            p.column == DUPLICATE_COLUMN for p in problems
        )
        if self.duplicates_only:
            text = self.tr(
                "Every row of %1 can be read, but %n row(s) may describe a person who already "
                "has a case. Open those cases and compare. If they are different people, "
                "import the file anyway.",
                "",
                len(problems),
            )
        else:
            text = self.tr(
                "%n problem(s) were found in %1. Correct them in the file (the row numbers "
                "are those of the spreadsheet) and import it again.",
                "",
                len(problems),
            )
        self.explanation.setText(text.replace("%1", file_name))
        self.anyway_button = None
        if self.duplicates_only:
            self.anyway_button = self.buttons.addButton(
                self.tr("&Import anyway"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.anyway_button.setAccessibleName(self.tr("Import the file anyway"))
            self.anyway_button.clicked.connect(self._import_anyway)

    def _import_anyway(self) -> None:
        self.accept()
        self.import_anyway.emit()


class RegisterImport(QObject):
    """The Import register… and Template… actions of the Cases page."""

    imported = Signal(object)  # ImportResult, after a successful import

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.task = None
        self.problems_dialog: ImportProblemsDialog | None = None
        self.message_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def _folder(self) -> str:
        return str(self._context.settings.value(FOLDER_KEY, str(Path.home())))

    def choose_and_import(self) -> None:
        if self.busy:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a case register"),
            self._folder(),
            self.tr("Case registers (*.csv *.xlsx)"),
        )
        if path:
            self._context.settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.start(Path(path))

    def start(self, path: Path, allow_duplicates: bool = False) -> None:
        """Import `path` on a worker thread behind a progress dialog."""
        label = self.tr("Checking and importing every row of %1…").replace("%1", path.name)
        self.task, _ = run_with_progress(
            self._parent,
            self._context.runner,
            label,
            case_import.import_register,
            self._context.office,
            path,
            allow_duplicates=allow_duplicates,
        )
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(lambda exc: self._failed(path, exc))

    def _succeeded(self, result: ImportResult) -> None:
        codes = result.codes
        if len(codes) == 1:
            text = self.tr("1 case was imported: %1.").replace("%1", codes[0])
        else:
            text = (
                self.tr("%n case(s) were imported: %1 to %2.", "", len(codes))
                .replace("%1", codes[0])
                .replace("%2", codes[-1])
            )
        if result.ignored_columns:
            text += "\n\n" + self.tr(
                "These columns were not recognised and were ignored: %1."
            ).replace("%1", ", ".join(result.ignored_columns))
        self.message_box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Register imported"),
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        self.message_box.setTextFormat(Qt.TextFormat.PlainText)
        self.message_box.open()
        self.imported.emit(result)

    def _failed(self, path: Path, exc: BaseException) -> None:
        if not isinstance(exc, ImportRefused):
            self.message_box = show_error(
                self._parent, self.tr("Case register not imported"), describe_error(exc)
            )
            return
        self.problems_dialog = ImportProblemsDialog(path.name, exc.problems, self._parent)
        self.problems_dialog.import_anyway.connect(lambda: self.start(path, True))
        self.problems_dialog.open()

    def write_template(self) -> Path | None:
        """Save an empty register with the template's columns where the user chooses."""
        start = str(Path(self._folder()) / "case-register-template.xlsx")
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the case register template"),
            start,
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        try:
            case_import.write_template(target)
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            self.message_box = show_error(
                self._parent, self.tr("Template not saved"), describe_error(exc)
            )
            return None
        self._context.settings.setValue(FOLDER_KEY, str(target.parent))
        return target
