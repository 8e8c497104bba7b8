"""Importing an existing case register (TIPDesk's template or HTCDS 2.0 columns).

Every row is validated first; then all rows are registered in one unit of work, or none.
Every problem is reported as row, column, value and reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

from tipdesk.i18n import QT_TRANSLATE_NOOP, translate
from tipdesk.models import PersonIdentity
from tipdesk.models import vocab as v
from tipdesk.models.text import limit_of, text_problem
from tipdesk.services import audit
from tipdesk.services.case_registration import (
    CaseRegistration,
    ConsentAnswer,
    build_case,
    computed_screening,
    next_case_code,
    problems,
)
from tipdesk.services.context import UnlockedOffice
from tipdesk.services.duplicates import find_duplicates
from tipdesk.services.permissions import require
from tipdesk.services.tabular import (
    ImportProblem,
    ImportRefused,
    read_table,
    split_values,
    write_table,
)


@dataclass
class ImportResult:
    """What an import did."""

    codes: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


# TIPDesk's own columns, in template order, with the HTCDS names also accepted.
COLUMNS: dict[str, tuple[str, ...]] = {
    "registration_date": ("cas_RegistrationDate", "cas_CreatedDate", "cas_OpenDate"),
    "status": ("cas_Status",),
    "sex": ("prs_Gender",),
    "age": ("prs_Age",),
    "age_band": (),
    "date_of_birth": ("prs_Birthdate",),
    "given_names": ("prs_FirstName",),
    "middle_name": ("prs_MiddleName",),
    "family_name": ("prs_SecondName", "prs_LastName"),
    "aliases": ("prs_Nickname", "prs_Alias"),
    "phone": ("prs_MobilePhone", "prs_HomePhone"),
    "nationality_status": (),
    "citizenship": ("prs_Citizenship", "prs_Nationality"),
    "languages": ("prs_Language",),
    "disability": (),
    "consent_register": ("con_Consent",),
    "consent_statistics": (),
    "consent_given_by": (),
    "acts": (),
    "means": (),
    "purposes": (),
    "forms_of_exploitation": ("vic_TypeOfExploitation",),
    "sex_exploitation_types": ("vic_TypeOfSexExploitation",),
    "means_of_control": ("vic_MethodsOfControl",),
    "industries": ("vic_ForcedLabourIndustry",),
    "recruitment_methods": ("vic_MethodOfRecruitment",),
    "relationship_to_recruiter": ("vic_RelationshipToTrafficker",),
    "countries_of_exploitation": ("vic_CountryOfExploitation", "hte_Country"),
    "trafficked_where": (),
    "outcome": ("vic_TraffickingStatus",),
    "needs": (),
    "sensitivity": (),
    "prior_pathway": (),
}
# A register has at least one of these; a file with none is the wrong file (a directory...).
PERSON_COLUMNS = {
    "sex",
    "age",
    "age_band",
    "date_of_birth",
    "given_names",
    "family_name",
    "aliases",
    "consent_register",
}
_BY_HEADER = {name.casefold(): name for name in COLUMNS}
_BY_HEADER.update(
    {alias.casefold(): name for name, aliases in COLUMNS.items() for alias in aliases}
)
COUNTRY = QT_TRANSLATE_NOOP("import", "country (ISO 3166 code or name)")
LANGUAGE = QT_TRANSLATE_NOOP("import", "language (ISO 639 code or name)")
YES = {"yes", "y", "true", "1", "oui", "x"}
NO = {"no", "n", "false", "0", "non", ""}


def write_template(path: Path) -> None:
    """A template with the column headers and one clearly fictional example row."""
    example = {
        "registration_date": "2026-11-02",
        "status": "active",
        "sex": "male",
        "date_of_birth": "1992-03-14",
        "given_names": "Example",
        "family_name": "Fictional",
        "nationality_status": "migrant",
        "citizenship": "NGA",
        "languages": "eng; hau",
        "consent_register": "yes",
        "consent_statistics": "yes",
        "acts": "recruitment; transportation",
        "means": "deception",
        "purposes": "forced-labour",
        "forms_of_exploitation": "forced-labour",
        "industries": "construction",
        "countries_of_exploitation": "LBY",
        "trafficked_where": "abroad",
        "needs": "health: wants; shelter-nfi: declines",
        "sensitivity": "standard",
    }
    write_table(path, list(COLUMNS), [[example.get(name, "") for name in COLUMNS]])


class _Row:
    """Converts one row's cells, collecting problems instead of stopping at the first."""

    def __init__(self, number: int, cells: dict[str, tuple[str, str]]):
        self.number, self.cells, self.problems = number, cells, []

    def raw(self, name: str) -> str:
        return self.cells.get(name, ("", ""))[1].strip()

    def problem(self, name: str, value: str, reason: str) -> None:
        header = self.cells.get(name, (name, ""))[0]
        self.problems.append(ImportProblem(self.number, header, value, reason))

    def text(self, name: str, model: type, field: str) -> str:
        """Free text for `model.field`; a problem (and nothing kept) if it cannot be stored."""
        text = self.raw(name)
        reason = text_problem(text, limit_of(model, field))
        if reason:
            self.problem(name, text, reason)
            return ""
        return text

    def term(self, name: str, vocabulary: v.Vocabulary, default: str | None = None):
        text = self.raw(name)
        if not text:
            return default
        found = vocabulary.match(text)
        if found is None:
            self.problem(
                name,
                text,
                translate("import", "not a known value; use one of: {value}").format(
                    value=", ".join(vocabulary.codes)
                ),
            )
            return default
        return found.code

    def terms(self, name: str, vocabulary: v.Vocabulary) -> list[str]:
        codes = []
        for text in split_values(self.raw(name)):
            found = vocabulary.match(text)
            if found is None:
                self.problem(
                    name,
                    text,
                    translate("import", "not a known value; use one of: {value}").format(
                        value=", ".join(vocabulary.codes)
                    ),
                )
            elif found.code not in codes:
                codes.append(found.code)
        return codes

    def listed(self, name: str, lookup: Callable[[str], str | None], what: str) -> list[str]:
        found = []
        for text in split_values(self.raw(name)):
            code = lookup(text)
            if code is None:
                self.problem(
                    name,
                    text,
                    translate("import", "not a known {what}").format(
                        what=translate("import", what)
                    ),
                )
            elif code not in found:
                found.append(code)
        return found

    def day(self, name: str) -> date | None:
        text = self.raw(name)
        if not text:
            return None
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            self.problem(name, text, translate("import", "not a date; write it as YYYY-MM-DD"))
            return None

    def number_(self, name: str) -> int | None:
        text = self.raw(name)
        if not text:
            return None
        if not text.isdigit():
            self.problem(name, text, translate("import", "not a whole number of years"))
            return None
        return int(text)

    def flag(self, name: str) -> bool | None:
        text = self.raw(name).casefold()
        if not text:
            return None
        if text in YES:
            return True
        if text in NO:
            return False
        self.problem(name, self.raw(name), translate("import", "write yes or no"))
        return None


def _country(text: str) -> str | None:
    try:
        return pycountry.countries.lookup(text.strip()).alpha_3
    except LookupError:
        return None


def _language(text: str) -> str | None:
    try:
        return pycountry.languages.lookup(text.strip()).alpha_3
    except LookupError:
        return None


def _registration(row: _Row, source: str) -> CaseRegistration:
    reg = CaseRegistration(registration_date=row.day("registration_date") or date.today())
    p, i, sc = reg.profile, reg.identity, reg.screening
    p.sex = row.term("sex", v.SEX, "unknown")
    p.age_years = row.number_("age")
    p.age_band = row.term("age_band", v.AGE_BAND)
    p.nationality_status = row.term("nationality_status", v.NATIONALITY_STATUS, "unknown")
    p.citizenships = row.listed("citizenship", _country, COUNTRY)
    p.languages = row.listed("languages", _language, LANGUAGE)
    p.disability = row.flag("disability")
    names = (
        row.text(name, PersonIdentity, "given_names") for name in ("given_names", "middle_name")
    )
    i.given_names = " ".join(filter(None, names))
    i.family_name = row.text("family_name", PersonIdentity, "family_name")
    i.aliases = row.text("aliases", PersonIdentity, "aliases")
    i.phone = row.text("phone", PersonIdentity, "phone")
    i.date_of_birth = row.day("date_of_birth")
    register = row.flag("consent_register")
    statistics = row.flag("consent_statistics")
    given_by = row.term("consent_given_by", v.CONSENT_GIVERS)
    identifying = any((i.given_names, i.family_name, i.aliases, i.phone, i.date_of_birth))
    if identifying and not register:
        row.problem(
            "consent_register",
            row.raw("consent_register"),
            translate("import", "names or contacts need consent to register (yes)"),
        )
    for scope, answer in (("register", register), ("statistics", statistics)):
        if answer is None and scope == "statistics":
            continue
        consent = ConsentAnswer(
            scope, "given" if answer else "refused", given_by=given_by or "person"
        )
        if answer and reg.child and given_by is None:
            consent.given_by = "child-and-guardian"
            consent.guardian_name = f"as recorded in {source}"
        reg.consents.append(consent)
    sc.acts = row.terms("acts", v.ACTS)
    sc.means = row.terms("means", v.MEANS)
    sc.purposes = row.terms("purposes", v.PURPOSES)
    sc.forms_of_exploitation = row.terms("forms_of_exploitation", v.FORMS_OF_EXPLOITATION)
    sc.sex_exploitation_types = row.terms("sex_exploitation_types", v.SEX_EXPLOITATION_TYPES)
    sc.means_of_control = row.terms("means_of_control", v.MEANS_OF_CONTROL)
    sc.industries = row.terms("industries", v.INDUSTRIES)
    sc.recruitment_methods = row.terms("recruitment_methods", v.RECRUITMENT_METHODS)
    sc.relationship_to_recruiter = row.term(
        "relationship_to_recruiter", v.RELATIONSHIP_TO_RECRUITER
    )
    sc.countries_of_exploitation = row.listed("countries_of_exploitation", _country, COUNTRY)
    sc.trafficked_where = row.term("trafficked_where", v.TRAFFICKED_WHERE, "unknown")
    outcome = row.term("outcome", v.SCREENING_OUTCOMES)
    if outcome and outcome != computed_screening(reg).outcome:
        sc.override_outcome = outcome
        sc.override_reason = f"Outcome as recorded in {source}."
    for text in split_values(row.raw("needs")):
        sector_text, _, status_text = text.partition(":")
        sector, status = v.SECTORS.match(sector_text), v.NEED_STATUS.match(status_text or "wants")
        if sector is None or status is None:
            row.problem(
                "needs",
                text,
                translate(
                    "import",
                    "write needs as 'sector: wants|declines|already-receiving', separated by ;",
                ),
            )
        else:
            reg.needs[sector.code] = status.code
    reg.sensitivity = row.term("sensitivity", v.SENSITIVITY, "standard")
    reg.prior_pathway = row.term("prior_pathway", v.PRIOR_PATHWAY, "none")
    reg.status = row.term("status", v.CASE_STATUS, "active")
    return reg


def parse_register(path: Path) -> tuple[list[CaseRegistration], list[str], list[ImportProblem]]:
    """The registrations of every row, the ignored columns, and every problem found."""
    table = read_table(path)
    columns: dict[str, str] = {}
    ignored, found = [], []
    for header in table.headers:
        name = _BY_HEADER.get(header.casefold())
        if name is None:
            ignored.append(header)
        elif name in columns:
            found.append(
                ImportProblem(
                    1,
                    header,
                    header,
                    translate("import", "the same column as '{value}' appears twice").format(
                        value=columns[name]
                    ),
                )
            )
        else:
            columns[name] = header
    if not PERSON_COLUMNS & set(columns):
        found.append(
            ImportProblem(
                1,
                table.headers[0],
                ", ".join(table.headers),
                translate(
                    "import",
                    "none of these columns describes a person (sex, age, names, "
                    "consent...): is this the right file? Start from the template "
                    "('tipdesk cases template') or use HTCDS column names",
                ),
            )
        )
        return [], ignored, found
    index = {name: table.headers.index(header) for name, header in columns.items()}
    registrations = []
    for offset, cells in enumerate(table.rows):
        row = _Row(offset + 2, {name: (columns[name], cells[i]) for name, i in index.items()})
        reg = _registration(row, Path(path).name)
        for step, message in problems(reg):
            row.problem(step, "", translate("problems", message))
        found.extend(row.problems)
        registrations.append(reg)
    return registrations, ignored, found


def import_register(
    office: UnlockedOffice, path: Path, *, allow_duplicates: bool = False
) -> ImportResult:
    """Import every row or none; possible duplicates refuse the import unless allowed."""
    require(office, "cases.import")
    registrations, ignored, found = parse_register(path)
    if not allow_duplicates and not found:
        for number, reg in enumerate(registrations, start=2):
            for code in find_duplicates(office, reg):
                found.append(
                    ImportProblem(
                        number,
                        "names",
                        "",
                        translate(
                            "import",
                            "may be the person of case {code}; check, or import with "
                            "--allow-duplicates",
                        ).format(code=code),
                    )
                )
    if found:
        raise ImportRefused(found)
    result = ImportResult(ignored_columns=ignored)
    with office.writing() as s:
        for reg in registrations:
            code = next_case_code(s, office.info.country_code, reg.registration_date.year)
            s.add(build_case(reg, code, office.user.id or None))
            audit.record(s, office.user.username, "case.import", "case", code)
            result.codes.append(code)
    return result
