"""Sides, eighth session, fourth pass: a possessive in an object reached through a
preposition of a reported clause is the reporter's; "both warring parties", "all rival
factions" are the story's latest sides."""

from coding import side_countries


def test_possessive_after_preposition_is_the_reporters(pipeline):
    """"Uzbekistan's border service said Kyrgyz troops had opened fire on its posts": "its"
    is Uzbekistan's, not the Kyrgyz troops'."""
    from coding import code_text
    events = code_text(pipeline, "Tajikistan's border agency said Kyrgyz soldiers had opened "
                       "fire on its outposts near the disputed enclave.", "2022-09-14")
    assert side_countries(events, "ASSAULT") == [("KGZ", "TJK")]


def test_their_positions_after_preposition_are_the_reporters(pipeline):
    """"Armenian border guards said Azerbaijani troops had fired on their positions"."""
    from coding import code_text
    events = code_text(pipeline, "Armenian border guards said Azerbaijani troops had "
                       "fired on their positions overnight.", "2021-11-16")
    assert side_countries(events, "ASSAULT") == [("AZE", "ARM")]


def test_warring_parties_are_the_latest_sides(pipeline):
    """"pressed both warring parties": the army and the rebels who fought before, not the
    speaker's own world body."""
    from coding import code_text
    events = code_text(pipeline, "Sudan's army and the paramilitary Rapid Support Forces fought "
                       "for a third day in Omdurman. U.N. aid chief Martin Griffiths pressed "
                       "both warring parties to open corridors for food.", "2023-05-02")
    assert [t for _, t in side_countries(events, "REQUEST")] == ["SDN"]


def test_rival_factions_are_the_latest_sides(pipeline):
    """"appealed to the rival factions"."""
    from coding import code_text
    events = code_text(pipeline, "Government troops and Houthi rebels fought near the port of "
                       "Hodeidah. UN envoy Martin Griffiths appealed to all rival "
                       "factions to accept a ceasefire.", "2018-06-14")
    assert [t for _, t in side_countries(events, "REQUEST")] == ["YEM"]

