"""A new person who shares a given name with one named before is someone else ("John
Danforth" after "John Garang"), not the person remembered by that part (short_names.py)."""

from coding import code_text, side_countries

PUB = "2024-05-01"


def test_shared_given_name_is_another_person(pipeline):
    text = ("Ethiopia's government and the Tigrayan rebels resumed talks in Pretoria on Friday, "
            "and rebel spokesman Getachew Reda met Deputy Prime Minister Demeke Mekonnen. "
            "British envoy Getachew Smith on Sunday urged both sides to conclude a lasting "
            "agreement quickly.")
    pairs = side_countries(code_text(pipeline, text, PUB), "REQUEST")
    assert pairs and all(source == "GBR" for source, _ in pairs)


def test_given_name_alone_still_refers_back(pipeline):
    """Guard (passes before the change too): "William" alone is the William named before."""
    text = ("Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Nairobi "
            "on Friday. On Saturday William urged Ethiopia to open its border to aid.")
    pairs = side_countries(code_text(pipeline, text, PUB), "REQUEST")
    assert pairs and all(source == "KEN" for source, _ in pairs)
