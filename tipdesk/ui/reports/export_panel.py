"""The anonymised case-level export (CTDC/HTCDS columns), k-anonymous, as CSV or XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tipdesk.services import anonymised_export
from tipdesk.services.anonymised_export import ExportResult, export_steps
from tipdesk.store.atomic import partial_path
from tipdesk.store.space import file_stamp
from tipdesk.ui.admin.common import StatusLabel, plural, run_with_progress
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.process_task import BackgroundWorkStopped
from tipdesk.ui.reports.common import (
    SavedFileNotice,
    output_folder,
    remember_folder,
    remove_files,
    with_suffix,
)
from tipdesk.ui.worker import TaskCancelled

K_RANGE = (2, 100)
SUFFIXES = (".csv", ".xlsx")


def written_files(path: Path) -> list[Path]:
    """The export file and, for CSV, the data dictionary written beside it."""
    if path.suffix.lower() == ".csv":
        return [path, path.with_name(path.stem + "-dictionary.csv")]
    return [path]


class ExportPanel(QWidget):
    """k and format; Export… writes the file in a worker process, with a progress dialog that
    cancels (on a thread, freeing 100,000 rows at the end would pause the window)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office, self._runner, self._settings = (
            context.office,
            context.runner,
            context.settings,
        )
        self.task = None
        self.out: Path | None = None
        self.result: ExportResult | None = None
        self._before: dict[Path, object] = {}  # the files' stamps before the export began

        explain = QLabel(
            self.tr(
                "One row per case, in the column names of the Counter Trafficking Data "
                "Collaborative (CTDC) and HTCDS: year of registration, gender, age band, "
                "citizenship, country of exploitation, forms of exploitation and means of "
                "control as yes/no flags. A data dictionary goes with it."
            )
        )
        explain.setWordWrap(True)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(*K_RANGE)
        self.k_spin.setValue(anonymised_export.DEFAULT_K)
        self.k_spin.setAccessibleName(self.tr("k, the smallest group of alike records"))
        self.k_spin.setToolTip(
            self.tr("From %1 to %2.").replace("%1", str(K_RANGE[0])).replace("%2", str(K_RANGE[1]))
        )
        k_explained = QLabel(
            self.tr(
                "CTDC publishes its data with k = 11: every combination of year, gender, age band, "
                "majority status, citizenship and country of exploitation is shared by at least k "
                "records. Rarer records first lose those values one at a time, country first; a "
                "record still too rare is left out."
            )
        )
        k_explained.setWordWrap(True)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("CSV (dictionary in a second file)"), ".csv")
        self.format_combo.addItem(self.tr("Excel workbook, XLSX (dictionary on a sheet)"), ".xlsx")
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export anonymised records"))
        self.export_button.clicked.connect(self.export)
        self.status = StatusLabel()
        self.saved_notice = SavedFileNotice()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Smallest group &k:"), self.k_spin)
        form.addRow(k_explained)
        form.addRow(self.tr("File forma&t:"), self.format_combo)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_notice)
        layout.addStretch(1)

    def export(self) -> None:
        """Ask where; the format follows the file name (.csv or .xlsx)."""
        suffix = self.format_combo.currentData()
        default = (
            output_folder(self._settings) / f"anonymised-cases-{date.today().isoformat()}{suffix}"
        )
        filters = [self.tr("CSV files (*.csv)"), self.tr("Excel workbooks (*.xlsx)")]
        if suffix == ".xlsx":
            filters.reverse()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export anonymised records"), str(default), ";;".join(filters)
        )
        if not chosen:
            return
        self.out = with_suffix(chosen, SUFFIXES, suffix)
        self.format_combo.setCurrentIndex(self.format_combo.findData(self.out.suffix.lower()))
        remember_folder(self._settings, self.out)
        self.result = None
        self.export_button.setEnabled(False)
        self.status.clear_message()
        self.saved_notice.clear()
        self._before = {path: file_stamp(path) for path in written_files(self.out)}
        self.task, self.progress = run_with_progress(
            self,
            self._runner,
            self.tr("Reading the cases that consented to anonymised statistics…"),
            export_steps,
            self._office,
            self.out,
            self.k_spin.value(),
            cancellable=True,
            in_process=True,
        )
        self.progress.canceled.connect(self._cancelling)
        self.task.progress.connect(self._moved)
        self.task.succeeded.connect(self._exported)
        self.task.failed.connect(self._failed)

    def _cancelling(self) -> None:
        if not self.task.done:  # the dialog also says "canceled" as it closes at the end
            self.status.show_info(self.tr("Cancelling…"))

    def _moved(self, read: object) -> None:
        self.progress.setLabelText(
            self.tr("Reading cases: %1 read so far…").replace("%1", str(read))
        )

    def _exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        if self.task.cancelled:  # cancelled while the file was being written: take it back
            left = remove_files(*written_files(result.path))
            if left:
                self.status.show_error(
                    self.tr(
                        "Export cancelled, but %1 could not be removed: delete it yourself."
                    ).replace("%1", str(left[0]))
                )
            else:
                self.status.show_info(self.tr("Export cancelled; no file was kept."))
            return
        self.result = result
        self.status.show_success(self.summary_line(result))
        self.saved_notice.show_file(result.path)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, TaskCancelled) or self.task.cancelled:
            self.status.show_info(self.tr("Export cancelled; no file was written."))
        elif isinstance(exc, OSError):
            self.status.show_error(
                self.tr("%1 could not be written: %2.")
                .replace("%1", str(self.out))
                .replace("%2", exc.strerror or type(exc).__name__)
            )
        else:
            if isinstance(exc, BackgroundWorkStopped):
                self._remove_leftovers()
            self.status.show_error(describe_error(exc))

    def _remove_leftovers(self) -> None:
        """A worker killed while writing could not clean up: what it wrote goes, as its own
        clean-up would have done."""
        written = [path for path, stamp in self._before.items() if file_stamp(path) != stamp]
        remove_files(*written, *map(partial_path, self._before))

    def summary_line(self, result: ExportResult) -> str:
        """Rows written, values blanked, rows left out and cases without consent."""
        parts = [
            plural(
                result.rows,
                self.tr("1 anonymised record written (k = %2)."),
                self.tr("%1 anonymised records written (k = %2)."),
            ),
            plural(result.values_blanked, self.tr("1 value blanked"), self.tr("%1 values blanked"))
            + ", "
            + plural(
                result.rows_dropped,
                self.tr("1 record left out as too rare."),
                self.tr("%1 records left out as too rare."),
            ),
            plural(
                result.excluded_without_consent,
                self.tr("1 case without consent to anonymised statistics is not included."),
                self.tr("%1 cases without consent to anonymised statistics are not included."),
            ),
        ]
        if result.path.suffix.lower() == ".csv":
            parts.append(
                self.tr("The data dictionary is beside it: %1.").replace(
                    "%1", written_files(result.path)[1].name
                )
            )
        else:
            parts.append(self.tr("The data dictionary is on its own sheet."))
        return "\n".join(parts).replace("%2", str(result.k))
