"""The weakest types (CONCEDE, RETREAT): rules of news text, each with a hand-built sentence."""

from coding import code_text, of_type


def test_a_state_reopening_its_crossing_to_the_other_eases_a_blockade(pipeline):
    events = code_text(pipeline, "Pakistan reopened its border crossing with Afghanistan on "
                                 "Wednesday after a three-day closure.", "2016-06-15")
    assert [(e.source.code, e.target.code) for e in of_type(events, "RETREAT")] == [
        ("PAK", "AFG")]


def test_a_crossing_two_sides_agree_to_reopen_is_only_their_agreement(pipeline):
    # guard of the rule above (passes without it too): the agreement is the event
    events = code_text(pipeline, "Thailand and Cambodia agreed on Tuesday to reopen a border "
                                 "checkpoint that has been closed for five years.", "2016-06-15")
    assert of_type(events, "RETREAT") == []
    assert of_type(events, "AGREE")
