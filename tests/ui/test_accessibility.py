"""Every screen as a screen reader and a keyboard meet it: each input has an accessible name
(or a caption that names it), each caption, button, tab and menu an Alt+letter that no other
one on the screen shares, Tab goes through a form in reading order, and a dialog opens with
the keyboard in its form, where Enter never presses Cancel."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from tests.ui.a11y_audit import (
    captions_without_mnemonic,
    default_button_problem,
    initial_focus_problem,
    mnemonic_clashes,
    tab_order_jumps,
    unnamed_inputs,
)
from tests.ui.case_fixtures import listed, register
from tests.ui.keyboard_driver import activate, signed_in_window
from tipdesk import i18n
from tipdesk.ui.about_dialog import AboutDialog
from tipdesk.ui.admin.user_dialogs import AddUserDialog, TemporaryPasswordDialog
from tipdesk.ui.cases.case_file_view import CaseFileDialog
from tipdesk.ui.cases.consent_dialog import ConsentDialog
from tipdesk.ui.cases.record_dialog import SafetyDialog
from tipdesk.ui.cases.screening_dialog import ScreeningDialog
from tipdesk.ui.directory.import_dialogs import ImportOptionsDialog
from tipdesk.ui.directory.service_dialog import ServiceDialog
from tipdesk.ui.language import apply_language
from tipdesk.ui.page_context import PageContext
from tipdesk.ui.password_dialog import ChangePasswordDialog
from tipdesk.ui.referrals.new_referral_dialog import NewReferralDialog
from tipdesk.ui.setup_dialog import SetupDialog
from tipdesk.ui.shortcuts_dialog import KeyboardShortcutsDialog
from tipdesk.ui.unlock_dialog import UnlockDialog


def problems(screen: QWidget) -> list[str]:
    """Everything the audit finds on the window of `screen` as it is shown now. Where a
    caption has no Alt+letter is judged in English only: a translation chooses its own."""
    window = screen.window()
    missing = captions_without_mnemonic(window) if i18n.current_language() == "en" else []
    return (
        [f"no accessible name: {text}" for text in unnamed_inputs(window)]
        + [f"mnemonic clash {text}" for text in mnemonic_clashes(window)]
        + [f"no mnemonic: {text}" for text in missing]
        + [f"Tab goes back up: {text}" for text in tab_order_jumps(window)]
    )


def every_tab(page: QWidget):
    """Show each tab of every tab widget on `page` in turn (yields a label for each)."""
    widgets = [page] if isinstance(page, QTabWidget) else []
    widgets += page.findChildren(QTabWidget)
    if not widgets:
        yield ""
    for tabs in widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    """Every screen in English and in French: a translation brings its own Alt+letters."""
    yield apply_language(request.param)
    apply_language("en")


@pytest.fixture
def window(qtbot, runner, settings, admin_office, language):
    register(admin_office)
    main = signed_in_window(qtbot, runner, settings, admin_office)
    yield main
    main.close()


def test_every_section_page(qtbot, window):
    found = {}
    for key in window.section_keys():
        window.show_section(key)
        for tab in every_tab(window.page(key)):
            qtbot.wait(10)
            found[f"{key} {tab}".strip()] = problems(window)
    assert {screen: p for screen, p in found.items() if p} == {}
    assert len(found) >= 10  # the sections and their tabs were all seen


def test_every_wizard_page(qtbot, window, admin_office):
    wizard = window.page("cases").new_case()
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(wizard)
    found = {}
    for page_id, page in wizard.principle_pages():
        wizard.setStartId(page_id)
        wizard.restart()
        activate(wizard)
        assert wizard.currentPage() is page
        found[page.title()] = problems(wizard)
    assert {title: p for title, p in found.items() if p} == {}


def dialogs(context, window, code):
    """The main dialogs, each built as its screen opens it."""
    office, runner, settings = context.office, context.runner, context.settings
    case_file = CaseFileDialog(context, code, window)
    case = case_file.case
    return {
        "case file": case_file,
        "new safety assessment": SafetyDialog(office, case, case_file),
        "record consent": ConsentDialog(office, case, case_file),
        "re-screen": ScreeningDialog(office, case, case_file),
        "new referral": NewReferralDialog(context, code, None, case_file),
        "service": ServiceDialog(office, parent=window),
        "add user": AddUserDialog(office, runner, window),
        "reset password": TemporaryPasswordDialog(
            runner,
            "amina",
            "Reset password",
            "A new one.",
            QCoreApplication.translate("UsersTab", "Reset &password"),  # as the Users tab does
            lambda _: None,
            window,
        ),
        "change password": ChangePasswordDialog(office, runner, parent=window),
        "import directory": ImportOptionsDialog("services.xlsx", window),
        "keyboard shortcuts": KeyboardShortcutsDialog(["Home", "Cases"], window),
        "about": AboutDialog(office, window),
        "sign in": UnlockDialog(office.db_path, runner, settings),
        "set up": SetupDialog(office.db_path.parent / "new.tipdesk", runner),
    }


def test_the_main_dialogs(qtbot, window, admin_office, runner, settings, language):
    code = listed(qtbot, window.page("cases")).model.case_at(0).code
    context = PageContext(admin_office, runner, settings)
    found = {}
    for name, dialog in dialogs(context, window, code).items():
        qtbot.addWidget(dialog)
        activate(dialog)
        start = initial_focus_problem(dialog)
        for tab in every_tab(dialog):
            activate(dialog)
            found[f"{name} {tab}".strip()] = problems(dialog)
        enter = default_button_problem(dialog)
        found[name] = found.get(name, []) + [text for text in (start, enter) if text]
        if isinstance(dialog, CaseFileDialog):
            dialog.discard_unsaved()
        dialog.close()
    found = {name: p for name, p in found.items() if p}
    assert found == {}
