"""Places the gazetteer lacks or spells otherwise: a town named with or without its Arabic
article ("Qamishli" is "Al-Qamishli"), and the places of data/places/more_places.tsv
(regions, seas, shoals, border crossings, small towns of conflict news)."""

import pytest
from coding import code_text, of_type

from newsevents.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


def place_of(events, event_type):
    found = of_type(events, event_type)
    assert found, f"no {event_type} event"
    return found[0].location


@pytest.mark.parametrize(("name", "country"), [
    ("Qamishli", "SYR"),  # the gazetteer's "Al-Qamishli"
    ("al-Hodeidah", "YEM"),  # its "Hodeidah"
])
def test_a_town_is_found_with_or_without_its_article(gazetteer, name, country):
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country and place.precision == "city"


def test_an_article_alone_finds_no_group(gazetteer):
    assert gazetteer.lookup("Al Jazeera") is None and gazetteer.lookup("al-Nusra") is None


def test_an_arrest_in_a_town_without_its_article_is_on_the_map(pipeline):
    events = code_text(pipeline, "Syrian Kurdish security forces arrested 20 men in Qamishli "
                       "on Tuesday after a bomb blast near a market.", "2019-07-10")
    place = place_of(events, "COERCE")
    assert place is not None and place.country == "SYR" and place.precision == "city"


@pytest.mark.parametrize(("name", "country", "precision"), [
    ("South Ossetia", "GEO", "region"),
    ("Abkhazia", "GEO", "region"),
    ("the Strait of Hormuz", "IRN", "region"),
    ("Ayungin Shoal", "PHL", "city"),
    ("Torkham", "AFG", "city"),
    ("Bab al-Tabbaneh", "LBN", "city"),
    ("Kuźnica", "POL", "city"),
    ("Cabo Delgado", "MOZ", "region"),
    ("the Jarinje crossing", "XKX", "city"),
    ("Hadhramaut", "YEM", "region"),
])
def test_places_the_gazetteer_lacks_are_listed(gazetteer, name, country, precision):
    place = gazetteer.lookup(name)
    assert place is not None and place.country == country and place.precision == precision


def test_talks_at_a_border_post_are_there(pipeline):
    events = code_text(pipeline, "Afghan and Pakistani border commanders held talks at "
                       "Torkham on Thursday to settle a dispute over a new gate.", "2016-06-17")
    place = place_of(events, "CONSULT")
    assert place is not None and place.name == "Torkham"


def test_a_water_cannon_near_a_shoal_is_there(pipeline):
    events = code_text(pipeline, "A Chinese coast guard vessel fired a water cannon at a "
                       "Philippine fishing boat near Sabina Shoal on Sunday, Manila said.",
                       "2024-08-20")
    place = place_of(events, "COERCE")
    assert place is not None and place.name == "Sabina Shoal" and place.precision == "city"


def test_a_province_the_gazetteer_lacks_is_an_area(pipeline):
    events = code_text(pipeline, "Mozambican troops recaptured the port town from insurgents "
                       "in Cabo Delgado on Friday, the defence ministry said.", "2021-08-09")
    place = place_of(events, "ASSAULT")  # taking ground is an ASSAULT (docs/design.md)
    assert place is not None and place.country == "MOZ" and place.precision == "region"
