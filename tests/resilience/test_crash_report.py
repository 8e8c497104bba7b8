"""An error nobody caught: a crash report and a dialog, and never case data in the report,
on stderr or in the log, even when the exception's message and local values hold it."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.resilience.leakage_scan import CANARIES, canaries_in
from tipdesk.ui.crash import LOG_FILE, log_dir, reporting_crashes


def open_case_of(person: str) -> None:
    """Fails as a real lookup might: with the person's name in the message and locals."""
    note = f"Note about {person}"  # noqa: F841 - a local value a traceback could show
    try:
        raise KeyError(person)
    except KeyError as exc:
        raise ValueError(f"No case for {person} ({CANARIES['phone']})") from exc


@pytest.mark.qt_no_exception_capture
def test_a_crash_in_the_gui_writes_a_report_without_case_data_and_tells_the_user(
    qtbot, tmp_path, capfd
):
    with reporting_crashes(tmp_path) as handler:
        QTimer.singleShot(0, lambda: open_case_of(CANARIES["name"]))
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
        [report] = handler.reports
        text = report.read_text(encoding="utf-8")
        dialog_text = handler.dialog.text()
        handler.dialog.done(0)
    assert report.parent == tmp_path and report.name.startswith("crash-")
    assert "builtins.KeyError" in text and "builtins.ValueError" in text  # both, chained
    assert "in open_case_of" in text and "test_crash_report.py" in text
    assert str(report) in dialog_text and "administrator" in dialog_text
    out, err = capfd.readouterr()
    assert err.count("\n") == 1 and "ValueError" in err
    assert canaries_in(report.read_bytes()) == []
    assert canaries_in((out + err).encode("utf-8")) == []
    assert canaries_in(dialog_text.encode("utf-8")) == []


def test_a_crash_in_a_worker_thread_is_reported_without_touching_widgets(tmp_path, qapp):
    with reporting_crashes(tmp_path) as handler:
        worker = threading.Thread(target=open_case_of, args=(CANARIES["alias"],))
        worker.start()
        worker.join()
    [report] = handler.reports
    assert "builtins.ValueError" in report.read_text(encoding="utf-8")
    assert canaries_in(report.read_bytes()) == []
    assert handler.dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_the_log_keeps_message_templates_but_never_values(tmp_path, qapp):
    with reporting_crashes(tmp_path):
        log = logging.getLogger("tipdesk.ui.cases")
        log.warning("Could not open the case of %s (%s).", CANARIES["name"], ValueError)
        try:
            open_case_of(CANARIES["arabic"])
        except ValueError:
            log.exception("The case file failed.")
        logging.getLogger("sqlalchemy.pool").warning("Lost %s", CANARIES["name"])
    text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
    assert "Could not open the case of <str> (ValueError)." in text
    assert "The case file failed." in text and "builtins.KeyError" in text
    assert "sqlalchemy.pool: (message withheld" in text
    assert canaries_in(text.encode("utf-8")) == []


def test_reports_and_the_log_go_to_the_per_user_log_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert log_dir().is_relative_to(tmp_path / "state")
