"""Places of the twenty-fourth session. A later sentence that retells an unplaced act places it
(``retold_places``): a definite noun naming the act whose own clause or verb tells it held,
made or happening somewhere ("The accord, concluded in Doha, ..."), or the next sentence's main
passive telling what a release or a delivery was done to handed over somewhere ("The fishermen
were handed over to Somali officials in Kismayo"). A place the retelling names only as where
people came from or went to, or in a clause of its own, places nothing. A bearing with no
distance sets a scene off a place ("waters west of Palawan"), unless it says where another
named place lies; a planned agreement of the sides of planned talks comes out of them."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def test_a_deal_retold_as_concluded_in_a_town_is_placed_there(pipeline):
    text = ("Ghana and the World Bank reached agreement on Tuesday on a two-year credit line. "
            "The deal, concluded in Paris after weeks of talks, doubles the support for "
            "farmers.")
    assert place_names(code_text(pipeline, text, PUB), "AGREE") == ["Paris"]


def test_an_accord_retold_as_concluded_at_a_meeting_is_placed_at_its_town(pipeline):
    text = ("Ecuador and Peru agreed on Monday to open a second border crossing. The accord, "
            "concluded at a meeting in the border town of Huaquillas, also covers customs "
            "checks.")
    assert place_names(code_text(pipeline, text, PUB), "AGREE") == ["Huaquillas"]


def test_a_release_retold_by_a_handover_passive_is_placed_there(pipeline):
    text = ("Kenya released 30 Somali fishermen on Tuesday. The fishermen were handed over to "
            "Somali officials in Kismayo.")
    assert place_names(code_text(pipeline, text, PUB), "RETREAT") == ["Kismayo"]


def test_a_handover_passive_does_not_place_another_act(pipeline):
    """Guard: the people handed over were released, not seized there."""
    text = ("Kenya released 30 Somali fishermen on Tuesday, a week after its coast guard seized "
            "their boats. The fishermen were handed over to Somali officials in Kismayo.")
    events = code_text(pipeline, text, PUB)
    assert place_names(events, "RETREAT") == ["Kismayo"]
    assert place_names(events, "COERCE") == [None]


def test_a_place_people_were_flown_to_is_no_place_of_the_release(pipeline):
    """Guard: "flown from ... to" tells where they went, not where they were freed."""
    text = ("Yemen's rebels freed 40 Saudi prisoners on Sunday. The prisoners were flown to "
            "Riyadh on a Red Cross aircraft, the ICRC said.")
    events = code_text(pipeline, text, PUB)
    released = [e for e in events if e.event_type in ("RETREAT", "CONCEDE")]
    assert released and all(e.location is None for e in released)


def test_waters_west_of_an_island_are_placed_at_the_island(pipeline):
    """A bearing with no distance sets the scene off a place (``attach._of_a_bearing``)."""
    text = ("Philippine and Japanese warships sailed together through waters west of Palawan "
            "on Monday.")
    assert place_names(code_text(pipeline, text, PUB), "COOPERATE") == ["Palawan"]


def test_a_bearing_said_of_a_named_town_leaves_the_town_the_place(pipeline):
    """Guard: "Balcad, north of Mogadishu" says where Balcad lies."""
    text = ("Three soldiers were killed on Monday when militants stormed an army base near the "
            "town of Balcad, north of Mogadishu, the army said.")
    assert place_names(code_text(pipeline, text, PUB), "ASSAULT") == ["Balcad"]


def test_an_agreement_to_come_at_talks_to_be_held_is_placed_there(pipeline):
    """A planned agreement of the sides of planned talks in a town comes out of them
    (``occasions.place_outcomes_at_talks``)."""
    text = ("Spain's interior minister will travel to Rabat on Thursday for talks with his "
            "Moroccan counterpart. The two ministers are expected to sign an agreement on police "
            "cooperation.")
    assert place_names(code_text(pipeline, text, PUB), "AGREE") == ["Rabat"]
