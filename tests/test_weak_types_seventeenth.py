"""The seventeenth session's rules for the weakest types (THREATEN, AGREE, ...).

- A vow to answer a blow ("vowed to retaliate for the Ukrainian strike", "swore to respond for
  the Israeli raid") is a threat aimed at the striker: an attack named after "for" is what is
  answered, not a cause fought for ("vowed to fight for free elections" stays no threat).
- Harm said to come to a foe ("said its soldiers would crush the protesters", "will hunt down
  the opponents") is a threat, as a vowed one is; harm to no foe ("would crush inflation") is not.
- An answer promised as a set phrase ("would not go unanswered", "will not remain unpunished",
  "would not be left unanswered") is a threat.
- A promise whose vowed act is such a threat ("promised to respond to the Israeli raid") is
  the threat alone, not also a pledge (AGREE); an attack of a named side ("the Israeli raid",
  "Russia's strikes") is a foe's blow that a promised answer is aimed at.
"""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Moscow vowed on Tuesday to retaliate for a Ukrainian drone strike on an oil refinery "
     "in Kursk.", ("RUS", "UKR")),
    ("North Korea vowed to retaliate for the South Korean shelling of its border posts.",
     ("PRK", "KOR")),
    ("Armenia swore to respond for the Azerbaijani raid on its village.", ("ARM", "AZE")),
    ("Tehran promised to respond to the Israeli raid on its consulate in Beirut.",
     ("IRN", "ISR")),
])
def test_vowed_answer_to_a_blow_is_a_threat(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "THREATEN")
    assert not of_type(events, "AGREE")


@pytest.mark.parametrize("text", [
    "Georgia's opposition vowed to fight for free elections.",
    "Chile's miners' union pledged to fight for better wages for its members.",
])
def test_fight_for_a_cause_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Myanmar's junta said its soldiers would crush the protesters in Mandalay.",
     ("MMR", "MMR")),
    ("Ethiopia's army said on Sunday it would crush the rebels in the north.", ("ETH", "ETH")),
    ("Sudan's army chief said his forces would wipe out the RSF militia.", ("SDN", "SDN")),
    ("Belarus's president said security forces will hunt down the opponents who fled abroad.",
     ("BLR", "BLR")),
])
def test_harm_said_to_come_is_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "Ukraine's defence ministry said the army would destroy its stockpile of old mines.",
    "Argentina's government said it would crush inflation this year.",
])
def test_harm_to_no_foe_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Latvia expelled two Russian diplomats on Monday. Russia's foreign ministry said the "
     "move would not go unanswered.", ("RUS", "LVA")),
    ("Denmark will station 800 troops in Latvia from January. Moscow said the deployment "
     "would not be left unanswered.", ("RUS", "DNK")),
    ("Israeli jets struck a Hezbollah depot in southern Lebanon on Sunday. Hezbollah said "
     "the attack would not go unpunished.", ("LBN", "ISR")),
    ("Ukraine's navy struck a Russian patrol ship on Sunday. The Kremlin said such attacks "
     "will not remain unanswered.", ("RUS", "UKR")),
])
def test_answer_promised_as_a_set_phrase_is_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "Kenya's ministry said the letter from Uganda would not go unread.",
    "Officials in Peru said the changes would not go unnoticed by voters.",
])
def test_other_unmet_words_are_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")
