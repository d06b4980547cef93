"""Crews, twenty-sixth session. "The men" or "the fishermen" told after a crew named with its
country are that crew again (references.py, context.last_called): "Pakistan released 120 Indian
fishermen ... The men were arrested by the Pakistan Maritime Security Agency" is Pakistan ->
India, not Pakistan -> Pakistan. A crew with its own words for a side ("the Pakistani
fishermen", "the fishermen, all from Rameswaram") is not one told before."""

from coding import code_text, side_countries

PUB = "2024-03-14"  # a Thursday


def test_the_men_after_a_named_crew_are_that_crew(pipeline):
    text = ("Pakistan released 120 Indian fishermen from a Karachi jail on Monday. The men were "
            "arrested by the Pakistan Maritime Security Agency over the past two years for "
            "fishing illegally off the Sindh coast.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "COERCE") == [("PAK", "IND")]


def test_the_fishermen_after_a_named_crew_are_that_crew(pipeline):
    text = ("Kenya on Wednesday demanded that Somalia release 11 Kenyan fishermen detained by "
            "the Somali coast guard. Late on Wednesday, Somalia's government rejected the "
            "demand, saying the fishermen had been arrested inside Somali territorial waters and "
            "would stand trial in Kismayo.")
    events = code_text(pipeline, text, PUB, dateline="NAIROBI")
    assert ("SOM", "SOM") not in side_countries(events, "COERCE")
    assert set(side_countries(events, "COERCE")) == {("SOM", "KEN")}


def test_fishermen_named_by_their_own_country_are_not_the_crew_before(pipeline):
    text = ("Pakistan released 120 Indian fishermen from a Karachi jail on Monday. The "
            "Pakistani fishermen were arrested by the Indian coast guard last year.")
    events = code_text(pipeline, text, PUB)
    assert ("IND", "IND") not in side_countries(events, "COERCE")
