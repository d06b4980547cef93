"""Which side of a trigger is the source and which the target, second round (pairing.py,
arguments.py)."""

from coding import code_text, of_type


def test_people_held_whose_release_is_demanded_are_the_demanders(pipeline):
    text = ("Manila called on Beijing to free 20 fishermen arrested by Chinese police near the "
            "shoal.")
    detentions = of_type(code_text(pipeline, text, "2016-06-10"), "COERCE")
    assert [(e.source.country, e.target.country) for e in detentions] == [("CHN", "PHL")]


def test_boats_seized_of_people_whose_release_is_demanded(pipeline):
    text = ("Bahrain demanded on Wednesday that Qatar free 11 fishermen whose boats were seized "
            "by the Qatari coast guard on Monday.")
    detentions = of_type(code_text(pipeline, text, "2019-05-15"), "COERCE")
    assert [(e.source.country, e.target.country) for e in detentions] == [("QAT", "BHR")]


def test_claim_that_the_other_side_fired_first_blames_it(pipeline):
    text = "The Thai army said Cambodian troops fired first."
    accusations = of_type(code_text(pipeline, text, "2021-04-30"), "ACCUSE")
    assert [(e.source.country, e.target.country) for e in accusations] == [("THA", "KHM")]


def test_state_information_agency_speaks_for_its_country(pipeline):
    text = ("Tajikistan's state information agency Khovar said Kyrgyz forces had opened fire "
            "first.")
    accusations = of_type(code_text(pipeline, text, "2021-04-30"), "ACCUSE")
    assert [(e.source.country, e.target.country) for e in accusations] == [("TJK", "KGZ")]


def test_own_troops_firing_first_is_no_blame(pipeline):
    # a guard: passes on 21073be too (no accusation was made from such claims)
    text = "Cambodian troops shelled a Thai village. The Thai army said its troops fired first."
    assert of_type(code_text(pipeline, text, "2021-04-30"), "ACCUSE") == []


def test_sanctions_adopted_by_a_body_are_its_own(pipeline):
    text = ("North Korea fired a ballistic missile over northern Japan on Friday. The launch was a "
            "response to the sanctions adopted by the United Nations Security Council on Monday.")
    sanctions = of_type(code_text(pipeline, text, "2017-09-16"), "SANCTION")
    assert [(e.source.code[:3], e.target.country) for e in sanctions] == [("IGO", "PRK")]


def test_request_told_by_a_participle_goes_to_whom_its_verb_addresses(pipeline):
    text = ("Prime Minister Hun Sen wrote to the United Nations Security Council on Sunday asking "
            "for an urgent meeting to stop the fighting.")
    requests = of_type(code_text(pipeline, text, "2011-02-07"), "REQUEST")
    assert [e.target.code[:3] for e in requests] == ["IGO"]


def test_request_joined_to_a_thanks_goes_to_the_one_spoken_with(pipeline):
    text = ("United Nations Secretary-General Antonio Guterres will visit Pakistan on Friday. "
            "Foreign Minister Bilawal Bhutto Zardari spoke by phone on Sunday with Chinese Foreign "
            "Minister Wang Yi, thanking Beijing for its emergency aid and asking for 25,000 more "
            "tents, the ministry said.")
    requests = of_type(code_text(pipeline, text, "2022-09-06"), "REQUEST")
    assert [(e.source.country, e.target.country) for e in requests] == [("PAK", "CHN")]


def test_negotiators_meeting_somewhere_are_who_agreed(pipeline):
    text = ("Saudi and Houthi negotiators meeting in the Omani capital have agreed to exchange "
            "about 200 detainees, Omani and Houthi officials said on Tuesday.")
    agreements = of_type(code_text(pipeline, text, "2022-11-15"), "AGREE")
    assert {e.source.country for e in agreements} | {e.target.country for e in agreements} == {
        "SAU", "YEM"}


def test_detention_with_no_agent_is_by_who_last_acted_on_the_detainees_country(pipeline):
    text = ("Azerbaijani police charged two Iranian truck drivers with smuggling on Sunday. Two "
            "more Iranian drivers have been detained.")
    detentions = of_type(code_text(pipeline, text, "2021-10-05"), "COERCE")
    assert [(e.source.country, e.target.country) for e in detentions] == [("AZE", "IRN")]


def test_people_a_foreign_force_detains_belong_to_the_story_country(pipeline):
    text = ("Georgia accused Russia on Monday of grabbing more of its land after Russian border "
            "guards moved signs marking the boundary and detained three local farmers.")
    detentions = of_type(code_text(pipeline, text, "2015-07-13", dateline="TBILISI"), "COERCE")
    assert [(e.source.country, e.target.country) for e in detentions] == [("RUS", "GEO")]


def test_people_the_home_police_detain_stay_their_own(pipeline):
    # a guard: passes on 21073be too
    text = "Police in Minsk detained 40 people on Sunday."
    detentions = of_type(code_text(pipeline, text, "2015-07-13"), "COERCE")
    assert [(e.source.country, e.target.country) for e in detentions] == [("BLR", "BLR")]
