"""A call for someone's release is made to the side holding them (release_holders.py)."""

from coding import code_text, side_countries

PUB = "2024-05-01"


def test_release_demand_targets_the_holder(pipeline):
    text = ("Russian border guards detained two Georgian villagers near the boundary line with "
            "South Ossetia on Monday, Georgia's State Security Service said. Tbilisi protested. "
            "The European Union's monitoring mission called for the villagers' immediate "
            "release.")
    pairs = side_countries(code_text(pipeline, text, PUB), "REQUEST")
    assert pairs and all(target == "RUS" for _, target in pairs)


def test_other_demands_keep_their_target(pipeline):
    """Guard (passes before the change too): a demand that names no release keeps its
    target: "urged Georgia to keep talking"."""
    text = ("TBILISI (Reuters) - Russian border guards detained two villagers near the boundary "
            "line with South Ossetia on Monday. The European Union urged Georgia to keep "
            "talking.")
    pairs = side_countries(code_text(pipeline, text, PUB), "REQUEST")
    assert pairs and all(target == "GEO" for _, target in pairs)
