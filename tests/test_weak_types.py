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


def test_a_signed_ceasefire_is_also_a_truce_to_be_kept(pipeline):
    events = code_text(pipeline, "Sudan's army and the paramilitary Rapid Support Forces signed a "
                                 "seven-day ceasefire in Jeddah on Saturday.", "2023-05-21")
    truces = of_type(events, "RETREAT")
    assert [(e.source.country, e.target.country, e.status) for e in truces] == [
        ("SDN", "SDN", "planned")]
    assert not truces[0].date.is_stated
    assert of_type(events, "AGREE")


def test_a_ceasefire_agreement_signed_is_a_truce_to_be_kept(pipeline):
    events = code_text(pipeline, "Colombia's government and the FARC rebels signed a definitive "
                                 "ceasefire agreement in Havana on Thursday.", "2016-06-24")
    assert [e.status for e in of_type(events, "RETREAT")] == ["planned"]
