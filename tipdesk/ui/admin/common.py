"""Small pieces the Administration tabs share: status lines and work behind a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from tipdesk.ui.form_fields import ERROR_STYLE
from tipdesk.ui.worker import Task, TaskRunner

SUCCESS_STYLE = "color: #1b5e20;"
WARNING_STYLE = (
    "color: #7a3e00; background: #fff4e0; border: 1px solid #e0a040; border-radius: 3px;"
    " padding: 4px 6px;"
)


class StatusLabel(QLabel):
    """A wrapped line under a group of buttons: what just happened, in green or red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_success(self, text: str) -> None:
        self._show(text, SUCCESS_STYLE)

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_info(self, text: str) -> None:
        self._show(text, "")

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    @property
    def is_error(self) -> bool:
        return self.isVisible() and self.styleSheet() == ERROR_STYLE

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    cancellable: bool = False,
    in_process: bool = False,
    **kwargs: Any,
) -> tuple[Task, QProgressDialog]:
    """Run `fn(*args, **kwargs)` on a worker behind a window-modal progress dialog until it ends.

    Without `cancellable` the dialog is a busy bar with no Cancel button (the work cannot be
    stopped half-way). With it, a generator's `(done, total)` progress moves the bar and
    Cancel stops the work at its next step. With `in_process` the work runs in a child process
    (`TaskRunner.start_in_process`), for long jobs over the whole office that would otherwise
    pause the window: the first of `args` is then the office (or None for work that needs no
    database), and `fn` a module-level function.
    """
    cancel = QCoreApplication.translate("ProgressDialog", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)
    if not cancellable:
        dialog.setCancelButton(None)
    if in_process:
        office, *rest = args
        task = runner.start_in_process(fn, office, *rest, **kwargs)
    else:
        task = runner.start(fn, *args, **kwargs)
    if cancellable:
        dialog.canceled.connect(task.cancel)

    def moved(value: object) -> None:
        if isinstance(value, tuple) and len(value) == 2:
            done, total = value
            dialog.setMaximum(max(int(total), 1))
            dialog.setValue(int(done))

    def ended() -> None:
        dialog.close()
        dialog.deleteLater()

    task.progress.connect(moved)
    task.finished.connect(ended)
    dialog.show()
    return task, dialog


def plural(count: int, one: str, many: str) -> str:
    """`one` (already translated) when `count` is 1, else `many` with %1 replaced by it.

    Both forms go through tr() at the call site, so the English reads right without a
    numerus .qm file.
    """
    return (one if count == 1 else many).replace("%1", str(count))
