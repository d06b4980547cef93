"""Twelfth session: a part or a site of a city that data/places/more_places.tsv lists with its
city ("Jabal Mohsen", Tripoli; "Syntagma Square", Athens) places an event in that city, and a
site whose own name begins with its city ("Goma airport") is in that city; the name as written
stays the place's text.

Each test uses a hand-built sentence; the shoal and the street-named-after-another-city tests
are guards (the first passes at 29a755b, the others failed at 0b42040), the others failed at
29a755b."""

from coding import code_text, of_type, place_names

from newsevents.places import MORE_PLACES_FILE, Gazetteer
from newsevents.tables import read_table


def places(pipeline, text, event_type, pub="2024-03-15"):
    return place_names(code_text(pipeline, text, pub), event_type)


def test_a_listed_district_is_its_city(pipeline):
    text = ("Gunmen in Jabal Mohsen fired rockets at army positions on Thursday, killing two "
            "soldiers, the Lebanese army said.")
    [event] = of_type(code_text(pipeline, text, "2024-03-15"), "ASSAULT")
    assert (event.location.name, event.location.text) == ("Tripoli", "Jabal Mohsen")
    assert event.location.country == "LBN"


def test_a_listed_square_is_its_city(pipeline):
    text = ("Greek riot police fired tear gas at protesters in Syntagma Square on Thursday, "
            "witnesses said.")
    assert places(pipeline, text, "COERCE") == ["Athens"]


def test_a_site_named_after_its_city_is_the_city(pipeline):
    text = ("A Kenyan army contingent landed at Goma airport on Saturday to help Congo fight "
            "the M23 rebels, the East African force said.")
    events = code_text(pipeline, text, "2024-03-15")
    assert {e.location.name for e in events if e.location} == {"Goma"}


def test_a_shoal_named_after_a_town_is_no_site_of_it(pipeline):
    text = ("The Philippines lodged a diplomatic protest with China on Friday after Chinese "
            "coast guard vessels seized the catch of Filipino fishing boats near Scarborough "
            "Shoal.")
    [event] = of_type(code_text(pipeline, text, "2024-03-15"), "COERCE")
    assert event.target.country == "PHL"
    assert event.location is None or event.location.country != "GBR"


def test_every_listed_city_is_in_the_gazetteer():
    gazetteer = Gazetteer({})
    columns = ("name", "country", "lat", "lon", "kind", "aliases", "city")
    rows = [row for row in read_table(MORE_PLACES_FILE, columns) if row["city"]]
    assert len(rows) >= 8
    for row in rows:
        place = gazetteer.lookup(row["name"])
        assert (place.name, place.country) == (row["city"], row["country"]), row["name"]


def test_a_street_named_after_another_city_is_not_that_city(pipeline):
    text = ("A roadside bomb wounded four Iraqi soldiers on Haifa Street on Sunday, the "
            "interior ministry said.")
    [event] = of_type(code_text(pipeline, text, "2024-03-15"), "ASSAULT")
    assert event.target.country == "IRQ"
    assert event.location is None or event.location.name != "Haifa"


def test_a_street_name_does_not_change_the_victims_country(pipeline):
    text = ("Jordanian riot police detained nine demonstrators on Damascus Street in Amman on "
            "Wednesday.")
    [event] = of_type(code_text(pipeline, text, "2024-03-15"), "COERCE")
    assert event.location.name == "Amman"
    assert event.target.country == "JOR"


def test_a_street_alone_gives_no_city(pipeline):
    text = "Egyptian police detained fourteen protesters on Beirut Street on Friday."
    [event] = of_type(code_text(pipeline, text, "2024-03-15"), "COERCE")
    assert event.target.country == "EGY"
    assert event.location is None or event.location.name != "Beirut"
