"""The two dialogs of a directory import: how to import a file, and why it was refused."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services.tabular import ImportProblem
from tipdesk.ui.admin.common import WARNING_STYLE
from tipdesk.ui.refused_import_dialog import RefusedImportDialog


class ImportOptionsDialog(QDialog):
    """Confirms the file to import, and whether it replaces the whole directory."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import the service directory"))
        self.setMinimumWidth(560)
        self.intro = QLabel(
            self.tr(
                "Import %1 into the directory. Every row is checked first: if one row has a "
                "problem, nothing is imported and every problem is listed. Rows with a service ID "
                "update that service; rows without one add a new service."
            ).replace("%1", file_name)
        )
        self.intro.setWordWrap(True)
        self.replace_check = QCheckBox(self.tr("&Replace the whole directory with this file"))
        self.replace_check.setAccessibleName(self.tr("Replace the whole directory"))
        self.warning = QLabel(
            self.tr(
                "Services that are not in this file will be removed from the directory (or "
                "deactivated, when a referral points to them). Use this only with a complete "
                "directory, such as an export from this office that you have corrected."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        self.replace_check.toggled.connect(self._replace_toggled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.replace_check)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)  # once in the dialog (or Enter may press Cancel)

    @property
    def replace(self) -> bool:
        return self.replace_check.isChecked()

    def _replace_toggled(self, on: bool) -> None:
        self.warning.setVisible(on)
        self.import_button.setText(self.tr("&Replace the directory") if on else self.tr("&Import"))
        self.adjustSize()


class ImportProblemsDialog(RefusedImportDialog):
    """Nothing was imported: every problem of the file, row by row, to correct it."""

    def __init__(
        self, file_name: str, problems: list[ImportProblem], parent: QWidget | None = None
    ) -> None:
        super().__init__(problems, parent, text_width=24)
        self.setWindowTitle(self.tr("Directory not imported"))
        count = len(problems)
        text = (
            self.tr("1 problem was found in %1.")
            if count == 1
            else self.tr("%2 problems were found in %1.").replace("%2", str(count))
        )
        text += " " + self.tr(
            "Correct the file (the row numbers are those of the spreadsheet, "
            "row 1 being the column names) and import it again. The "
            "directory is as it was before."
        )
        self.explanation.setText(text.replace("%1", file_name))
