"""What a lock does to the window before the key goes: keep unsaved work, close every dialog.

The unsaved-draft protocol. Any widget under the main window (a section page, a widget inside
one, or a dialog, parented or open on its own) may define::

    def unsaved_draft(self) -> tuple[str, str, dict] | None:
        '''(kind, title, payload) of work not yet saved, or None when there is none.'''

- `kind`: a short code of up to 30 characters naming the screen that can resume it, e.g.
  "case-wizard" or "case-edit"; `title`: what the user will recognise in the list of drafts
  (it is stored encrypted and shown only to the same user); `payload`: a JSON-serialisable dict
  of whatever that screen needs to fill itself in again.
- Optional attributes, read with getattr: `draft_id: int | None` (the draft this widget was
  resumed from or last saved to: updated in place rather than duplicated) and
  `draft_case_id: int | None` (the case the draft belongs to).
- `unsaved_draft` must be quick and must not touch the database or open a dialog: it is called
  on the GUI thread while the window locks. An exception in it is logged (its type only) and
  that widget's work is lost; the lock goes on regardless.

The main window calls it at every end of a session (lock, auto-lock, switch of user, quit),
saves each answer with `services.drafts.save_draft`, then drops every page. To resume, a page
may define `open_draft(self, draft_id: int, kind: str) -> bool` (True: it took the draft and
its section is shown); the window's `resume_draft(draft_id, kind)` signal is emitted as well.
A page that resumed a draft keeps its id and discards the draft once the work is saved.

Dialogs: parent every dialog to its page (or the window) and open it with `open()` or `exec()`
of a Qt dialog. At a lock each one is closed through `QDialog.done(Rejected)` (an overridden
`reject()` is not asked) and deleted; a parentless dialog is closed but left to its owner, and
a native file dialog of the platform cannot be closed from here at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tipdesk.services import drafts
from tipdesk.services.context import UnlockedOffice

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingDraft:
    """One widget's unsaved work, taken before the window is cleared."""

    kind: str
    title: str
    payload: dict
    draft_id: int | None = None
    case_id: int | None = None


def _is_under(widget: QWidget, ancestor: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentWidget()
    return False


def open_dialogs(keep: tuple[type, ...] = ()) -> list[QDialog]:
    """Every visible dialog and message box, the window's own and parentless ones, but `keep`."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and not isinstance(widget, keep) and widget.isVisible()
    ]


def draft_holders(window: QWidget, dialogs: list[QDialog]) -> list[QWidget]:
    """Widgets under `window` or in `dialogs` that implement `unsaved_draft`, once each."""
    seen: dict[int, QWidget] = {}
    for root in (window, *dialogs):
        for widget in (root, *root.findChildren(QWidget)):
            if widget is not window and callable(getattr(widget, "unsaved_draft", None)):
                seen.setdefault(id(widget), widget)
    return list(seen.values())


def collect_drafts(widgets: list[QWidget]) -> list[PendingDraft]:
    """Ask each widget for its unsaved work; a widget that fails is skipped, not fatal."""
    pending = []
    for widget in widgets:
        try:
            answer = widget.unsaved_draft()
            if answer is None:
                continue
            kind, title, payload = answer
            pending.append(
                PendingDraft(
                    str(kind)[:30],
                    str(title),
                    dict(payload),
                    getattr(widget, "draft_id", None),
                    getattr(widget, "draft_case_id", None),
                )
            )
        except Exception as exc:  # noqa: BLE001 - the lock always wins
            log.warning("A screen could not give its unsaved work (%s).", type(exc))
    return pending


def save_drafts(office: UnlockedOffice, pending: list[PendingDraft]) -> list[int]:
    """Store the drafts for the signed-in user; the ids of those saved."""
    saved = []
    if not office.is_open:
        return saved
    for draft in pending:
        try:
            saved.append(
                drafts.save_draft(
                    office,
                    draft.kind,
                    draft.payload,
                    title=draft.title,
                    case_id=draft.case_id,
                    draft_id=draft.draft_id,
                )
            )
        except Exception as exc:  # noqa: BLE001 - the lock always wins
            log.warning("A draft could not be saved at lock (%s).", type(exc))
    return saved


def dismiss(dialogs: list[QDialog], window: QWidget, keep: tuple[type, ...] = ()) -> None:
    """Close every dialog and popup whatever it would say to Escape; delete the window's own.

    `QDialog.done` is called on the base class, so a dialog that refuses `reject()` (busy,
    or asking for confirmation) is closed all the same, and an `exec()` waiting on it returns
    Rejected. Every dialog of the window, shown or hidden, is taken out of it and deleted: it
    may hold case data.
    """
    for _ in range(20):  # open menus and combo box lists first: each may hold an exec()
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for dialog in dialogs:
        if isinstance(dialog, QMessageBox):
            dialog.hide()
        QDialog.done(dialog, QDialog.DialogCode.Rejected)
    every = {id(d): d for d in (*dialogs, *window.findChildren(QDialog))}
    for dialog in every.values():
        if not isinstance(dialog, keep) and _is_under(dialog, window):
            dialog.setParent(None)
            dialog.deleteLater()
