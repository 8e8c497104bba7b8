"""Keyboard helpers the forms share: Alt+letter captions (given, or found free at run time),
focus that goes where a person expects (into a group of choices, onto a new page, along the
form), and buttons whose action a key already does."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

KEY_ALTERNATIVE = "keyboard_alternative"  # property: the key that does what the button does


def plain(caption: str) -> str:
    """A caption without its mnemonic marker ("Sa&ve" -> "Save", "R&&D" -> "R&D")."""
    return caption.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(caption: str) -> str | None:
    """The (lower-case) letter a caption's single '&' marks, or None."""
    text = caption.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def with_mnemonic(caption: str, taken: set[str]) -> str:
    """`caption` with '&' before its first letter not in `taken` (which then holds it too).

    For captions made at run time (a form built from a list of fields), so that they get an
    Alt+letter that no other caption of the screen uses; unchanged when no letter is free.
    """
    letter = mnemonic(caption)
    if letter is not None:
        taken.add(letter)
        return caption
    for index, char in enumerate(caption):
        if char.isalnum() and char.casefold() not in taken:
            taken.add(char.casefold())
            return caption[:index] + "&" + caption[index:]
    return caption


def taken_letters(captions: Iterable[str]) -> set[str]:
    """The letters the mnemonics of `captions` use."""
    return {letter for text in captions if (letter := mnemonic(text))}


def screen_captions(root: QWidget) -> list[str]:
    """The captions of the buttons, check boxes, labels and tabs under `root`."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append(widget.title())
        elif isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
    return found


def fill_mnemonics(root: QWidget, taken: set[str] | None = None) -> None:
    """Give each field caption under `root` that has none an Alt+letter no other caption of
    the screen uses (`taken`: letters of captions outside `root`, such as its tabs).

    For forms built from a list of fields; captions written with their own '&' keep it.
    """
    letters = set(taken or ()) | taken_letters(screen_captions(root))
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if label.textFormat() != Qt.TextFormat.RichText and mnemonic(label.text()) is None:
            label.setText(with_mnemonic(label.text(), letters))


def keyed_button(button: QAbstractButton, key: str) -> QAbstractButton:
    """Mark a button whose action a key of the widget beside it already does (Enter adds,
    Delete removes): it needs no Alt+letter of its own, and its tooltip names the `key`."""
    button.setProperty(KEY_ALTERNATIVE, key)
    tip = button.toolTip()
    button.setToolTip(f"{tip} ({key})" if tip else key)
    return button


class _FocusForwarder(QObject):
    def __init__(self, widget: QWidget, target: Callable[[], QWidget | None]) -> None:
        super().__init__(widget)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            target = self._target()
            if target is not None and target is not watched:
                target.setFocus(event.reason())
        return False


def forward_focus(widget: QWidget, target: Callable[[], QWidget | None]) -> None:
    """Let a group of inputs (a row of radio buttons, a list of check boxes) be a caption's
    buddy: Alt+letter focuses the group, and the focus goes on to `target()` inside it.

    The group takes focus only that way (Qt.ClickFocus), so Tab and Shift+Tab pass straight
    through to its inputs.
    """
    widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    widget.installEventFilter(_FocusForwarder(widget, target))


class _ToChecked(QObject):
    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self._group = group

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        tabbed = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if event.type() == QEvent.Type.FocusIn and event.reason() in tabbed:
            chosen = self._group.checkedButton()
            if chosen is not None and chosen is not watched and chosen.isVisible():
                chosen.setFocus(event.reason())
        return False


def tab_to_chosen(group: QButtonGroup) -> None:
    """Tab into a group of radio buttons lands on the chosen one (as in a native dialog),
    wherever the group's buttons sit among other groups' (the rows of a grid)."""
    spotter = _ToChecked(group)
    for button in group.buttons():
        button.installEventFilter(spotter)


def tab_in_order(widgets: Iterable[QWidget]) -> None:
    """Tab visits `widgets` one after the other, as they are laid out (when they were made
    in another order); those Tab cannot reach are left out."""
    reachable = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for before, after in zip(reachable, reachable[1:], strict=False):
        QWidget.setTabOrder(before, after)


def focus_first_input(container: QWidget, skip: QWidget | None = None) -> QWidget | None:
    """Give the keyboard focus to the first input of `container` that Tab reaches, leaving
    out those inside `skip` (a new page of a wizard: the person starts answering at once,
    not on its guidance); the input focused, or None."""
    widget = container.nextInFocusChain()
    for _ in range(500):  # the chain is circular: stop when it comes back, or leaves
        if widget is container or widget is None:
            return None
        if (
            container.isAncestorOf(widget)
            and not (skip is not None and (widget is skip or skip.isAncestorOf(widget)))
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


def first_shown(widgets: Iterable[QWidget]) -> QWidget | None:
    """The first of `widgets` that is not hidden (what focus should go to in a group)."""
    return next((w for w in widgets if not w.isHidden()), None)
