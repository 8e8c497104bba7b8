"""The case-level anonymised export (CTDC/HTCDS columns), k-anonymous on its quasi-identifiers.

Every published row belongs to a group of at least k rows sharing the same values of the
quasi-identifiers (year of registration, gender, age band, majority status, citizenship and
country of exploitation). Rows in smaller groups have their most identifying values blanked
one step at a time; a row that is still alone is left out. The data dictionary states this.
"""

from __future__ import annotations

import gc
import heapq
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import pycountry
from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import Case, PersonProfile, Screening
from tipdesk.models import vocab as v
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require
from tipdesk.services.summary_counts import statistics_consent_clause
from tipdesk.services.tabular import write_table
from tipdesk.store.space import removed_on_failure

DEFAULT_K = 11
QUASI_IDENTIFIERS = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatus",
    "citizenship",
    "CountryOfExploitation",
]
# Blanked in this order for rows in groups smaller than k (most identifying first).
SUPPRESSION_ORDER = [
    "CountryOfExploitation",
    "citizenship",
    "ageBroad",
    "yearOfRegistration",
    "gender",
    "majorityStatus",
]
MEANS = {
    "meansOfControlDebtBondage": "debt-bondage",
    "meansOfControlTakesEarnings": "takes-earnings",
    "meansOfControlRestrictsFinancialAccess": "restricts-financial-access",
    "meansOfControlThreats": "physical-threats",
    "meansOfControlThreatOfLawEnforcement": "law-enforcement-threats",
    "meansOfControlThreatensFamily": "threatens-family",
    "meansOfControlPsychologicalAbuse": "psychological-abuse",
    "meansOfControlPhysicalAbuse": "physical-abuse",
    "meansOfControlSexualAbuse": "sexual-abuse",
    "meansOfControlFalsePromises": "false-promises",
    "meansOfControlPsychoactiveSubstances": "psychoactive-substances",
    "meansOfControlRestrictsMovement": "restricts-movement",
    "meansOfControlRestrictsMedicalCare": "restricts-medical-care",
    "meansOfControlExcessiveWorkingHours": "excessive-hours",
    "meansOfControlUsesChildren": "uses-children",
    "meansOfControlWithholdsNecessities": "withholds-necessities",
    "meansOfControlWithholdsDocuments": "withholds-documents",
    "meansOfControlOther": "other",
}
EXPLOITATION = {
    "isForcedLabour": {"forced-labour", "child-labour", "forced-begging", "forced-criminality"},
    "isSexualExploit": {"sexual-exploitation"},
    "isForcedMarriage": {"forced-marriage"},
    "isForcedMilitary": {"forced-military"},
    "isOrganRemoval": {"organ-removal"},
    "isSlaveryAndPractices": {"servitude"},
    "isOtherExploit": {"forced-adoption", "surrogacy", "other"},
}
COLUMNS = (
    QUASI_IDENTIFIERS
    + list(MEANS)
    + ["meansOfControlNotSpecified"]
    + list(EXPLOITATION)
    + ["isSexAndLabour", "typeOfExploitConcatenated", "RecruiterRelationship"]
)
GENDER = {
    "female": "Female",
    "male": "Male",
    "trans-female": "Other",
    "trans-male": "Other",
    "non-conforming": "Other",
    "unknown": "Unknown",
}
RELATION = {
    "family": "Family",
    "intimate-partner": "Intimate Partner",
    "friend": "Friend",
    "acquaintance": "Other",
    "unacquainted": "Other",
    "other": "Other",
    "unknown": "Unknown",
}


@lru_cache(maxsize=512)
def _alpha2(alpha3: str | None) -> str:
    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return country.alpha_2 if country else ""


def _source_rows():
    """What the export reads of each consenting case: its profile and latest screening, as
    plain columns (100,000 cases as ORM objects would take a minute)."""
    earlier = aliased(Screening)
    latest = select(func.max(earlier.id)).where(earlier.case_id == Case.id).scalar_subquery()
    return (
        select(
            Case.registration_date,
            PersonProfile.sex,
            PersonProfile.age_band,
            PersonProfile.citizenships,
            Screening.forms_of_exploitation,
            Screening.means_of_control,
            Screening.countries_of_exploitation,
            Screening.relationship_to_recruiter,
        )
        .join(PersonProfile, PersonProfile.case_id == Case.id)
        .outerjoin(Screening, and_(Screening.case_id == Case.id, Screening.id == latest))
        .where(statistics_consent_clause())
        .order_by(Case.registration_date, Case.id)
    )


def _record(case) -> dict[str, str]:
    """The published columns of one row of `_source_rows`."""
    forms = set(case.forms_of_exploitation or ())
    means = set(case.means_of_control or ())
    minor = case.age_band in v.CHILD_AGE_BANDS
    exploited_in = case.countries_of_exploitation
    row = {
        "yearOfRegistration": str(case.registration_date.year),
        "gender": GENDER.get(case.sex, "Unknown"),
        "ageBroad": "" if case.age_band == "unknown" else case.age_band,
        "majorityStatus": "Unknown"
        if case.age_band == "unknown"
        else ("Minor" if minor else "Adult"),
        "citizenship": _alpha2(case.citizenships[0]) if case.citizenships else "",
        "CountryOfExploitation": _alpha2(exploited_in[0]) if exploited_in else "",
    }
    for column, code in MEANS.items():
        row[column] = "1" if code in means else "0"
    row["meansOfControlNotSpecified"] = "0" if means else "1"
    for column, codes in EXPLOITATION.items():
        row[column] = "1" if forms & codes else "0"
    row["isSexAndLabour"] = "1" if row["isForcedLabour"] == row["isSexualExploit"] == "1" else "0"
    row["typeOfExploitConcatenated"] = "; ".join(
        v.FORMS_OF_EXPLOITATION.label(f) for f in v.FORMS_OF_EXPLOITATION.codes if f in forms
    )
    relation = case.relationship_to_recruiter
    row["RecruiterRelationship"] = RELATION.get(relation or "unknown", "Unknown")
    return row


@dataclass
class ExportResult:
    """What the export published and what it left out."""

    path: Path
    rows: int = 0
    excluded_without_consent: int = 0
    values_blanked: int = 0
    rows_dropped: int = 0
    k: int = DEFAULT_K


def k_anonymise(rows: list[dict[str, str]], k: int) -> tuple[list[dict[str, str]], int, int]:
    """Blank quasi-identifiers of rows in groups smaller than k, step by step; drop the rest.

    Returns (published rows, values blanked, rows dropped).
    """
    blanked = 0
    key = itemgetter(*QUASI_IDENTIFIERS)  # the row's combination of quasi-identifiers
    for column in SUPPRESSION_ORDER:
        sizes = Counter(key(r) for r in rows)
        for row in rows:
            if sizes[key(row)] < k and row[column] != "":
                row[column] = ""
                blanked += 1
    sizes = Counter(key(r) for r in rows)
    kept = [r for r in rows if sizes[key(r)] >= k]
    return kept, blanked, len(rows) - len(kept)


def dictionary_rows(result: ExportResult) -> list[list[str]]:
    rule = (
        f"k-anonymity with k = {result.k}: every combination of the quasi-identifiers "
        f"({', '.join(QUASI_IDENTIFIERS)}) is shared by at least {result.k} rows. Rows in "
        "smaller groups had values blanked in this order: "
        f"{', '.join(SUPPRESSION_ORDER)}; rows still in smaller groups were left out."
    )
    rows = [
        ["(rule)", rule],
        [
            "(counts)",
            f"{result.rows} rows published; {result.values_blanked} values "
            f"blanked; {result.rows_dropped} rows left out; "
            f"{result.excluded_without_consent} cases excluded (no consent to "
            "anonymised statistics).",
        ],
    ]
    described = {
        "yearOfRegistration": "Year the case was registered (no exact dates).",
        "gender": "Female, Male, Other (transgender or non-conforming), Unknown.",
        "ageBroad": "CTDC age band at registration (0-8 ... 48+); blank when unknown.",
        "majorityStatus": "Minor (under 18), Adult or Unknown.",
        "citizenship": "ISO 3166-1 alpha-2 code of the first citizenship.",
        "CountryOfExploitation": "ISO 3166-1 alpha-2 code of the first country of exploitation.",
        "typeOfExploitConcatenated": "Forms of exploitation recorded at screening.",
        "RecruiterRelationship": "Family, Intimate Partner, Friend, Other, Unknown.",
        "meansOfControlNotSpecified": "1 when no means of control was recorded.",
        "isSexAndLabour": "1 when both sexual and labour exploitation were recorded.",
    }
    for column in COLUMNS:
        text = described.get(column)
        if text is None and column.startswith("meansOfControl"):
            text = (
                f"1 when the means of control '{v.MEANS_OF_CONTROL.label(MEANS[column])}' "
                "was recorded, else 0."
            )
        if text is None and column.startswith("is"):
            labels = ", ".join(
                v.FORMS_OF_EXPLOITATION.label(c) for c in sorted(EXPLOITATION[column])
            )
            text = f"1 when any of these was recorded: {labels}; else 0."
        qi = " Quasi-identifier." if column in QUASI_IDENTIFIERS else ""
        rows.append([column, text + qi])
    return rows


SORT_CHUNK = 5_000


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """The export builds 100,000 small rows that hold no reference cycles, and Python's cycle
    collector would walk them again and again (70-170 ms a time, with the window frozen, as
    the export runs on one of its threads): it is paused while they are built."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _in_published_order(rows: list[dict[str, str]]) -> list[list[str]]:
    """The rows' cells sorted by every column. Sorted in chunks and merged: one sort of
    100,000 rows is one long call that keeps Python's lock from the window's thread."""
    cells = itemgetter(*COLUMNS)
    chunks = [
        sorted(list(cells(r)) for r in rows[start : start + SORT_CHUNK])
        for start in range(0, len(rows), SORT_CHUNK)
    ]
    return list(heapq.merge(*chunks))


def _published_table(
    office: UnlockedOffice, k: int, result: ExportResult
) -> Iterator[int | list[list[str]]]:
    """Reads the consenting cases (yielding progress) and returns the k-anonymous rows, in
    the published order; fills in `result`'s counts."""
    rows = []
    with office.reading() as s:
        result.excluded_without_consent = (
            s.scalar(select(func.count(Case.id)).where(~statistics_consent_clause())) or 0
        )
        for case in s.execute(_source_rows()).yield_per(1000):
            rows.append(_record(case))
            if len(rows) % 1000 == 0:
                yield len(rows)
    kept, result.values_blanked, result.rows_dropped = k_anonymise(rows, k)
    result.rows = len(kept)
    return _in_published_order(kept)  # no trace of registration order


def export_anonymised(
    office: UnlockedOffice, path: Path, *, k: int = DEFAULT_K
) -> Iterator[int | ExportResult]:
    """Write the export; yields progress (cases read) and finally the ExportResult."""
    require(office, "reports.anonymised")
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise BadInput(
            translate("anonymised_export", "{file}: use a .csv or .xlsx file name.").format(
                file=path.name
            )
        )
    if not 2 <= k <= 100:
        raise BadInput(translate("anonymised_export", "k must be between 2 and 100."))
    result = ExportResult(path, k=k)
    with _cycle_collection_paused():
        table = yield from _published_table(office, k, result)
        dictionary = dictionary_rows(result)
        dictionary_file = path.with_name(path.stem + "-dictionary.csv")
        # All or nothing: without its dictionary, or unaudited (a full disk), no export is left.
        with removed_on_failure(path, dictionary_file):
            if path.suffix.lower() == ".xlsx":
                sheets = [("Data dictionary", ["column", "meaning"], dictionary)]
                write_table(path, COLUMNS, table, sheets)
            else:
                write_table(path, COLUMNS, table)
                write_table(dictionary_file, ["column", "meaning"], dictionary)
            with office.writing() as s:
                audit.record(
                    s, office.user.username, "export.anonymised", "office", office.info.country_code
                )
        del table  # gone before the cycle collector is back, so it never walks them
    yield result


def export_steps(office: UnlockedOffice, path: Path, k: int) -> Iterator[int]:
    """The export as a background task runs it: yields progress, returns the ExportResult."""
    for step in export_anonymised(office, path, k=k):
        if isinstance(step, ExportResult):
            return step
        yield step
    raise RuntimeError("the export ended without a result")


def run_export(office: UnlockedOffice, path: Path, *, k: int = DEFAULT_K) -> ExportResult:
    """The export without progress reporting."""
    *_, result = export_anonymised(office, path, k=k)
    return result
