"""Keeping the case wizard's work as a draft: the payload, saving, autosave, restoring."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from tipdesk.errors import TipdeskError
from tipdesk.services import drafts
from tipdesk.services.case_drafts import KIND, from_payload, to_payload

PAYLOAD_VERSION = 1
AUTOSAVE_MS = 30_000


class DraftKeeping:
    """Mixed into the CaseWizard (which provides the pages, `office`, `draft_id`, `started`,
    `saved_code`, `review_page`, `draft_label` and `_blank`)."""

    def payload(self) -> dict:
        page = self.currentPage()
        return {
            "version": PAYLOAD_VERSION,
            "page": page.key if page else "safety",
            "started": self.started.isoformat(),
            "registration": to_payload(self.registration()),
            "pages": {page.key: page.state() for _, page in self.principle_pages()},
        }

    @staticmethod
    def _comparable(payload: dict) -> dict:
        return {k: v for k, v in payload.items() if k not in {"page", "started"}}

    def has_input(self) -> bool:
        """Whether anything was entered (a blank wizard leaves no draft behind)."""
        return self._comparable(self.payload()) != self._blank

    def draft_title(self) -> str:
        """No names, ever: the title is listed where others may see the screen."""
        return self.tr("New case (draft) – %1").replace("%1", self.started.isoformat())

    def unsaved_draft(self) -> tuple[str, str, dict] | None:
        """(kind, title, payload) of the work in progress, or None when there is none. Pass
        `draft_id` to `save_draft` too, so that the same draft is updated, not doubled."""
        if self.saved_code is not None or not self.has_input():
            return None
        return KIND, self.draft_title(), self.payload()

    def _autosave(self) -> None:
        if self.review_page.busy or self._restoring:
            return  # the worker discards the draft once the case is saved: do not re-create it
        if (self.draft_id is not None or self.has_input()) and self._comparable(
            self.payload()
        ) != self._last_saved:
            self.save_draft_now()

    def save_draft_now(self) -> int | None:
        """Save the work in progress as the signed-in user's draft; its id (None if not)."""
        if self.saved_code is not None or not self.office.is_open:
            return None
        if self.draft_id is None and not self.has_input():
            return None
        try:
            payload = self.payload()
            self.draft_id = drafts.save_draft(
                self.office, KIND, payload, title=self.draft_title(), draft_id=self.draft_id
            )
            self._last_saved = self._comparable(payload)
        except TipdeskError as exc:
            self.draft_label.setText(self.tr("Draft not saved: %1").replace("%1", str(exc)))
            return None
        self.draft_label.setText(
            self.tr("Draft saved at %1.").replace("%1", datetime.now().strftime("%H:%M"))
        )
        return self.draft_id

    def restore(self, payload: dict, draft_id: int | None = None) -> None:
        """Fill every page from a draft and go to the page it was left on."""
        self.draft_id = draft_id
        reg = from_payload(payload.get("registration") or {})
        states = payload.get("pages") or {}
        with contextlib.suppress(ValueError):
            self.started = date.fromisoformat(payload.get("started") or "")
        self._restoring = True
        try:
            for _, page in self.principle_pages():
                page.load(reg, states.get(page.key) or {})
            self.restart()
            target = payload.get("page")
            while self.currentPage().key != target and self.nextId() != -1:
                self.next()
            self.refresh()
        finally:
            self._restoring = False
