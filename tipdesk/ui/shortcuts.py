"""Every keyboard shortcut of TIPDesk, defined once: the main window binds the application's
own from here, widgets bind theirs from here (the case wizard its button captions, the pickers
their Delete key), and Help > Keyboard shortcuts lists them all from here, so the list cannot
drift from what the keys do.

A search field that Ctrl+F should reach is a QLineEdit named `SEARCH_FIELD` (setObjectName).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

from tipdesk.ui.keyboard import mnemonic

CONTEXT = "Shortcuts"
SEARCH_FIELD = "search"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Shortcut:
    """Keys, what they do, and where they work (texts marked for translation).

    `keys` is a standard key (the platform's own binding), a portable text such as "Ctrl+L",
    or empty with `caption` set: then the key is Alt and the caption's underlined letter, and
    the widget takes its caption from here too. `shown` replaces the keys in the help list
    where they are a kind of key rather than one ("Alt + underlined letter").
    """

    does: str
    where: str
    keys: QKeySequence.StandardKey | str = ""
    caption: str = ""
    shown: str = ""

    def sequence(self) -> QKeySequence:
        """The key sequence to bind (the platform's own for a standard key)."""
        return QKeySequence(self.keys)

    def translated_caption(self) -> str:
        return _tr(self.caption)

    def key_text(self) -> str:
        """The keys as this platform (and language) writes them, e.g. "Ctrl+N" or "Alt+N"."""
        if self.shown:
            return _tr(self.shown)
        if self.caption:
            return QKeySequence(f"Alt+{mnemonic(self.translated_caption())}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
        if isinstance(self.keys, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(self.keys)  # the platform's main one first
            return bindings[0].toString(QKeySequence.SequenceFormat.NativeText) if bindings else ""
        return QKeySequence(self.keys).toString(QKeySequence.SequenceFormat.NativeText)

    def row(self, detail: str = "") -> tuple[str, str, str]:
        """(where, keys, what they do) as the help dialog shows them; %1 in `does` is `detail`."""
        return _tr(self.where), self.key_text(), _tr(self.does).replace("%1", detail)


EVERYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Everywhere")
FORMS = QT_TRANSLATE_NOOP("Shortcuts", "Lists and forms")
WIZARD = QT_TRANSLATE_NOOP("Shortcuts", "Case wizard")

# The application's own, bound by the main window (tipdesk.ui.main_window_layout).
NEW_CASE = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Register a new case"), EVERYWHERE, QKeySequence.StandardKey.New
)
FIND = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Go to the search field of the section shown"),
    EVERYWHERE,
    QKeySequence.StandardKey.Find,
)
SECTION = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Show the section %1"), EVERYWHERE
)  # Ctrl+1 ... Ctrl+9
SECTION_COUNT = 9
LOCK = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Lock TIPDesk (when you step away)"), EVERYWHERE, "Ctrl+L"
)
HELP = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Show these keyboard shortcuts"),
    EVERYWHERE,
    QKeySequence.StandardKey.HelpContents,
)
QUIT = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Quit TIPDesk"), EVERYWHERE, QKeySequence.StandardKey.Quit
)

# Keys of the widgets themselves: bound where those widgets are built, or Qt's own.
FIELD_LETTER = Shortcut(
    QT_TRANSLATE_NOOP(
        "Shortcuts", "Go to the field or press the button whose letter is underlined"
    ),
    FORMS,
    shown=QT_TRANSLATE_NOOP("Shortcuts", "Alt + underlined letter"),
)
NEXT_FIELD = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Next field (Shift+Tab: the field before)"), FORMS, "Tab"
)
CHOOSE = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Tick the box, or choose the option, that has the focus"),
    FORMS,
    "Space",
)
ARROWS = Shortcut(
    QT_TRANSLATE_NOOP(
        "Shortcuts", "Move to the next option in a row of choices, or the next row of a list"
    ),
    FORMS,
    shown=QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
)
ENTER = QT_TRANSLATE_NOOP("Shortcuts", "Enter")
OPEN_ROW = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Open the case or record selected in a list"),
    FORMS,
    "Return",
    shown=ENTER,
)
ADD_CHOSEN = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Add the country or language typed"),
    FORMS,
    "Return",
    shown=ENTER,
)
REMOVE_CHOSEN = Shortcut(
    QT_TRANSLATE_NOOP(
        "Shortcuts", "Remove the country or language selected in a list of chosen ones"
    ),
    FORMS,
    QKeySequence.StandardKey.Delete,
)
NEXT_TAB = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Next tab (Ctrl+Shift+Tab: the tab before)"), FORMS, "Ctrl+Tab"
)
CLOSE_DIALOG = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Close a window or dialog without saving"), FORMS, "Esc"
)
WIZARD_BACK = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Page before"),
    WIZARD,
    caption=QT_TRANSLATE_NOOP("Shortcuts", "< &Back"),
)
WIZARD_NEXT = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Next page"),
    WIZARD,
    caption=QT_TRANSLATE_NOOP("Shortcuts", "&Next >"),
)
WIZARD_SAVE = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Save the case (on the last page)"),
    WIZARD,
    caption=QT_TRANSLATE_NOOP("Shortcuts", "&Save case"),
)
WIZARD_CLOSE = Shortcut(
    QT_TRANSLATE_NOOP("Shortcuts", "Close the wizard; what was typed is kept as a draft"),
    WIZARD,
    caption=QT_TRANSLATE_NOOP("Shortcuts", "Close, keep &draft"),
)


def section_keys(number: int) -> QKeySequence:
    """Ctrl+`number`: the section at that place in the sidebar (1 to SECTION_COUNT)."""
    return QKeySequence(f"Ctrl+{number}")


def help_rows(section_titles: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    """(where, keys, what they do) of every shortcut, in the order the help lists them; one
    Ctrl+number per section the signed-in user sees."""
    rows = [NEW_CASE.row(), FIND.row()]
    for number, title in enumerate(section_titles[:SECTION_COUNT], start=1):
        where, _, does = SECTION.row(title)
        rows.append(
            (where, section_keys(number).toString(QKeySequence.SequenceFormat.NativeText), does)
        )
    rows += [
        shortcut.row()
        for shortcut in (
            LOCK,
            HELP,
            QUIT,
            FIELD_LETTER,
            NEXT_FIELD,
            CHOOSE,
            ARROWS,
            OPEN_ROW,
            ADD_CHOSEN,
            REMOVE_CHOSEN,
            NEXT_TAB,
            CLOSE_DIALOG,
            WIZARD_NEXT,
            WIZARD_BACK,
            WIZARD_SAVE,
            WIZARD_CLOSE,
        )
    ]
    return [row for row in rows if row[1]]  # Quit has no key on Windows (Alt+F4 closes)
