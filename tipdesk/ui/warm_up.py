"""One-time costs paid on a worker thread before the window needs them.

The first case list of a session and the first case file used to pause the window for over
100 ms with work done only once: reading pycountry's tables and naming every language,
compiling SQLAlchemy's statements for a new engine and filling the page cache of the
connection the window reads with. `sign_in_and_warm_up` is the sign-in task, so the
"Signing in…" wait carries them. Nothing here shows, changes or audits anything: it only
reads what the window will read.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pycountry

from tipdesk.services import office as office_service
from tipdesk.services.case_file import load_case
from tipdesk.services.case_list import count_cases, list_cases, list_officers
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import may
from tipdesk.ui.case_table_model import CaseTableModel
from tipdesk.ui.wizard.code_picker import countries, language_choices

log = logging.getLogger(__name__)


def load_reference_data() -> None:
    """Read pycountry's country and language tables (about 50 ms, once per process) and name
    them in the language in use for the pickers (about 50 ms more, once per language)."""
    pycountry.countries.get(alpha_3="FRA")
    pycountry.languages.get(alpha_3="fra")
    language_choices()
    countries()


def sign_in_and_warm_up(db_path: Path, username: str, password: str, **options) -> UnlockedOffice:
    """`office.sign_in`, then `warm_up`: what the sign-in window runs on its worker thread."""
    office = office_service.sign_in(db_path, username, password, **options)
    warm_up(office)
    return office


def warm_up(office: UnlockedOffice) -> None:
    """Run the case list's first queries as the window will, and load its newest case as a
    case file does: statements are compiled once per engine, and the connection handed back
    to the pool keeps the pages it read.
    A failure here only means a slower first page: it is logged (its kind, no data)."""
    try:
        load_reference_data()
        if not may(office.user.role, "cases.view"):
            return
        list_officers(office)
        count_cases(office)
        first_page = list_cases(
            office,
            sort=CaseTableModel.SORT_KEYS[CaseTableModel.REGISTERED],
            descending=True,
            limit=CaseTableModel.PAGE_SIZE,
        )
        if first_page:  # the statements that load a whole case; read, not shown: no audit
            with office.reading() as session:
                load_case(session, first_page[0].code)
    except Exception as exc:  # noqa: BLE001 - never a reason to refuse a sign-in
        log.warning("Warming up the case list failed (%s).", type(exc).__name__)
