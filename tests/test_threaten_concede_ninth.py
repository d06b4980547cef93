"""Threat and concession phrasings of the ninth session: threatened acts whose recipient hangs
on the act's noun, "hinted at", "put on notice", "raised the spectre",
"would respond militarily", "set free", and "conceded that" (an admission, no concession)."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Iran's Revolutionary Guards vowed revenge against Israel for the killing of a general "
     "in Damascus.", ("IRN", "ISR")),
    ("Hezbollah vowed vengeance against Israel after the funeral.", ("LBN", "ISR")),
    ("Turkish President Tayyip Erdogan threatened a new military incursion into Syria.",
     ("TUR", "SYR")),
    ("Ankara threatened a ground operation against the Syrian army.", ("TUR", "SYR")),
])
def test_threatened_act_names_the_recipient(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Beijing brandished the threat of sanctions against Lithuania over the office.",
     ("CHN", "LTU")),
    ("Moscow wielded the threat of tariffs against Georgia on Friday.", ("RUS", "GEO")),
])
def test_threat_of_an_act(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, source", [
    ("Beijing put Manila on notice that further incursions would be met with force.", "CHN"),
    ("Washington has put Caracas on notice over the disputed election.", "USA"),
    ("Russian President Vladimir Putin raised the spectre of nuclear strikes against Ukraine.",
     "RUS"),
    ("The Kenyan president hinted at military action against Somalia.", "KEN"),
    ("The president said Colombia would respond militarily if Venezuelan troops crossed the "
     "border.", "COL"),
])
def test_threat_phrasings(pipeline, text, source):
    threats = of_type(code_text(pipeline, text, PUB), "THREATEN")
    assert source in {e.source.country for e in threats}


@pytest.mark.parametrize("text, sides", [
    ("Venezuela set free six jailed Americans in a prisoner swap with the United States.",
     ("VEN", "USA")),
    ("Cuba has set free a jailed American contractor.", ("CUB", "USA")),
])
def test_set_free_is_a_release(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "RETREAT") + side_countries(events, "CONCEDE")


@pytest.mark.parametrize("text", [
    "The finance minister conceded that the Italian economy was weak.",
    "Tokyo conceded that the talks with Seoul had failed.",
])
def test_conceding_a_fact_is_no_concession(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "CONCEDE")
