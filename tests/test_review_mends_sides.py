"""Mends of the tenth session's review (sides and places): a craft must be the act's own
object, a possessed noun owns its infinitive only when it is an intent, an occasion held in a
country does not stop the search for one held in a town, and "on the eve of talks" aims at
nothing.

Each test uses a hand-built sentence the code at 864de59 got wrong."""

from coding import code_text, place_names, side_countries

PUB = "2024-03-15"


def test_a_boat_another_clause_acts_on_aims_no_attack_abroad(pipeline):
    events = code_text(pipeline, "Thai troops opened fire on Monday after smugglers abandoned a "
                                 "boat on the river, Myanmar said.", PUB)
    assert ("THA", "MMR") not in side_countries(events, "ASSAULT")


def test_a_possessed_refusal_owns_no_retreat(pipeline):
    events = code_text(pipeline, "Iran's refusal to release the British sailors angered "
                                 "London.", PUB)
    assert side_countries(events, "RETREAT") == []


def test_an_occasion_held_in_a_country_does_not_stop_the_town_search(pipeline):
    events = code_text(pipeline, "Chile and Peru signed an accord on Monday at a summit, which "
                                 "was held in Jordan. On Tuesday, Egypt and Sudan signed a pact "
                                 "at talks that took place in Khartoum.", PUB)
    assert "Khartoum" in place_names(events, "AGREE")


def test_a_pact_signed_at_talks_held_in_a_town(pipeline):
    events = code_text(pipeline, "Kenya and Ethiopia signed a pact at talks that took place in "
                                 "Nairobi.", PUB)
    assert place_names(events, "AGREE") == ["Nairobi"]


def test_missiles_fired_into_the_sea_on_the_eve_of_talks_are_a_show_of_force(pipeline):
    events = code_text(pipeline, "North Korea fired two ballistic missiles into the sea on "
                                 "Thursday on the eve of talks between Japan and South Korea.",
                       PUB)
    assert side_countries(events, "ASSAULT") == []
    assert side_countries(events, "MOBILIZE")
