"""Mends after the sixteenth session's review: a suspecting word before a thing or a calling
makes no suspect (verb_parts.described_suspects), a relative clause that names no side gives
its verb no object (verb_parts.told_relative_head), a help that is what a verb offers keeps the
act it helps (unrealised_aims.py), and the one infinitive-"to" test (syntax.has_to_marker)."""

import pytest
from coding import code_text, of_type, side_countries

from newsevents.syntax import has_to_marker

PUB = "2024-03-14"


@pytest.mark.parametrize("text", [
    "Nigerian police handed over a suspected car bomb to army engineers in Maiduguri on "
    "Wednesday, officials said.",
    "The rebels handed over a wanted Dutch aid worker to Swiss diplomats in Goma on Sunday, "
    "the group said.",
])
def test_a_suspected_thing_or_a_wanted_calling_is_no_suspect(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "COOPERATE")


def test_alleged_traffickers_handed_over_are_still_suspects(pipeline):
    text = "Niger handed over six alleged people traffickers to Libya on Thursday."
    assert ("NER", "LBY") in side_countries(code_text(pipeline, text, PUB), "COOPERATE")


def test_a_relative_clause_naming_no_side_gives_no_self_targeted_act(pipeline):
    text = ("The import tariffs that Ottawa scrapped on Thursday had hit American steel, "
            "ministers said.")
    assert ("CAN", "CAN") not in side_countries(code_text(pipeline, text, PUB), "CONCEDE")


def test_a_relative_clause_naming_the_receiver_stays_an_act(pipeline):
    text = ("The armoured vehicles that Turkey handed over to the Somali army in April were "
            "used in the offensive.")
    assert ("TUR", "SOM") in side_countries(code_text(pipeline, text, PUB), "AID")


def test_an_offered_help_to_mediate_keeps_the_mediations_side(pipeline):
    text = ("Kazakhstan offered to help mediate between Armenia and Azerbaijan on Wednesday, "
            "the presidency in Astana said.")
    assert ("KAZ", "ARM") in side_countries(code_text(pipeline, text, PUB), "AGREE")


def test_help_sent_to_quell_unrest_still_drops_the_aim(pipeline):
    text = ("Chad sent soldiers to Cameroon on Monday to help crush the uprising in the north, "
            "the army said.")
    assert not of_type(code_text(pipeline, text, PUB), "COERCE")


def test_the_infinitive_marker(pipeline):
    doc = pipeline.nlp("Ghana vowed to press Togo and pressed Benin.")
    by_text = {t.text: t for t in doc}
    assert has_to_marker(by_text["press"]) and not has_to_marker(by_text["pressed"])
