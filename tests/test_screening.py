"""The Palermo screening rule as a table, and the groups other pathways miss."""

import pytest

from tipdesk.services.screening import compute_outcome, is_child, missed_groups, pathway_flag

ACT, MEANS, PURPOSE = ["recruitment"], ["deception"], ["forced-labour"]


@pytest.mark.parametrize(
    "acts, means, purposes, child, other, expected",
    [
        (ACT, MEANS, PURPOSE, False, [], "presumed-victim"),  # adult: the whole definition
        (ACT, [], PURPOSE, False, [], "assess-further"),  # adult without a Means
        (ACT, [], PURPOSE, True, [], "presumed-victim"),  # child: Act + Purpose is enough
        ([], MEANS, PURPOSE, True, [], "assess-further"),  # child without an Act
        (ACT, MEANS, [], False, [], "assess-further"),  # partial indicators
        ([], [], [], False, ["debt-bondage"], "assess-further"),  # a means of control alone
        ([], [], [], False, [], "no-indicators"),
        ([], [], [], True, [], "no-indicators"),
    ],
)
def test_outcome(acts, means, purposes, child, other, expected):
    result = compute_outcome(acts, means, purposes, child=child, other_indicators=other)
    assert result.outcome == expected
    assert result.reasons  # the officer is always told why


def test_reasons_say_what_is_missing():
    result = compute_outcome(ACT, [], [], child=False)
    assert "Means" in result.reasons[-1] and "Purpose" in result.reasons[-1]
    child = compute_outcome(ACT, [], PURPOSE, child=True)
    assert any("no Means is needed" in r for r in child.reasons)


@pytest.mark.parametrize(
    "age, band, expected",
    [
        (17, None, True),
        (18, None, False),
        (None, "9-17", True),
        (None, "18-20", False),
        (None, "unknown", False),
        (None, None, False),
    ],
)
def test_is_child(age, band, expected):
    assert is_child(age, band) is expected


def test_missed_groups():
    assert missed_groups(
        sex="male",
        age_years=64,
        nationality_status="migrant",
        forms_of_exploitation=["forced-labour", "organ-removal"],
    ) == [
        "Men and boys",
        "Older people (60 and over)",
        "Labour exploitation",
        "Organ removal",
        "Migrants, refugees and other non-nationals",
    ]
    assert (
        missed_groups(
            sex="female",
            age_years=30,
            nationality_status="national",
            forms_of_exploitation=["sexual-exploitation"],
        )
        == []
    )


def test_cp_or_gbv_cases_meeting_the_definition_are_flagged():
    assert pathway_flag("gbv", "presumed-victim")
    assert pathway_flag("gbv", "assess-further") is None
    assert pathway_flag("none", "presumed-victim") is None
