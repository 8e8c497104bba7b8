"""The service directory: organisations and services, kept by administrators, read by all."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from tipdesk.errors import BadInput
from tipdesk.i18n import translate
from tipdesk.models import Organisation, Service
from tipdesk.models import vocab as v
from tipdesk.models.directory import new_service_ref
from tipdesk.models.text import limit_of, text_problem
from tipdesk.services import audit
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.permissions import require

STALE_AFTER = timedelta(days=183)  # six months
PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{5,24}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class ServiceRecord:
    """A service with its organisation, as plain values (what the editor and the files hold)."""

    organisation: str = ""
    organisation_acronym: str = ""
    organisation_type: str = "other"
    organisation_contact: str = ""
    sector: str = ""
    service_type: str = ""
    description: str = ""
    admin1: str = ""
    admin2: str = ""
    site: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    focal_point: str = ""
    opening_hours: str = ""
    languages: list[str] = field(default_factory=list)
    age_groups: list[str] = field(default_factory=list)
    sexes: list[str] = field(default_factory=list)
    nationality_statuses: list[str] = field(default_factory=list)
    disability_accessible: bool = False
    accepts_trafficking_cases: bool = False
    free_of_charge: bool = True
    referral_procedure: str = ""
    last_verified_on: date | None = None
    active: bool = True
    ref: str = ""  # the stable service ID; empty for a new service

    def stale(self, today: date | None = None) -> bool:
        return is_stale(self.last_verified_on, today)


SERVICE_FIELDS = [
    f.name
    for f in fields(ServiceRecord)
    if not f.name.startswith("organisation") and f.name != "ref"
]


# The free-text fields of a record and the columns that keep them.
TEXT_COLUMNS = [
    ("organisation", Organisation, "name"),
    ("organisation_acronym", Organisation, "acronym"),
    ("organisation_contact", Organisation, "contact"),
    ("ref", Service, "ref"),
] + [
    (f.name, Service, f.name)
    for f in fields(ServiceRecord)
    if f.type == "str" and f.name not in ("sector", "ref") and not f.name.startswith("organisation")
]


def is_stale(last_verified_on: date | None, today: date | None = None) -> bool:
    """Not verified for six months (or never)."""
    return last_verified_on is None or (today or date.today()) - last_verified_on > STALE_AFTER


def record_of(service: Service) -> ServiceRecord:
    org = service.organisation
    values = {name: getattr(service, name) for name in SERVICE_FIELDS}
    for name in (
        "description",
        "admin1",
        "admin2",
        "site",
        "address",
        "phone",
        "email",
        "focal_point",
        "opening_hours",
        "referral_procedure",
    ):
        values[name] = values[name] or ""
    for name in ("languages", "age_groups", "sexes", "nationality_statuses"):
        values[name] = list(values[name] or [])
    return ServiceRecord(
        organisation=org.name,
        organisation_acronym=org.acronym or "",
        organisation_type=org.type,
        organisation_contact=org.contact or "",
        ref=service.ref,
        **values,
    )


def problems(record: ServiceRecord) -> list[tuple[str, str]]:
    """Every problem as (field, reason in plain words); empty when the record may be saved."""
    found = []

    def check(ok: bool, name: str, reason: str) -> None:
        if not ok:
            found.append((name, reason))

    check(
        bool(record.organisation.strip()),
        "organisation",
        translate("directory", "the organisation is required"),
    )
    check(
        record.organisation_type in v.ORGANISATION_TYPES,
        "organisation_type",
        translate("directory", "use one of: {value}").format(
            value=", ".join(v.ORGANISATION_TYPES.codes)
        ),
    )
    check(
        record.sector in v.SECTORS,
        "sector",
        translate("directory", "use one of: {value}").format(value=", ".join(v.SECTORS.codes)),
    )
    check(
        bool(record.service_type.strip()),
        "service_type",
        translate("directory", "the type of service is required"),
    )
    check(
        bool(record.admin1.strip()),
        "admin1",
        translate("directory", "the region (admin-1) is required"),
    )
    check(
        not record.phone or bool(PHONE.match(record.phone.strip())),
        "phone",
        translate(
            "directory", "write a phone number with digits, spaces and an optional leading +"
        ),
    )
    check(
        not record.email or bool(EMAIL.match(record.email.strip())),
        "email",
        translate("directory", "write an e-mail address like name@example.org"),
    )
    for name, model, column in TEXT_COLUMNS:
        reason = text_problem(getattr(record, name).strip(), limit_of(model, column))
        check(reason is None, name, reason or "")
    for name, vocabulary in (
        ("age_groups", v.AGE_GROUPS),
        ("sexes", v.SEX),
        ("nationality_statuses", v.NATIONALITY_STATUS),
    ):
        for value in getattr(record, name):
            check(
                value in vocabulary,
                name,
                translate("directory", "'{value}' is not one of: {value2}").format(
                    value=value, value2=", ".join(vocabulary.codes)
                ),
            )
    return found


class _DirectoryIndex:
    """Organisations, services and active sites of the directory, read once per unit of work
    so that importing thousands of services costs no query per row. Kept in step by
    `apply_record`, the only writer while it is in use."""

    def __init__(self, session: Session) -> None:
        self.organisations = {o.name.casefold(): o for o in session.scalars(select(Organisation))}
        self.services = {
            svc.ref: svc
            for svc in session.scalars(select(Service).options(selectinload(Service.organisation)))
        }
        self.active_sites: dict[tuple, set[str]] = {}
        for service in self.services.values():
            self._add(service)

    @staticmethod
    def site_key(service: Service) -> tuple | None:
        if not service.active or service.organisation is None:
            return None
        return (service.organisation.name.casefold(), service.sector, service.site or "")

    def _add(self, service: Service) -> None:
        key = self.site_key(service)
        if key is not None:
            self.active_sites.setdefault(key, set()).add(service.ref)

    def moved(self, service: Service, before: tuple | None) -> None:
        """`service` was at site key `before` (None: nowhere yet)."""
        if before is not None:
            self.active_sites.get(before, set()).discard(service.ref)
        self._add(service)

    def conflict(self, record: ServiceRecord) -> str | None:
        """The ref of another active service of the same organisation, sector and site."""
        if not record.active:
            return None
        key = (record.organisation.strip().casefold(), record.sector, record.site.strip())
        others = self.active_sites.get(key, set()) - {record.ref}
        return min(others) if others else None


def _index(session: Session) -> _DirectoryIndex:
    if "directory_index" not in session.info:
        session.info["directory_index"] = _DirectoryIndex(session)
    return session.info["directory_index"]


def _organisation(session: Session, index: _DirectoryIndex, record: ServiceRecord) -> Organisation:
    # Compared casefolded in Python: SQLite's lower() knows ASCII only, and "ÉCOLE" must
    # find "École" as "ECOLE" finds "Ecole".
    name = record.organisation.strip()
    org = index.organisations.get(name.casefold())
    if org is None:
        org = Organisation(name=name)
        session.add(org)
        index.organisations[name.casefold()] = org
    org.acronym = record.organisation_acronym.strip() or None
    org.type = record.organisation_type
    org.contact = record.organisation_contact.strip() or None
    return org


def apply_record(session: Session, record: ServiceRecord) -> tuple[Service, list[str]]:
    """Create or update the service of `record` in `session`; returns it and changed fields.
    The rows are written when the session flushes (at the latest, when it commits)."""
    found = problems(record)
    if found:
        raise BadInput("; ".join(f"{name}: {reason}" for name, reason in found) + ".")
    index = _index(session)
    other = index.conflict(record)
    if other:
        raise BadInput(
            translate(
                "directory",
                "{organisation} already has an active {sector} service at this "
                "site ({other}); edit or deactivate that one instead.",
            ).format(organisation=record.organisation, sector=record.sector, other=other)
        )
    org = _organisation(session, index, record)
    service = index.services.get(record.ref) if record.ref else None
    before = None
    if service is None:
        service = Service(organisation=org, ref=record.ref or new_service_ref())
        session.add(service)
        index.services[service.ref] = service
    else:
        before = index.site_key(service)
    service.organisation = org
    changed = []
    for name in SERVICE_FIELDS:
        value = getattr(record, name)
        if isinstance(value, str):
            value = value.strip() or None
        if getattr(service, name) != value:
            setattr(service, name, value)
            changed.append(name)
    index.moved(service, before)
    return service, changed


def save_service(office: UnlockedOffice, record: ServiceRecord) -> str:
    """Add or change a service (administrators); returns its stable ID. Audited."""
    require(office, "directory.edit")
    with office.writing() as s:
        service, changed = apply_record(s, record)
        if changed or not record.ref:
            audit.record(
                s,
                office.user.username,
                "directory.change" if record.ref else "directory.add",
                "service",
                service.ref,
                changed,
            )
        return service.ref


def set_active(office: UnlockedOffice, ref: str, active: bool) -> None:
    require(office, "directory.edit")
    with office.writing() as s:
        service = _get(s, ref)
        if active:
            record = record_of(service)
            record.active = True
            other = _index(s).conflict(record)
            if other:
                raise BadInput(
                    translate(
                        "directory",
                        "Another active service ({other}) already covers this "
                        "organisation, sector and site.",
                    ).format(other=other)
                )
        service.active = active
        audit.record(
            s,
            office.user.username,
            "directory.activate" if active else "directory.deactivate",
            "service",
            ref,
            ["active"],
        )


def mark_verified(office: UnlockedOffice, ref: str, on: date | None = None) -> None:
    require(office, "directory.edit")
    with office.writing() as s:
        _get(s, ref).last_verified_on = on or date.today()
        audit.record(
            s, office.user.username, "directory.verify", "service", ref, ["last_verified_on"]
        )


def _get(session: Session, ref: str) -> Service:
    service = session.scalars(
        select(Service).where(Service.ref == ref).options(selectinload(Service.organisation))
    ).first()
    if service is None:
        raise BadInput(
            translate("directory", "There is no service {ref} in the directory.").format(ref=ref)
        )
    return service


def get_service(office: UnlockedOffice, ref: str) -> ServiceRecord:
    require(office, "directory.view")
    with office.reading() as s:
        return record_of(_get(s, ref))


@dataclass(frozen=True)
class DirectoryFilter:
    """What the directory list shows; empty fields do not filter."""

    search: str = ""
    sector: str | None = None
    admin1: str | None = None
    age_group: str | None = None
    sex: str | None = None
    nationality_status: str | None = None
    language: str | None = None
    accepts_trafficking_cases: bool | None = None
    stale_only: bool = False
    include_inactive: bool = False


def _filtered(query: Select, where: DirectoryFilter, today: date) -> Select:
    query = query.join(Organisation, Organisation.id == Service.organisation_id)
    if not where.include_inactive:
        query = query.where(Service.active.is_(True))
    if where.sector:
        query = query.where(Service.sector == where.sector)
    if where.admin1:
        query = query.where(Service.admin1 == where.admin1)
    if where.accepts_trafficking_cases is not None:
        query = query.where(Service.accepts_trafficking_cases.is_(where.accepts_trafficking_cases))
    if where.stale_only:
        query = query.where(
            or_(Service.last_verified_on.is_(None), Service.last_verified_on < today - STALE_AFTER)
        )
    for column, value in (
        (Service.age_groups, where.age_group),
        (Service.sexes, where.sex),
        (Service.nationality_statuses, where.nationality_status),
        (Service.languages, where.language),
    ):
        if value:  # an empty list serves everyone
            query = query.where(
                or_(func.json_array_length(column) == 0, func.instr(column, f'"{value}"') > 0)
            )
    text = where.search.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                *(
                    c.ilike(pattern, escape="\\")
                    for c in (
                        Organisation.name,
                        Organisation.acronym,
                        Service.service_type,
                        Service.description,
                        Service.admin1,
                        Service.admin2,
                        Service.site,
                        Service.ref,
                        Service.focal_point,
                    )
                )
            )
        )
    return query


def count_services(
    office: UnlockedOffice, where: DirectoryFilter = DirectoryFilter(), today: date | None = None
) -> int:
    require(office, "directory.view")
    with office.reading() as s:
        return s.scalar(_filtered(select(func.count(Service.id)), where, today or date.today()))


def list_services(
    office: UnlockedOffice,
    where: DirectoryFilter = DirectoryFilter(),
    *,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[ServiceRecord]:
    """A page of services, by sector, organisation and site."""
    require(office, "directory.view")
    query = (
        _filtered(select(Service), where, today or date.today())
        .options(selectinload(Service.organisation))
        .order_by(Service.sector, Organisation.name, Service.site, Service.id)
    )
    with office.reading() as s:
        return [record_of(service) for service in s.scalars(query.offset(offset).limit(limit))]


def regions(office: UnlockedOffice) -> list[str]:
    """The admin-1 regions named in the directory, for filters."""
    require(office, "directory.view")
    with office.reading() as s:
        return sorted(r for r in s.scalars(select(Service.admin1).distinct()) if r)


def languages(office: UnlockedOffice) -> list[str]:
    """The languages (ISO 639-3 codes) that some service of the directory names, for filters."""
    require(office, "directory.view")
    with office.reading() as s:  # each distinct list decoded once: thousands share a few
        lists = s.scalars(select(Service.languages).distinct())
        return sorted({code for codes in lists for code in codes or []})
