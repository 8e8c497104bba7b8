"""The guide's scenes for the focal point and the administrator, and for a forgotten password.

Moussa's case (guide_scenes_officer) is registered and referred to a health provider by
officer1 first, so the focal point finds his referral in the queue.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from guide_scenes_officer import register_moussa, words

from tipdesk.services import referrals
from tipdesk.services.directory import DirectoryFilter, list_services
from tipdesk.ui.directory.import_dialogs import ImportOptionsDialog
from tipdesk.ui.referrals.form_output import save_form
from tipdesk.ui.setup_dialog import SetupDialog

TEMPORARY_PASSWORD = "river-lamp-4821"

if TYPE_CHECKING:
    from screenshots import Studio


def refer_moussa(studio: Studio) -> int:
    """Moussa's health referral, sent by officer1 to the first health provider; its id."""
    said = words(studio)
    office = studio.office("officer1")
    code = register_moussa(office, said)
    health = list_services(office, DirectoryFilter(sector="health"))
    referral_id = referrals.create_referral(
        office,
        code,
        sector="health",
        service_ref=health[0].ref,
        reason=said["reason"],
        services_requested=said["requested"],
        services_already_provided=said["provided"],
        disclosed_fields=["sex", "age_band", "nationality_status", "languages", "needs"],
    )
    referrals.set_status(office, referral_id, "sent", note=said["sent"])
    office.lock()
    return referral_id


# -- focal point ----------------------------------------------------------------------------
def referral_queue(studio: Studio) -> None:
    referral_id = refer_moussa(studio)
    window = studio.main_window("focal1")
    window.show_section("referrals")
    page = window.page("referrals")
    studio.wait_until(lambda: page.model.rowCount() > 0)
    page.select(referral_id)
    studio.wait_until(lambda: page.detail.view is not None and page.detail.view.id == referral_id)
    studio.save("referral-queue", window)
    dialog = studio.keep(page.change_status())
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("accepted"))
    dialog.note_edit.setPlainText(words(studio)["feedback"])
    studio.save("referral-feedback", dialog)


def referral_form(studio: Studio) -> None:
    referral_id = refer_moussa(studio)
    office = studio.office("focal1")
    with tempfile.TemporaryDirectory() as folder:
        pdf = save_form(office, referral_id, Path(folder) / "form.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", pdf, Path(folder) / "page"],
            check=True,
        )
        studio.save_png("referral-form", next(Path(folder).glob("page*.png")).read_bytes())


# -- administrator --------------------------------------------------------------------------
def set_up(studio: Studio) -> None:
    path = studio.folder / "new-office" / "office.tipdesk"
    path.parent.mkdir()
    dialog = studio.keep(SetupDialog(path, studio.runner, language=studio.language))
    dialog.office_edit.setText("Demo field office (fictional data)")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("CMR"))
    dialog.username_edit.setText("demo-admin")
    dialog.display_edit.setText("Demo Administrator")
    for edit in (dialog.password_edit, dialog.confirm_edit):
        edit.setText("demo-office-2026")
    studio.save("set-up", dialog)
    dialog.create_office()
    studio.wait_until(lambda: dialog.recovery_page is not None)
    studio.save("recovery-code", dialog)


def administration(studio: Studio) -> None:
    window = studio.main_window("demo-admin")
    window.show_section("administration")
    page = window.page("administration")
    users = page.users_tab
    studio.wait_until(lambda: users.model.rowCount() > 0)
    users.select("officer2")
    studio.save("admin-users", window)
    reset = studio.keep(users.reset_password())
    for edit in (reset.password_edit, reset.confirm_edit):
        edit.setText(TEMPORARY_PASSWORD)
    studio.save("reset-password", reset)
    reset.reject()
    add = studio.keep(users.add_user())
    add.username_edit.setText("fatou")
    add.display_edit.setText("Fatou Demo-Ndiaye")
    for edit in (add.password_edit, add.confirm_edit):
        edit.setText(TEMPORARY_PASSWORD)
    studio.save("add-user", add)
    add.reject()
    for tab, reader, name in (
        (page.office_tab, page.office_tab.retention_box, "admin-office"),
        (page.audit_tab, page.audit_tab, "admin-audit"),
    ):
        page.setCurrentWidget(tab)  # read on a worker thread when shown
        studio.wait_until(lambda reader=reader: not reader.loading)
        studio.save(name, window)


def directory(studio: Studio) -> None:
    window = studio.main_window("demo-admin")
    window.show_section("directory")
    page = window.page("directory")
    services = page.services_tab
    studio.wait_until(lambda: services.model.rowCount() > 0 and not services.loading)
    services.table.selectRow(0)
    studio.save("directory", window)
    dialog = studio.keep(services.open_selected())
    studio.save("directory-service", dialog)
    dialog.reject()
    options = studio.keep(ImportOptionsDialog("directory-2026.xlsx", window))
    studio.save("directory-import", options)
    options.reject()
    page.setCurrentWidget(page.gaps_tab)  # counted on a worker thread when shown
    studio.wait_until(lambda: not page.gaps_tab.loading)
    studio.save("directory-gaps", window)


def reports(studio: Studio) -> None:
    window = studio.main_window("demo-admin")
    window.show_section("reports")
    panel = window.page("reports").summary_panel
    panel.whole_history.setChecked(True)
    panel.preview()
    studio.wait_until(lambda: panel.preview_view.summary is not None)
    studio.save("reports", window)
    page = window.page("reports")
    page.tabs.setCurrentWidget(page.export_panel)
    studio.save("reports-export", window)


# -- a forgotten password -------------------------------------------------------------------
def forgotten_password(studio: Studio) -> None:
    dialog = studio.unlock_dialog("officer1")
    dialog.password_edit.setText("not-my-password")
    dialog.sign_in()
    studio.wait_until(lambda: dialog.message_label.isVisible())
    studio.save("sign-in-failed", dialog)
    window = studio.main_window("officer2")  # a temporary password: choose one's own first
    studio.wait_until(lambda: window.session_start.password_dialog is not None)
    dialog = window.session_start.password_dialog
    dialog.current_edit.setText(TEMPORARY_PASSWORD)
    for edit in (dialog.new_edit, dialog.confirm_edit):
        edit.setText("my own long phrase 2026")
    studio.save("choose-own-password", dialog)


SCENES = {
    "referral-queue": referral_queue,
    "referral-form": referral_form,
    "set-up": set_up,
    "administration": administration,
    "directory": directory,
    "reports": reports,
    "forgotten-password": forgotten_password,
}
