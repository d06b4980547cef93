"""Force, coercion and mobilisation, ninth session: a past verb the parser reads as an
adjective, and lexicon families (hanging people, British "despatch", mustering troops,
shuttering or muzzling the press). Sentences written by hand, not taken from the dev set."""

import pytest
from coding import code_text, side_countries

PUB = "2024-05-10"


@pytest.mark.parametrize(("text", "event_type", "sides"), [
    ("A Moscow court jailed opposition politician Ilya Yashin for eight years on Friday.",
     "COERCE", ("RUS", "RUS")),
    ("A Minsk court jailed opposition activist Maria Kolesnikova on Tuesday.",
     "COERCE", ("BLR", "BLR")),
    ("Azerbaijan concentrated forces near the Armenian frontier, Yerevan said on Monday.",
     "MOBILIZE", ("AZE", "ARM")),
    ("Venezuela concentrated troops along the Guyanese border on Sunday, Georgetown said.",
     "MOBILIZE", ("VEN", "GUY")),
])
def test_a_past_verb_read_as_an_adjective_is_the_clause_verb(pipeline, text, event_type, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), event_type)


@pytest.mark.parametrize(("text", "event_type", "source"), [
    ("Britain despatched two warships to the Gulf on Tuesday.", "MOBILIZE", "GBR"),
    ("Russia mustered tens of thousands of troops near the Ukrainian border on Monday.",
     "MOBILIZE", "RUS"),
    ("Myanmar's junta shuttered the country's largest independent newspaper on Friday.",
     "COERCE", "MMR"),
    ("Iran hanged two dissidents on Monday, the judiciary said.", "ASSAULT", "IRN"),
])
def test_lexicon_families(pipeline, text, event_type, source):
    sides = side_countries(code_text(pipeline, text, PUB), event_type)
    assert any(s == source for s, _ in sides)


@pytest.mark.parametrize("text", [
    "Russian missiles rained down on Kyiv overnight, damaging two power plants.",
    "Israeli artillery shells rained down on Khiam in southern Lebanon on Tuesday.",
])
def test_shells_raining_down_on_a_place_are_an_attack(pipeline, text):
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT")


def test_a_backer_named_before_a_participle_stays_a_modifier(pipeline):
    events = code_text(pipeline, "Iran-backed militias fired rockets at a US base in Syria.", PUB)
    assert ("IRN", "USA") in side_countries(events, "ASSAULT")


def test_despatching_an_envoy_is_a_visit_not_a_deployment(pipeline):
    events = code_text(pipeline, "France despatched an envoy to Niger on Monday.", PUB)
    assert not side_countries(events, "MOBILIZE")
