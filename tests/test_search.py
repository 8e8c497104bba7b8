"""Full-text search of names, aliases and case codes, kept in step with edits and purges."""

from datetime import date

from sqlalchemy import text

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.services import case_file, retention
from tipdesk.services.case_list import CaseFilter, list_cases
from tipdesk.services.case_registration import register_case


def _register(office, given, family, alias=""):
    reg = adult_man_forced_labour_abroad()
    reg.identity.given_names, reg.identity.family_name, reg.identity.aliases = (
        given,
        family,
        alias,
    )
    return register_case(office, reg)


def found(office, query):
    return [
        r.code for r in list_cases(office, CaseFilter(search=query), sort="code", descending=False)
    ]


def test_search_by_name_alias_and_code(admin_office):
    aissa = _register(admin_office, "Aïssa", "N'Diaye", "Rose")
    other = _register(admin_office, "Dawit", "Haile")
    assert found(admin_office, "aissa") == [aissa]  # accents do not matter
    assert found(admin_office, "ndi") == []  # "N'Diaye" is two words: N and Diaye
    assert found(admin_office, "n'diaye") == [aissa]  # typed as written
    assert found(admin_office, "diay") == [aissa]  # prefixes match
    assert found(admin_office, "ROSE") == [aissa]
    assert found(admin_office, "dawit haile") == [other]
    assert found(admin_office, "Dawit-Haile") == [other]  # hyphenated as in many names
    assert found(admin_office, "dawit rose") == []  # every word must match
    assert found(admin_office, other.lower()) == [other]  # code, any case
    assert found(admin_office, "CMR-2026") == [aissa, other]
    assert found(admin_office, '"*') == []  # stray quote marks are no syntax error


def test_index_follows_edits_and_purges(admin_office):
    code = _register(admin_office, "Chidi", "Okafor")
    case_file.update_case(admin_office, code, identity={"given_names": "Chinedu"})
    assert found(admin_office, "chidi") == [] and found(admin_office, "chinedu") == [code]
    case_file.close_case(admin_office, code, "lost-contact", closed_on=date(2019, 1, 1))
    retention.purge_case(admin_office, code)
    assert found(admin_office, "chinedu") == []
    with admin_office.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_search")).scalar() == 0


def test_the_list_outcome_follows_the_latest_screening(admin_office):
    code = _register(admin_office, "Esi", "Mensah")
    assert [r.outcome for r in list_cases(admin_office)] == ["presumed-victim"]
    assert found(admin_office, "esi") == [code]
    assert list_cases(admin_office, CaseFilter(outcome="presumed-victim"))[0].code == code


def _index_problems(office):
    from tipdesk.store.search_schema import index_problems

    with office.engine.connect() as conn:
        return index_problems(conn.connection.dbapi_connection)


def test_index_stays_in_step_over_thousands_of_cases_edits_and_purges(admin_office, db_path):
    from tests.conftest import ADMIN, ADMIN_PASSWORD
    from tipdesk.services.demo import generate_cases
    from tipdesk.services.office import check_office

    list(generate_cases(admin_office, 3000, seed=4, workers=0))
    named = [r.code for r in list_cases(admin_office, CaseFilter(search="Demo"), limit=40)]
    assert len(named) == 40
    for n, code in enumerate(named[:20]):
        case_file.update_case(admin_office, code, identity={"family_name": f"Renamed{n}"})
    for code in named[20:30]:
        case_file.close_case(admin_office, code, "lost-contact", closed_on=date(2019, 1, 1))
        retention.purge_case(admin_office, code)
    assert _index_problems(admin_office) == []
    assert found(admin_office, "Renamed7") == [named[7]]
    assert all(found(admin_office, code) == [] for code in named[20:30])
    assert check_office(db_path, ADMIN, ADMIN_PASSWORD).ok


def test_check_reports_a_search_index_out_of_step(admin_office, db_path):
    from tests.conftest import ADMIN, ADMIN_PASSWORD
    from tipdesk.services.office import check_office

    kept = _register(admin_office, "Hawa", "Diallo")
    _register(admin_office, "Moussa", "Traore")
    with admin_office.engine.begin() as conn:  # what a crash half way through could leave
        conn.execute(text("DELETE FROM case_search WHERE code = :c"), {"c": kept})
    report = check_office(db_path, ADMIN, ADMIN_PASSWORD)
    assert not report.ok
    assert "1 cases are missing from the search index" in report.verdict()
