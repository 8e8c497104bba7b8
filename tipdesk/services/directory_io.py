"""Directory spreadsheets: template, export and all-or-nothing import (CSV or XLSX).

Columns (header row, in this order; multi-valued cells separated by ';'):
service_id, organisation, organisation_acronym, organisation_type, organisation_contact,
sector, service_type, description, admin1, admin2, site, address, phone, email, focal_point,
opening_hours, languages, age_groups, sexes, nationality_statuses, disability_accessible,
accepts_trafficking_cases, free_of_charge, referral_procedure, last_verified_on, active.
A row with a known service_id updates that service; one without creates a service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry
from sqlalchemy import select

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import Referral, Service
from tipdesk.models import vocab as v
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.directory import ServiceRecord, apply_record, record_of
from tipdesk.services.directory import problems as record_problems
from tipdesk.services.permissions import require
from tipdesk.services.tabular import (
    ImportProblem,
    ImportRefused,
    read_table,
    split_values,
    write_table,
)
from tipdesk.store.space import removed_on_failure

COLUMNS = [
    "service_id",
    "organisation",
    "organisation_acronym",
    "organisation_type",
    "organisation_contact",
    "sector",
    "service_type",
    "description",
    "admin1",
    "admin2",
    "site",
    "address",
    "phone",
    "email",
    "focal_point",
    "opening_hours",
    "languages",
    "age_groups",
    "sexes",
    "nationality_statuses",
    "disability_accessible",
    "accepts_trafficking_cases",
    "free_of_charge",
    "referral_procedure",
    "last_verified_on",
    "active",
]
REQUIRED = {"organisation", "sector", "service_type", "admin1"}
FLAGS = {"disability_accessible", "accepts_trafficking_cases", "free_of_charge", "active"}
LISTS = {
    "languages": None,
    "age_groups": v.AGE_GROUPS,
    "sexes": v.SEX,
    "nationality_statuses": v.NATIONALITY_STATUS,
}
CODED = {"organisation_type": v.ORGANISATION_TYPES, "sector": v.SECTORS}


def row_of(record: ServiceRecord) -> list[str]:
    """A record as spreadsheet cells, in COLUMNS order."""
    values = {"service_id": record.ref}
    for name in COLUMNS[1:]:
        value = getattr(record, name)
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, list):
            value = "; ".join(value)
        elif isinstance(value, date):
            value = value.isoformat()
        values[name] = value or ""
    return [values[name] for name in COLUMNS]


def write_template(path: Path) -> None:
    example = ServiceRecord(
        organisation="Example Shelter Network (fictional)",
        organisation_acronym="ESN",
        organisation_type="ngo",
        sector="shelter-nfi",
        service_type="Safe shelter",
        admin1="Far North",
        admin2="Diamaré",
        site="Maroua",
        phone="+000 555 000 111",
        languages=["fra", "ful"],
        age_groups=["adults"],
        sexes=["female", "male"],
        accepts_trafficking_cases=True,
        last_verified_on=date(2026, 11, 1),
    )
    write_table(path, COLUMNS, [row_of(example)])


def export_directory(office: UnlockedOffice, path: Path) -> int:
    """Every service, active or not, in a stable order; returns how many."""
    require(office, "directory.view")
    with office.reading() as s:
        rows = [row_of(record_of(svc)) for svc in s.scalars(select(Service).order_by(Service.ref))]
    with removed_on_failure(path):  # an export the audit trail cannot record is not left
        write_table(path, COLUMNS, rows)
        with office.writing() as s:
            audit.record(s, office.user.username, "directory.export", "directory", None)
    return len(rows)


def _language(text: str) -> str | None:
    try:
        return pycountry.languages.lookup(text.strip()).alpha_3
    except LookupError:
        return None


def _record(number: int, cells: dict[str, str], found: list[ImportProblem]) -> ServiceRecord:
    def bad(column: str, value: str, reason: str) -> None:
        found.append(ImportProblem(number, column, value, reason))

    record = ServiceRecord(ref=cells.get("service_id", "").strip())
    for name in COLUMNS[1:]:
        text = cells.get(name, "").strip()
        if name in REQUIRED and not text:
            bad(name, text, translate("import", "required"))
        if name in FLAGS:
            lowered = text.casefold()
            if lowered in ("yes", "y", "true", "1", "oui"):
                setattr(record, name, True)
            elif lowered in ("no", "n", "false", "0", "non"):
                setattr(record, name, False)
            elif text:
                bad(name, text, translate("import", "write yes or no"))
        elif name in CODED:
            term = CODED[name].match(text) if text else None
            if term:
                setattr(record, name, term.code)
            elif text:
                bad(
                    name,
                    text,
                    translate("import", "use one of: {value}").format(
                        value=", ".join(CODED[name].codes)
                    ),
                )
        elif name in LISTS:
            codes = []
            for value in split_values(text):
                vocabulary = LISTS[name]
                code = (
                    _language(value)
                    if vocabulary is None
                    else getattr(vocabulary.match(value), "code", None)
                )
                if code is None:
                    bad(
                        name,
                        value,
                        translate("import", "not a known language (ISO 639)")
                        if vocabulary is None
                        else translate("import", "use one of: {value}").format(
                            value=", ".join(vocabulary.codes)
                        ),
                    )
                elif code not in codes:
                    codes.append(code)
            setattr(record, name, codes)
        elif name == "last_verified_on":
            try:
                record.last_verified_on = date.fromisoformat(text[:10]) if text else None
            except ValueError:
                bad(name, text, translate("import", "not a date; write it as YYYY-MM-DD"))
        else:
            setattr(record, name, text)
    if not any(p.row == number for p in found):
        for column, reason in record_problems(record):
            bad(column, cells.get(column, ""), reason)
    return record


@dataclass
class DirectoryImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    deactivated: int = 0
    ignored_columns: list[str] = field(default_factory=list)


def import_directory(
    office: UnlockedOffice, path: Path, *, replace: bool = False
) -> DirectoryImportResult:
    """Validate every row, then apply all or nothing. With `replace`, services missing from
    the file are removed (or deactivated when referrals point to them)."""
    require(office, "directory.edit")
    table = read_table(path)
    headers = [h.strip().casefold() for h in table.headers]
    result = DirectoryImportResult(
        ignored_columns=[h for h, k in zip(table.headers, headers, strict=True) if k not in COLUMNS]
    )
    found: list[ImportProblem] = []
    for name in REQUIRED:
        if name not in headers:
            found.append(ImportProblem(1, name, "", translate("import", "this column is missing")))
    for name in set(headers):
        if name in COLUMNS and headers.count(name) > 1:
            found.append(
                ImportProblem(1, name, name, translate("import", "this column appears twice"))
            )
    if found:
        raise ImportRefused(found)
    records, seen = [], {}
    for offset, cells in enumerate(table.rows):
        number = offset + 2
        row = {k: c for k, c in zip(headers, cells, strict=True) if k in COLUMNS}
        record = _record(number, row, found)
        if record.ref:
            if record.ref in seen:
                found.append(
                    ImportProblem(
                        number,
                        "service_id",
                        record.ref,
                        translate("import", "the same service as row {value}").format(
                            value=seen[record.ref]
                        ),
                    )
                )
            seen[record.ref] = number
        records.append((number, record))
    if found:
        raise ImportRefused(found)
    with office.writing() as s:
        known = set(s.scalars(select(Service.ref)))
        kept = set()
        added, changes = [], {}
        for number, record in records:
            is_new = record.ref not in known
            try:
                service, changed = apply_record(s, record)
            except BadInput as exc:
                found.append(ImportProblem(number, "service_id", record.ref, str(exc)))
                continue
            kept.add(service.ref)
            if is_new:
                added.append(service.ref)
            elif changed:
                changes.setdefault(tuple(sorted(changed)), []).append(service.ref)
            else:
                result.unchanged += 1
        result.added = len(added)
        result.updated = sum(len(refs) for refs in changes.values())
        if not found:  # one audit event per service, written together
            user = office.user.username
            audit.record_many(s, user, "directory.add", "service", added)
            for changed, refs in changes.items():
                audit.record_many(s, user, "directory.change", "service", refs, list(changed))
        if found:
            raise ImportRefused(found)  # rolls the whole unit of work back
        if replace:
            referred = set(
                s.scalars(select(Referral.service_id).where(Referral.service_id.is_not(None)))
            )
            for service in s.scalars(select(Service).where(Service.ref.not_in(kept))):
                if service.id in referred:
                    if service.active:
                        service.active = False
                        result.deactivated += 1
                else:
                    s.delete(service)
                    result.removed += 1
        audit.record(
            s,
            office.user.username,
            "directory.import",
            "directory",
            None,
            ["replace"] if replace else None,
        )
    return result
