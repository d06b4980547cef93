"""The twenty-second session's parse repair for "asset freezes" read as a verb
(freeze_repairs.py): the sanction is read with its doer and its target."""

from coding import code_text, side_prefixes

PUB = "2024-05-14"


def test_asset_freezes_after_the_verb_are_a_sanction(pipeline):
    text = ("Britain on Monday imposed asset freezes and travel bans on five senior Georgian "
            "officials over what it called a violent crackdown on journalists.")
    assert ("GBR", "GEO") in side_prefixes(code_text(pipeline, text, PUB), "SANCTION")


def test_announced_asset_freezes_against_firms_are_a_sanction(pipeline):
    text = ("Britain and Canada announced parallel asset freezes against two Iranian firms on "
            "Tuesday.")
    sides = side_prefixes(code_text(pipeline, text, PUB), "SANCTION")
    assert ("GBR", "IRN") in sides and ("CAN", "IRN") in sides


def test_freezes_as_a_verb_is_left_alone(pipeline):
    doc = pipeline.nlp("The government freezes the assets of three former ministers.")
    freezes = next(t for t in doc if t.lower_ == "freezes")
    assert freezes.pos_ == "VERB" and freezes.dep_ == "ROOT"


def test_asset_freezes_become_the_verbs_object(pipeline):
    doc = pipeline.nlp("The EU imposed travel bans and asset freezes on five members of the junta.")
    freezes = next(t for t in doc if t.lower_ == "freezes")
    assert freezes.pos_ == "NOUN" and freezes.head.lower_ in ("imposed", "bans")
