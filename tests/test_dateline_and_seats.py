"""A bare dateline's town read with the story's countries, and seats of government that are
not the gazetteer's capital standing for their governments."""

import pytest
from coding import code_text, of_type

HYDERABAD_STORY = (
    "Thousands of farmers staged a sit-in on the highway on Saturday against the canal "
    "scheme. Pakistan's water minister said Islamabad would review the scheme, and "
    "Pakistani officials promised talks with the province. India has criticised the "
    "project.")
TRIPOLI_STORY = (
    "Hundreds of residents marched through the old souks on Sunday to demand jobs. "
    "Lebanon's interior minister said Lebanese troops would stay in the northern city, and "
    "the Lebanese cabinet promised aid. Beirut has asked Syria to close the border.")


@pytest.mark.parametrize(("text", "dateline", "country"), [
    (HYDERABAD_STORY, "Hyderabad", "PAK"),
    (TRIPOLI_STORY, "Tripoli", "LBN"),
])
def test_bare_dateline_town_is_the_storys(pipeline, text, dateline, country):
    protests = of_type(code_text(pipeline, text, "2021-05-08", dateline), "PROTEST")
    assert protests and all(e.location and e.location.country == country for e in protests)


@pytest.mark.parametrize(("town", "mentions", "country"), [
    ("London", {"CAN": 6}, "GBR"),  # London, Ontario is a twentieth of London's size
    ("Athens", {"USA": 6, "GRC": 1}, "GRC"),  # American datelines carry their state
    ("Hyderabad", {"PAK": 4, "IND": 2}, "PAK"),
    ("Cordoba", {"ESP": 3, "ARG": 1}, "ESP"),  # Córdoba in Andalusia, accent unwritten
    ("Hyderabad", {}, "IND"),  # no evidence: the first choice stays
])
def test_dateline_town_needs_a_named_country_and_a_real_rival(pipeline, town, mentions,
                                                              country):
    assert pipeline.extractor.gazetteer.dateline_place(town, mentions).country == country


@pytest.mark.parametrize(("text", "event_type", "sides"), [
    ("Peru's foreign minister held talks with La Paz on Tuesday over the disputed border.",
     "CONSULT", ("PERGOV", "BOLGOV")),
    ("Ghana's president said on Monday that Accra would negotiate with Abidjan over the "
     "maritime boundary.", "CONSULT", ("GHAGOV", "CIVGOV")),
    ("Uganda signed a railway agreement with Dar es Salaam on Friday.",
     "AGREE", ("UGA", "TZAGOV")),
])
def test_seat_of_government_is_a_side_not_a_place(pipeline, text, event_type, sides):
    events = of_type(code_text(pipeline, text, "2021-05-04"), event_type)
    assert [(e.source.code, e.target.code) for e in events] == [sides]
    assert all(e.location is None for e in events)


@pytest.mark.parametrize(("dateline", "country", "admin1"), [
    ("London, Ontario", "CAN", "08"),
    ("London, Ont.", "CAN", "08"),
    ("Portland, Maine", "USA", "ME"),
    ("Athens, Ga.", "USA", "GA"),
    ("Columbus, Georgia", "USA", "GA"),
    ("Batumi, Georgia", "GEO", "04"),  # the country when no Georgia town has the name
])
def test_dateline_state_or_province_names_the_town(pipeline, dateline, country, admin1):
    place = pipeline.extractor.gazetteer.dateline_place(dateline)
    assert (place.country, place.admin1) == (country, admin1)


def test_unlisted_town_of_a_state_is_in_its_country(pipeline):
    place = pipeline.extractor.gazetteer.dateline_place("Smallville, Kan.")
    assert (place.name, place.country) == ("Smallville", "USA")


def test_protest_under_a_province_dateline_is_in_its_town(pipeline):
    text = ("Hundreds of nurses rallied outside the provincial legislature on Monday to demand "
            "higher wages. Canada's health minister said Ottawa would send more money to the "
            "provinces, and Canadian unions promised more strikes.")
    protests = of_type(code_text(pipeline, text, "2022-02-07", "London, Ontario"), "PROTEST")
    assert protests and all(e.location and e.location.country == "CAN" for e in protests)


@pytest.mark.parametrize("text", [
    "Thousands of miners marched through the Bolivian capital on Tuesday to demand pensions.",
    "Bolivian coca growers blocked roads into the capital on Tuesday, protesting the new law.",
])
def test_the_capital_is_the_seat_the_news_means(pipeline, text):
    protests = of_type(code_text(pipeline, text, "2023-06-06"), "PROTEST")
    assert protests and all(e.location and e.location.name == "La Paz" for e in protests)


@pytest.mark.parametrize(("text", "event_type", "city"), [
    ("Argentina's president met Chile's foreign minister at the Casa Rosada on Monday.",
     "CONSULT", "Buenos Aires"),
    ("Philippine President Ferdinand Marcos received Japan's defence minister at Malacanang "
     "Palace on Thursday.", "CONSULT", "Manila"),
    ("Colombia's president hosted Ecuador's foreign minister at the Casa de Narino on "
     "Friday.", "CONSULT", "Bogotá"),
    ("Kenya's president met Ghana's foreign minister at Jubilee House on Friday.",
     "CONSULT", "Accra"),
])
def test_a_seat_building_is_its_city(pipeline, text, event_type, city):
    events = of_type(code_text(pipeline, text, "2023-06-06"), event_type)
    assert events and all(e.location and e.location.name == city for e in events)
