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
