"""The seventeenth session's rules for the weakest types (THREATEN, AGREE, ...).

- A vow to answer a named side's blow ("vowed to retaliate for the Ukrainian strike") is a threat
  aimed at the striker: an attack named after "for" is what is answered, not a cause fought for
  ("vowed to fight for free elections" stays no threat); a blow of no named side ("vowed to
  retaliate for the ambush") gives no target and no threat, and a walkout ("the Renfe strike")
  or a peaceful means ("by sending shelter kits", "with a new pay offer") is no blow answered.
- Harm said to come to a foe ("said its soldiers would crush the protesters", "will hunt down
  the opponents") is a threat, as a vowed one is; harm to no foe ("would crush inflation",
  "would eliminate any remaining duties"), a bare "would avenge" and harm in a contest ("crush
  its opponents in the municipal elections") are not; a promised answer to a crowd is none.
- An answer promised as a set phrase to a hostile act or measure ("the move would not go
  unanswered", "will not remain unpunished", "would not be left unanswered") is a threat of the
  speaker; to a letter or an invitation it is none.
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
    ("Armenia vowed to respond to the Azerbaijani shelling of its border villages.",
     ("ARM", "AZE")),
    ("Greece vowed to respond to the Turkish incursions with force, the defence minister said.",
     ("GRC", "TUR")),
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


@pytest.mark.parametrize("text", [
    # a crowd answered by a concession
    "Peru's president promised to respond to the truckers' protest with cheaper diesel for "
    "hauliers.",
    "Ghana's president vowed to respond to the demonstrators by reopening talks on the budget.",
    # a walkout, and a blow answered by help
    "Spain's labour minister promised to respond to the Renfe strike with a new pay offer for "
    "drivers.",
    "The UN refugee agency pledged to respond to the Russian strikes on Odesa by sending extra "
    "shelter kits.",
    # a blow of no named side: no one to aim at (not the speaker's own country)
    "The Nigerian president vowed to retaliate for the ambush.",
])
def test_answer_that_is_no_force_or_has_no_foe_is_no_threat(pipeline, text):
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
    "Chile said it would eliminate any remaining duties on Peruvian wine under the new accord.",
    "Iraq's national team said it would avenge its heavy defeat to Qatar last spring.",
    "Erdogan said the AKP would crush its opponents in the municipal elections next March.",
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
    ("Poland closed two Belarusian border crossings on Friday. Minsk said the decision would "
     "not go unanswered.", ("BLR", "POL")),
])
def test_answer_promised_as_a_set_phrase_is_a_threat(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [sides]  # the speaker's threat, once


@pytest.mark.parametrize("text", [
    "Chad's foreign ministry said the invitation from Sudan's army chief would not go "
    "unanswered.",
    "The health minister said the patients' complaints about the clinic would not go "
    "unanswered.",
    "Officials in Peru said the changes would not go unnoticed by voters.",
])
def test_unanswered_thing_that_is_no_hostile_act_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")
