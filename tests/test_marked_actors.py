"""Actors named by a noun the dictionaries do not know, with a country marker (marked_actors.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-13"


def test_possessive_country_gives_an_unknown_agency_its_government(pipeline):
    events = code_text(pipeline, "Kazakhstan's consumer rights agency banned imports of Kyrgyz "
                                 "potatoes on Tuesday.", PUB)
    assert side_countries(events, "SANCTION") == [("KAZ", "KGZ")]
    assert of_type(events, "SANCTION")[0].source.sector == ("GOV",)


def test_nationality_gives_unknown_weapons_their_military(pipeline):
    events = code_text(pipeline, "Ethiopian helicopter gunships struck rebel positions near the "
                                 "Eritrean border on Tuesday.", PUB)
    sources = [e.source for e in of_type(events, "ASSAULT")]
    assert [(s.country, s.sector) for s in sources] == [("ETH", ("MIL",))]


def test_nationalists_are_their_country_opposition(pipeline):
    events = code_text(pipeline, "Hardline Serbian nationalists threatened on Tuesday to attack "
                                 "the Kosovo police.", PUB)
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["SRB"]


def test_country_after_in_marks_the_body(pipeline):
    events = code_text(pipeline, "The electoral commission in Kenya rejected the opposition's "
                                 "demand for a recount on Tuesday.", PUB)
    assert [e.source.country for e in of_type(events, "REJECT")] == ["KEN"]


def test_owner_beats_a_country_inside_the_body_name(pipeline):
    events = code_text(pipeline, "China's Taiwan Affairs Office denounced the visit of the "
                                 "American delegation on Tuesday.", PUB)
    assert side_countries(events, "ACCUSE") == [("CHN", "USA")]


def test_a_thing_with_a_country_is_still_no_actor(pipeline):
    events = code_text(pipeline, "Russia's decision angered officials in Berlin on Tuesday.", PUB)
    assert not [e for e in events if e.source.country == "RUS"]


def test_an_unmarked_agency_gets_no_country(pipeline):
    events = code_text(pipeline, "The disaster agency appealed for international aid on "
                                 "Tuesday.", PUB)
    assert not of_type(events, "REQUEST")


def test_an_unmarked_warplane_is_the_story_country_military(pipeline):
    events = code_text(pipeline, "Fighting flared again in Sudan on Monday. A warplane bombed a "
                                 "market in the town of El Fasher on Tuesday, killing 12 people.",
                       PUB)
    assert [e.source.country for e in of_type(events, "ASSAULT")] == ["SDN"]


def test_ruling_bodies_in_two_countries_are_both(pipeline):
    events = code_text(pipeline, "Military governments in Guinea and Niger have warned that any "
                                 "intervention in Mali would be treated as an attack on them.", PUB)
    assert sorted(e.source.country for e in of_type(events, "THREATEN")) == ["GIN", "NER"]
