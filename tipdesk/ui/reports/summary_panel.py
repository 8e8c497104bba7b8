"""The summary report: choose the period and K, preview the tables, save them as a PDF."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tipdesk.reports import summary_report
from tipdesk.services import statistics
from tipdesk.services.disclosure import DEFAULT_K, MAX_K, MIN_K
from tipdesk.services.statistics import Summary
from tipdesk.ui.admin.common import StatusLabel, run_with_progress
from tipdesk.ui.feedback import describe_error
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.reports.common import (
    SavedFileNotice,
    output_folder,
    remember_folder,
    remove_files,
    with_suffix,
)
from tipdesk.ui.reports.summary_preview import SummaryPreview


def month_start(day: QDate) -> date:
    return date(day.year(), day.month(), 1)


def month_end(day: QDate) -> date:
    following = date(day.year() + day.month() // 12, day.month() % 12 + 1, 1)
    return following - timedelta(days=1)


class SummaryPanel(QWidget):
    """Period and minimum cell size; Preview counts and Save PDF writes, each in a worker
    process (counting 100,000 cases on a thread would pause the window)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._office, self._runner, self._settings = (
            context.office,
            context.runner,
            context.settings,
        )
        self.task = None  # the preview being worked out; a cancelled one is dropped
        self.save_task = None
        self.saved_path: Path | None = None

        self.whole_history = QCheckBox(self.tr("&Whole history"))
        self.whole_history.setAccessibleName(self.tr("Count the whole history"))
        self.whole_history.setChecked(True)
        today = QDate.currentDate()
        self.from_edit = self._month_edit(self.tr("First month"), QDate(today.year(), 1, 1))
        self.to_edit = self._month_edit(self.tr("Last month"), today)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(MIN_K, MAX_K)
        self.k_spin.setValue(DEFAULT_K)
        self.k_spin.setAccessibleName(self.tr("Minimum cell size K"))
        self.k_spin.setToolTip(
            self.tr("From %1 to %2.").replace("%1", str(MIN_K)).replace("%2", str(MAX_K))
        )
        self.k_explained = QLabel()
        self.k_explained.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the summary"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the summary as a PDF"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_pdf)
        self.status = StatusLabel()
        self.saved_notice = SavedFileNotice()
        self.preview_view = SummaryPreview()

        period = QHBoxLayout()
        period.addWidget(self.whole_history)
        period.addSpacing(16)
        for text, edit in ((self.tr("Fro&m:"), self.from_edit), (self.tr("&To:"), self.to_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            period.addWidget(label)
            period.addWidget(edit)
        period.addSpacing(16)
        k_label = QLabel(self.tr("Minimum cell size &K:"))
        k_label.setBuddy(self.k_spin)
        period.addWidget(k_label)
        period.addWidget(self.k_spin)
        period.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.k_explained)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_notice)
        layout.addWidget(self.preview_view, 1)

        self.whole_history.toggled.connect(self._settings_changed)
        self.from_edit.dateChanged.connect(self._settings_changed)
        self.to_edit.dateChanged.connect(self._settings_changed)
        self.k_spin.valueChanged.connect(self._settings_changed)
        self._settings_changed()

    def _month_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setDisplayFormat("MMM yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate.currentDate())
        edit.setAccessibleName(name)
        return edit

    def _settings_changed(self) -> None:
        whole = self.whole_history.isChecked()
        self.from_edit.setEnabled(not whole)
        self.to_edit.setEnabled(not whole)
        k = self.k_spin.value()
        self.k_explained.setText(
            self.tr(
                "Counts from 1 to %1 are shown as \u201c<%2\u201d, and further counts are hidden "
                "wherever a hidden one could be worked out from a total, so no reader can single "
                "out a person."
            )
            .replace("%1", str(k - 1))
            .replace("%2", str(k))
        )
        if self.preview_view.summary is not None:
            self.preview_view.show_placeholder(
                self.tr("The period or K changed: press Preview to see the tables again.")
            )
            self.save_button.setEnabled(False)

    def period(self) -> tuple[date | None, date | None]:
        if self.whole_history.isChecked():
            return None, None
        return month_start(self.from_edit.date()), month_end(self.to_edit.date())

    # -- preview ------------------------------------------------------------------------------
    def preview(self) -> None:
        """Count the cases in a worker process; Cancel drops the answer when it comes."""
        first, last = self.period()
        if first and last and first > last:
            self.status.show_error(self.tr("The first month is after the last month."))
            return
        self.status.clear_message()
        self.saved_notice.clear()
        self.save_button.setEnabled(False)
        work = partial(
            statistics.build_summary, period_from=first, period_to=last, k=self.k_spin.value()
        )
        self.task, self.progress = run_with_progress(
            self,
            self._runner,
            self.tr("Counting the cases that consented to anonymised statistics…"),
            work,
            self._office,
            cancellable=True,
            in_process=True,
        )
        self.progress.canceled.connect(self._preview_cancelled)
        self.task.succeeded.connect(self._previewed)
        self.task.failed.connect(self._preview_failed)

    def _is_current(self) -> bool:
        task = self.sender()
        return task is self.task and not task.cancelled

    def _previewed(self, summary: Summary) -> None:
        if not self._is_current():
            return
        self.preview_view.show_summary(summary)
        self.save_button.setEnabled(True)

    def _preview_failed(self, exc: BaseException) -> None:
        if self._is_current():
            self.status.show_error(describe_error(exc))

    def _preview_cancelled(self) -> None:
        if self.task is None or self.task.done:  # the dialog also says "canceled" as it closes
            return
        self.preview_view.show_placeholder(self.tr("No preview: it was cancelled."))
        self.status.show_info(
            self.tr(
                "Preview cancelled. The counts being worked out will be "
                "discarded; nothing was shown or saved."
            )
        )

    # -- save ---------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        """Ask where, then write the previewed summary as a PDF in a worker process."""
        summary = self.preview_view.summary
        if summary is None:
            return
        default = output_folder(self._settings) / f"anonymised-summary-{summary.last_month}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the anonymised summary"),
            str(default),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        out = with_suffix(chosen, (".pdf",), ".pdf")
        remember_folder(self._settings, out)
        self.saved_path = out
        self.save_button.setEnabled(False)
        self.status.clear_message()
        self.saved_notice.clear()
        info = self._office.info
        self.save_task, self.save_progress = run_with_progress(
            self,
            self._runner,
            self.tr("Writing the PDF…"),
            summary_report.write_summary_report,
            None,  # no office: the PDF is written from the previewed counts alone
            out,
            summary,
            info.name,
            info.country_name,
            cancellable=True,
            in_process=True,
        )
        self.save_progress.canceled.connect(self._save_cancelled)
        self.save_task.succeeded.connect(self._saved)
        self.save_task.failed.connect(self._save_failed)

    def _save_cancelled(self) -> None:
        if not self.save_task.done:
            self.status.show_info(self.tr("Cancelling: the PDF will be removed once written…"))

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(self.preview_view.summary is not None)
        if self.save_task.cancelled:
            if remove_files(self.saved_path):
                self.status.show_error(
                    self.tr(
                        "Saving cancelled, but %1 could not be removed: delete it yourself."
                    ).replace("%1", str(self.saved_path))
                )
            else:
                self.status.show_info(self.tr("Saving cancelled; no PDF was kept."))
            return
        self.status.show_success(self.tr("The anonymised summary was saved as a PDF."))
        self.saved_notice.show_file(self.saved_path)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.preview_view.summary is not None)
        if self.save_task.cancelled:
            self.status.show_info(self.tr("Saving cancelled; no PDF was kept."))
        elif isinstance(exc, OSError):
            self.status.show_error(
                self.tr("%1 could not be written: %2.")
                .replace("%1", str(self.saved_path))
                .replace("%2", exc.strerror or type(exc).__name__)
            )
        else:
            self.status.show_error(describe_error(exc))
