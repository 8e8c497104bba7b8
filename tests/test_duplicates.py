"""Duplicate warning on registration."""

from datetime import date

from tests.test_case_registration import adult_man_forced_labour_abroad
from tipdesk.services.case_registration import register_case
from tipdesk.services.duplicates import find_duplicates, normalise_name


def test_names_are_compared_without_case_accents_or_order():
    assert normalise_name("N'Diaye, Aïssa") == normalise_name("aissa n diaye")
    assert normalise_name("Aïssa Ndiaye") != normalise_name("Aïssa N'Diaye Sow")


def test_same_names_and_birth_date_warn(admin_office):
    first = adult_man_forced_labour_abroad()
    first.identity.given_names, first.identity.family_name = "Aïssa", "N'Diaye"
    first.identity.date_of_birth, first.profile.age_years = date(1990, 4, 2), None
    code = register_case(admin_office, first)
    again = adult_man_forced_labour_abroad()
    again.identity.given_names, again.identity.family_name = "AISSA", "n diaye"
    again.identity.date_of_birth, again.profile.age_years = date(1990, 4, 2), None
    assert find_duplicates(admin_office, again) == [code]
    again.identity.date_of_birth = date(1990, 4, 3)
    assert find_duplicates(admin_office, again) == []


def test_alias_age_band_and_citizenship_warn(admin_office):
    first = adult_man_forced_labour_abroad()
    first.identity.given_names, first.identity.family_name, first.identity.aliases = "", "", "Rose"
    code = register_case(admin_office, first)
    other = adult_man_forced_labour_abroad()
    other.identity.given_names, other.identity.aliases = "Someone", "rose"
    assert find_duplicates(admin_office, other) == [code]
    other.profile.citizenships = ["NGA"]
    assert find_duplicates(admin_office, other) == []
    other.profile.citizenships, other.profile.age_years = ["CMR"], 50
    assert find_duplicates(admin_office, other) == []
