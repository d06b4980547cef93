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


def test_an_act_wished_of_another_is_no_event(pipeline):
    events = code_text(pipeline, "Vajpayee told parliament on Wednesday that India wanted "
                                 "Pakistan to ban both groups, freeze their assets and arrest "
                                 "their leaders.", "2002-01-02")
    assert of_type(events, "COERCE") == []


def test_a_right_reserved_is_no_act(pipeline):
    events = code_text(pipeline, "Azerbaijan's president said the country reserved the right to "
                                 "liberate its occupied territories by force.", "2010-05-01")
    assert of_type(events, "COERCE") == []


def test_an_act_a_decree_allows_is_no_event(pipeline):
    events = code_text(pipeline, "Guatemala's government declared a state of siege in the "
                                 "province. The decree suspends the right of assembly and allows "
                                 "police and soldiers to detain suspects and search homes without "
                                 "a court order.", "2010-05-01")
    assert [e.source.code for e in of_type(events, "COERCE")] == ["GTMGOV"]  # the siege only


def test_a_mandate_to_send_troops_is_still_coded(pipeline):
    # guard (passes without the rule too): an authorisation is not a wish of another's act
    events = code_text(pipeline, "Turkey's parliament on Thursday authorised the government to "
                                 "send troops on cross-border operations into Syria.",
                       "2012-10-05")
    assert events


def test_people_released_by_a_side_are_released_not_releasing(pipeline):
    events = code_text(pipeline, "Fifteen Saudi soldiers released by the Houthis were flown from "
                                 "Sanaa to Riyadh on Friday.", "2019-11-30")
    assert [(e.source.country, e.target.country) for e in of_type(events, "RETREAT")] == [
        ("YEM", "SAU")]


def test_a_price_cap_reinstated_is_a_concession(pipeline):
    events = code_text(pipeline, "Kazakh President Tokayev reinstated a cap on fuel prices on "
                                 "Wednesday.", "2022-01-07")
    assert [(e.source.country, e.target.country) for e in of_type(events, "CONCEDE")] == [
        ("KAZ", "KAZ")]


def test_a_dissolved_parliament_reinstated_is_a_concession(pipeline):
    events = code_text(pipeline, "Nepal's King Gyanendra announced he was reinstating the "
                                 "parliament he dissolved in 2002.", "2006-04-25")
    assert [e.target.country for e in of_type(events, "CONCEDE")] == ["NPL"]


def test_monitoring_restored_lets_inspectors_back(pipeline):
    events = code_text(pipeline, "Iran agreed to restore IAEA monitoring after Grossi's visit.",
                       "2023-03-05")
    assert [(e.source.country, e.status) for e in of_type(events, "RETREAT")] == [
        ("IRN", "planned")]


def test_a_resignation_demanded_by_protesters_is_no_concession(pipeline):
    events = code_text(pipeline, "Protests organised by the Shor party in Moldova have drawn "
                                 "thousands of people demanding the government's resignation "
                                 "over soaring energy prices.", "2023-03-01")
    assert of_type(events, "CONCEDE") == []
    assert of_type(events, "PROTEST")
