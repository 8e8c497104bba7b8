"""The language of the window: chosen per machine, else the system's; Arabic mirrors the layout.

The choice lives in QSettings (per user of this laptop, like the window layout), not in the
office database: it must be known before anyone signs in, so that someone who cannot read
English can pick their language on the sign-in window. `apply_language` installs TIPDesk's
catalogue and Qt's own (button texts of standard dialogs), sets the layout direction, and
switches the Qt-free core (command-line messages, errors, PDFs) to the same language.
Widgets take their texts when they are built, so a change shows on windows built afterwards:
the shell rebuilds the sign-in window and the main window (see ui/app.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QMenuBar, QWidget

from tipdesk import i18n

SETTINGS_KEY = "ui/language"
_INSTALLED = "tipdesk-translator"  # objectName of the translators apply_language installs


def system_language() -> str:
    """The first language of the system's preferences that TIPDesk speaks, else English."""
    locale = QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = i18n.supported_language(name)
        if code:
            return code
    return i18n.SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language chosen on this machine, else the system's."""
    return i18n.supported_language(str(settings.value(SETTINGS_KEY, "") or "")) or (
        system_language()
    )


def save_language(settings: QSettings, code: str) -> None:
    settings.setValue(SETTINGS_KEY, code)


def apply_language(code: str) -> str:
    """Translate the interface (and the core) into `code`; the language actually in use.

    A language whose catalogue is not built falls back to English, left to right.
    """
    app = QCoreApplication.instance()
    for old in app.findChildren(QTranslator, _INSTALLED):
        app.removeTranslator(old)
        old.deleteLater()
    code = i18n.use_language(code)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{code}.qm", qt_folder),
        (i18n.catalogue_path(code).name, str(i18n.catalogue_path(code).parent)),
    ):
        translator = QTranslator(app)
        translator.setObjectName(_INSTALLED)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()
    direction = (
        Qt.LayoutDirection.RightToLeft
        if i18n.is_right_to_left(code)
        else Qt.LayoutDirection.LeftToRight
    )
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (not the bare core of a test)
        app.setLayoutDirection(direction)
    return code


class LanguageBox(QWidget):
    """A language choice for the sign-in and set-up windows: each language in its own words,
    so it can be found by someone who cannot read the current one."""

    chosen = Signal(str)  # the code of a language the user picked (not the current one)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.setAccessibleName(self.tr("Language"))
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._picked)
        self._current = current

    def _picked(self, index: int) -> None:
        code = self.combo.itemData(index)
        if code != self._current:
            self.chosen.emit(code)


def language_menu(bar: QMenuBar, current: str, on_chosen: Callable[[str], None]) -> QMenu:
    """File > Language: every language in its own words, the current one ticked (a submenu,
    so its shortcut letter is the File menu's to share, not every screen's)."""
    file_menu = bar.actions()[0].menu()
    menu = QMenu(QCoreApplication.translate("LanguageBox", "Lan&guage"), file_menu)
    group = QActionGroup(menu)
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
        if code != current:
            action.triggered.connect(lambda _checked=False, chosen=code: on_chosen(chosen))
    last = file_menu.actions()[-1]  # Quit stays last
    file_menu.insertMenu(last, menu)
    file_menu.insertSeparator(last)
    return menu
