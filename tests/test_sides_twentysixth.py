"""Sides, twenty-sixth session. "The soldiers" after "Israeli troops" are those troops, over an
institution told since ("..., the army said"): plural words for one side's armed men name it
again (actors.RANK_AND_FILE_WORDS). "The boat" is the craft told before by that noun, not the
latest craft of any kind (context.last_called). A capital that says something names its
government, though a town of that name lies in a country the story names ("Washington ... has
said it will" in a story naming Britain only; actors._speaks). "Held Egypt responsible" accuses
Egypt when the parser hangs "responsible" on the object (verb_parts). Two sides of one country
accusing each other are two events, one each way (pairing.rivals_at_home, merge). The Pacific
Islands Forum is in the actor dictionary (organisations.tsv)."""

from coding import code_text, side_codes, side_countries

PUB = "2024-03-14"  # a Thursday


def test_the_soldiers_are_the_troops_told_before(pipeline):
    text = ("Palestinian militants fired on Israeli troops near Jenin on Tuesday. The soldiers "
            "shot back and killed three of the militants, the army said.")
    events = code_text(pipeline, text, PUB)
    assert ("ISR", "PSE") in side_countries(events, "ASSAULT")


def test_the_boat_is_the_boat_told_before(pipeline):
    text = ("Chinese coast guard ships blocked a Philippine fishing boat near Scarborough Shoal "
            "on Monday. The Chinese vessels fired water cannon at the boat.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "COERCE") == [("CHN", "PHL")]


def test_a_capital_that_speaks_is_its_government(pipeline):
    text = ("Britain, France and Germany urged Iran on Monday to suspend enrichment. "
            "Washington, which accuses Tehran of building a bomb, has said it will take the "
            "matter to the U.N. Security Council if the deadline passes.")
    events = code_text(pipeline, text, PUB)
    assert "USA" in {e.source.country for e in events}
    assert "GBR" not in {e.source.country for e in events if "Washington" in e.source.text}


def test_held_responsible_with_the_adjective_on_the_object(pipeline):
    text = "Ethiopia held Egypt responsible for the attack on the dam on Tuesday."
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ACCUSE") == [("ETH", "EGY")]


def test_two_sides_of_one_country_accusing_each_other(pipeline):
    text = ("South Sudan's government and rebels accused each other on Wednesday of violating "
            "a ceasefire.")
    events = code_text(pipeline, text, PUB)
    assert side_codes(events, "ACCUSE") == [("SSDGOV", "SSDREB"), ("SSDREB", "SSDGOV")]


def test_the_pacific_islands_forum_is_an_international_body(pipeline):
    text = ("The Pacific Islands Forum on Monday demanded that Fiji hold elections by March. "
            "Fiji's military ruler has rejected the forum's demands.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "REJECT") == [("FJI", None)]
    assert [e.target.code for e in events if e.event_type == "REJECT"] == ["IGOPACPIF"]
