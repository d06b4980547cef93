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
