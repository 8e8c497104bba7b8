"""The window in French and in Arabic: translated screens, a mirrored layout, and switching
language from the sign-in window and from the main window."""

import os
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
    QWizard,
)

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.case_fixtures import register
from tests.ui.wizard_driver import open_wizard
from tipdesk import i18n
from tipdesk.ui.app import Shell
from tipdesk.ui.language import SETTINGS_KEY, apply_language, language_menu
from tipdesk.ui.main_window import MainWindow

SHOTS = os.environ.get("TIPDESK_SCREENSHOTS")  # a folder: keep PNGs of the screens to look at


@pytest.fixture
def speak(qapp):
    """Switch the interface to a language for one test; English again afterwards."""
    yield apply_language
    apply_language("en")


def untranslated_sources(language: str) -> set[str]:
    """English texts that have a different translation in `language` (shortcut letters off)."""
    root = ET.parse(i18n.catalogue_path(language).with_suffix(".ts")).getroot()
    found = set()
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source").replace("&", "").rstrip(":").strip()
        text = "".join(translation.itertext()).replace("&", "").rstrip(":").strip()
        if translation.get("type") is None and text.strip() and text != source:
            found.add(source)
    return found


def shown_texts(root: QWidget) -> set[str]:
    """Every caption a user can read on the widgets under `root` that are shown."""
    texts = {root.windowTitle()}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QTabBar):
            texts |= {widget.tabText(i) for i in range(widget.count())}
    fragments = set()  # rich text: each run between tags, without a closing colon
    for text in texts:
        fragments.add(re.sub(r"<[^>]+>", "", text))
        fragments |= {part.strip().rstrip(":").strip() for part in re.split(r"<[^>]+>", text)}
    return {text.replace("&", "").strip() for text in fragments} - {""}


def english_left(root: QWidget, language: str) -> set[str]:
    return shown_texts(root) & untranslated_sources(language)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def headers(table) -> list[str]:
    model = table.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_the_main_window_and_its_case_list_in_french(qtbot, speak, runner, settings, admin_office):
    code = register(admin_office)
    assert speak("fr") == "fr"
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.open_office(admin_office)
    window.show()
    sections = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sections == [
        "Accueil",
        "Dossiers",
        "Référencements",
        "Répertoire",
        "Rapports",
        "Administration",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:1] == ["&Fichier"] and "&Aide" in menus
    assert english_left(window, "fr") == set()
    assert "Cameroun (CMR)" in shown_texts(window)  # pycountry's own French names
    shot(window, "fr-home")

    window.show_section("cases")
    page = window.page("cases")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert headers(page.table)[:4] == ["Code du dossier", "Statut", "Enregistré le", "Chargé·e"]
    row = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert code in row and "Actif" in row and "Masculin" in row
    assert "Victime présumée de la traite" in row
    assert english_left(window, "fr") == set()
    shot(window, "fr-cases")


def test_the_wizard_opens_in_french(qtbot, speak, runner, settings, admin_office):
    speak("fr")
    wizard = open_wizard(admin_office, runner, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert page.title() == "Ne pas nuire"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Suivant >"
    assert "La personne est-elle en danger immédiat\u00a0?" in shown_texts(wizard)
    assert english_left(wizard, "fr") == set()
    shot(wizard, "fr-wizard")


def test_arabic_mirrors_the_window_and_shows_arabic_labels(
    qtbot, speak, runner, settings, admin_office
):
    assert speak("ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow(runner, settings)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.open_office(admin_office)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sidebar_x = window.sidebar.mapTo(window, QPoint(0, 0)).x()
    stack_x = window.stack.mapTo(window, QPoint(0, 0)).x()
    assert sidebar_x > stack_x  # the sections are on the right, the page on the left
    assert window.sidebar.item(1).text() == "الحالات"
    assert window.menuBar().actions()[0].text() == "&ملف"
    assert "المستخدم:" in window.user_status.text()
    shot(window, "ar-home")
    window.show_section("cases")
    assert headers(window.page("cases").table)[0] == "رمز الحالة"
    shot(window, "ar-cases")


@pytest.fixture
def start_shell(qtbot, runner, settings):
    """Start a shell on an office's database at its sign-in window; everything closed after."""
    shells = []

    def start(db_path) -> Shell:
        shell = Shell(db_path, settings, runner)
        shells.append(shell)
        shell.start()
        qtbot.waitUntil(lambda: shell.unlock_dialog is not None and shell.unlock_dialog.isVisible())
        return shell

    yield start
    for shell in shells:
        if shell.unlock_dialog is not None:
            shell.unlock_dialog.done(QDialog.DialogCode.Rejected)
        shell.main_window.close()


def choose(box, code: str) -> None:
    box.combo.setCurrentIndex(box.combo.findData(code))
    box.combo.activated.emit(box.combo.currentIndex())


def test_the_sign_in_window_switches_language_at_once(
    qtbot, speak, new_office, db_path, settings, start_shell
):
    shell = start_shell(db_path)
    english = shell.unlock_dialog
    assert english.windowTitle() == "Sign in to TIPDesk" and english.language_box is not None
    english.username_edit.setText(ADMIN)
    choose(english.language_box, "fr")
    french = shell.unlock_dialog
    assert french is not english and french.isVisible() and not english.isVisible()
    assert french.windowTitle() == "Connexion à TIPDesk"
    assert french.username_edit.text() == ADMIN  # what was typed stays
    assert french.language_box.combo.currentData() == "fr"
    assert settings.value(SETTINGS_KEY) == "fr"
    assert shell.main_window.menuBar().actions()[0].text() == "&Fichier"


def test_the_language_menu_locks_and_asks_again_in_the_new_language(
    qtbot, speak, new_office, db_path, settings, start_shell
):
    shell = start_shell(db_path)
    dialog = shell.unlock_dialog
    dialog.username_edit.setText(ADMIN)
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: shell.main_window.office is not None, timeout=15000)
    old = shell.main_window
    arabic = next(a for a in old.language_menu.actions() if a.data() == "ar")
    arabic.trigger()
    qtbot.waitUntil(lambda: shell.unlock_dialog is not None)
    assert shell.main_window is not old and shell.main_window.office is None
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    unlock = shell.unlock_dialog
    assert unlock.locked_user == ADMIN and unlock.language_box is None
    assert unlock.notice_label.text() == "تم تغيير اللغة. سجّل الدخول من جديد للمتابعة."
    assert settings.value(SETTINGS_KEY) == "ar"
    shot(unlock, "ar-unlock")
    unlock.password_edit.setText(ADMIN_PASSWORD)
    unlock.sign_in()
    qtbot.waitUntil(lambda: shell.main_window.office is not None, timeout=15000)
    assert shell.main_window.sidebar.item(0).text() == "الرئيسية"


@pytest.fixture(params=["fr", "en"])
def window_in(request, qtbot, speak, runner, settings, admin_office):
    """The main window signed in, built in French (then English), with the Language menu the
    shell adds, over an office with one case."""
    from tests.ui.keyboard_driver import signed_in_window

    speak(request.param)
    register(admin_office)
    main = signed_in_window(qtbot, runner, settings, admin_office)
    language_menu(main.menuBar(), request.param, lambda _code: None)
    yield main, request.param
    main.close()


def test_every_screen_has_its_own_shortcut_letters_in_french_too(
    qtbot, window_in, runner, settings, admin_office
):
    """The sections (and their tabs), the wizard's pages and the main dialogs: French
    captions bring their own Alt+letters, which must not clash on one screen (nor with the
    Language menu, in either language); and in French no English is left."""
    from tests.ui.a11y_audit import mnemonic_clashes
    from tests.ui.keyboard_driver import activate
    from tests.ui.test_accessibility import dialogs, every_tab
    from tipdesk.ui.page_context import PageContext

    (window, language), found = window_in, {}

    def audit(name: str, screen: QWidget) -> None:
        root = screen.window()
        english = english_left(root, language) if language != "en" else set()
        found[name] = [f"clash {text}" for text in mnemonic_clashes(root)] + [
            f"English {text!r}" for text in english
        ]

    for key in window.section_keys():
        window.show_section(key)
        for tab in every_tab(window.page(key)):
            qtbot.wait(10)
            audit(f"{key} {tab}", window)
    wizard = window.page("cases").new_case()
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
    qtbot.addWidget(wizard)
    for page_id, page in wizard.principle_pages():
        wizard.setStartId(page_id)
        wizard.restart()
        activate(wizard)
        audit(page.title(), wizard)
    context = PageContext(admin_office, runner, settings)
    code = window.page("cases").model.case_at(0).code
    for name, dialog in dialogs(context, window, code).items():
        qtbot.addWidget(dialog)
        if name != "reset password":  # the audit builds it with English captions
            for tab in every_tab(dialog):
                activate(dialog)
                audit(f"{name} {tab}", dialog)
        if hasattr(dialog, "discard_unsaved"):
            dialog.discard_unsaved()
        dialog.close()
    assert {screen: p for screen, p in found.items() if p} == {}
    assert len(found) > 30
