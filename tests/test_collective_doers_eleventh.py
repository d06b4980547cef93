"""Collective and elided doers that used to yield no event at all: the halves of a divided
country named once ("North and South Korea", "the two Koreas"), two sides of one country
named by a plural of rivals ("Yemen's warring parties"), and the parties of a sentence that
opens with a participle naming the go-between ("Brokered by China, A and B agreed")."""

import pytest
from coding import code_text, side_countries

PUB = "2023-05-12"


@pytest.mark.parametrize("text, event_type, expected", [
    # A bearing said once for two halves: "North" is North Korea, or Sudan itself.
    ("North and South Korea traded machine-gun fire across the border on Wednesday.",
     "ASSAULT", [("KOR", "PRK"), ("PRK", "KOR")]),
    ("South and North Korea signed an accord on reopening the joint factory park.",
     "AGREE", [("KOR", "PRK")]),
    ("North and South Sudan signed an oil transit accord in Addis Ababa on Tuesday.",
     "AGREE", [("SDN", "SSD")]),
    # A plural name of both halves.
    ("The two Koreas held working-level talks at the truce village on Tuesday.",
     "CONSULT", [("PRK", "KOR")]),
])
def test_halves_named_once(pipeline, text, event_type, expected):
    assert side_countries(code_text(pipeline, text, PUB), event_type) == expected


@pytest.mark.parametrize("text, event_type, expected", [
    ("Yemen's warring parties signed a prisoner exchange deal in Geneva on Tuesday.",
     "AGREE", [("YEM", "YEM")]),
    ("Afghanistan's warring sides met in Doha on Tuesday for another round of negotiations.",
     "CONSULT", [("AFG", "AFG")]),
    ("The rival Palestinian factions agreed in Algiers on Tuesday to hold elections.",
     "AGREE", [("PSE", "PSE")]),
])
def test_rival_sides_of_one_country(pipeline, text, event_type, expected):
    assert side_countries(code_text(pipeline, text, PUB), event_type) == expected


@pytest.mark.parametrize("text, event_type, expected", [
    ("Brokered by Oman, Iran and Bahrain agreed on Tuesday to restore diplomatic relations.",
     "AGREE", [("IRN", "BHR")]),
    ("Backed by Kenya and Egypt, Sudan and South Sudan signed a border accord on Tuesday.",
     "AGREE", [("SDN", "SSD")]),
])
def test_parties_after_an_opening_participle(pipeline, text, event_type, expected):
    assert side_countries(code_text(pipeline, text, PUB), event_type) == expected


@pytest.mark.parametrize("text, event_type, expected", [
    ("Tensions between Serbia and Kosovo flared this week. The two rivals accused each other "
     "on Tuesday of stoking violence.", "ACCUSE", [("SRB", "XKX"), ("XKX", "SRB")]),
    ("Both countries blamed each other on Tuesday for the shooting. It was the worst clash "
     "between Indian and Chinese troops in years.", "ACCUSE", [("CHN", "IND"), ("IND", "CHN")]),
])
def test_group_reference_with_no_pair_told(pipeline, text, event_type, expected):
    assert side_countries(code_text(pipeline, text, PUB), event_type) == expected
