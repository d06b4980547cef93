"""Tenth-session places: an occasion's own describing clause names where it was held ("at a
summit, which was held in Addu", "on the sidelines of a forum held in Manila"), and the acts
done at the occasion happened there.

Each test uses a hand-built sentence the code at 0851846 got wrong."""

from coding import code_text, place_names


def places(pipeline, text, event_type, pub="2024-03-15"):
    return place_names(code_text(pipeline, text, pub), event_type)


def test_agreement_at_a_summit_whose_clause_names_its_town(pipeline):
    text = ("Chile and Peru signed a maritime accord on Thursday at a regional summit, which "
            "was held in Lima.")
    assert places(pipeline, text, "AGREE") == ["Lima"]


def test_meeting_on_the_sidelines_of_a_forum_held_in_a_town(pipeline):
    text = ("The Philippine foreign minister met his Chinese counterpart on Thursday on the "
            "sidelines of a forum held in Manila.")
    assert places(pipeline, text, "CONSULT") == ["Manila"]


def test_agreement_to_act_made_at_talks_that_took_place_in_a_town(pipeline):
    text = ("Ethiopia and Kenya agreed on Thursday to reopen their border at talks that took "
            "place in Nairobi.")
    assert places(pipeline, text, "AGREE") == ["Nairobi"]


def test_describing_clause_hung_on_the_wrong_noun_still_places_the_talks(pipeline):
    text = ("Indian and Pakistani officials said talks between the two countries, held in "
            "Doha on Thursday, ended without a deal.")
    assert places(pipeline, text, "CONSULT") == ["Doha"]


def test_town_name_split_at_its_hyphen_is_read_whole(pipeline):
    text = ("Myanmar's army shelled villages on Thursday near Hpa-an, the capital of Karen "
            "state, residents said.")
    assert places(pipeline, text, "ASSAULT") == ["Hpa-An"]
