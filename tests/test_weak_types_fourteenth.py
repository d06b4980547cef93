"""The fourteenth session's rules for the weakest types (THREATEN, CONCEDE, AGREE, COOPERATE):
a state's response promised with no manner named is a threat ("said Russia would respond,
without giving details") when it answers a hostile act of another side; a reply to a message,
a response to nothing hostile or one left open is not."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Estonia expelled two Russian diplomats on Tuesday. Foreign Ministry spokeswoman Maria "
     "Zakharova called the move a provocation and said Russia would respond, without giving "
     "details.", ("RUS", "EST")),
    ("Finland closed its border crossings with Russia on Monday. The Kremlin said Moscow "
     "would respond \"on the basis of reciprocity\".", ("RUS", "FIN")),
    ("Montenegro expelled the Serbian ambassador on Friday. President Aleksandar Vucic "
     "said the expulsion was unacceptable and that Belgrade would respond.", ("SRB", "MNE")),
])
def test_bare_response_is_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "Estonia expelled two Russian diplomats on Tuesday. Zakharova said Russia would respond "
    "to the Estonian note within days.",
    "Estonia expelled two Russian diplomats on Tuesday. Moscow did not say whether it would "
    "respond.",
])
def test_reply_or_open_response_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    # nothing done to the speaker's country: a storm, a request, a letter
    "A cyclone flooded the port city on Sunday. The Bangladeshi cabinet said it would respond "
    "within the week.",
    "Greece asked Italy to return the marble statues. The Italian culture ministry said it "
    "would respond in due course.",
    "Hungary sent a diplomatic note to Slovakia on Friday. Slovak officials said Bratislava "
    "would respond after reading it.",
    "Prime Minister Anthony Albanese said Canberra would respond at the appropriate time.",
])
def test_bare_response_with_no_hostile_act_before_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


def test_bare_response_to_an_act_told_in_its_own_sentence(pipeline):
    """The speaker names the act it answers, done to a third side."""
    text = ("Beijing said the supply of missiles to Taiwan by France crossed a red line and "
            "China would respond. No details were given.")
    assert side_countries(code_text(pipeline, text, PUB), "THREATEN") == [("CHN", "FRA")]


def test_bare_response_is_aimed_at_the_one_who_acted(pipeline):
    """Aimed at the author of the hostile act answered, not at the speaker's own country."""
    text = ("Vietnam seized three Chinese fishing boats on Thursday. A spokesman in Beijing said "
            "China would respond at a time of its choosing.")
    assert side_countries(code_text(pipeline, text, PUB), "THREATEN") == [("CHN", "VNM")]


@pytest.mark.parametrize("text", [
    "Chile and Argentina pledged reciprocal steps to simplify border checks for truckers.",
    "Hanoi promised reciprocal measures to expand tourism with Thailand.",
])
def test_reciprocal_steps_for_a_friendly_purpose_are_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "The health minister said Zambia would take appropriate measures if the cholera outbreak "
    "spread further.",
    "The finance ministry said it would take adequate measures if fuel prices kept climbing, "
    "Ghana's president said.",
])
def test_mild_measures_on_a_domestic_condition_are_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


def test_appropriate_measures_on_a_foreign_condition_stay_a_threat(pipeline):
    text = "Manila said it would take appropriate measures if Chinese vessels entered its waters."
    assert ("PHL", "CHN") in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Lithuania expelled two Belarusian diplomats on Tuesday. Minsk promised retaliatory "
     "measures.", ("BLR", "LTU")),
    ("Lithuania expelled two Belarusian diplomats on Tuesday. The Belarusian foreign ministry "
     "summoned the Lithuanian charge d'affaires, pledging \"reciprocal steps\".",
     ("BLR", "LTU")),
])
def test_promised_hostile_answer_is_a_threat(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "THREATEN")
    assert sides not in side_countries(events, "AGREE")


def test_proportionate_measures_on_a_condition_are_a_threat(pipeline):
    text = ("Sudanese troops shelled Chadian border posts on Sunday. A government spokesman "
            "in N'Djamena said Chad could take \"proportionate measures\" if Khartoum kept up "
            "its attacks.")
    assert ("TCD", "SDN") in side_countries(code_text(pipeline, text, PUB), "THREATEN")


def test_handed_over_before_a_number_is_a_handover(pipeline):
    text = ("Armenia and Azerbaijan each handed over 150 prisoners of war on Sunday, officials "
            "in Yerevan and Baku said.")
    events = code_text(pipeline, text, PUB)
    released = side_countries(events, "RETREAT") + side_countries(events, "CONCEDE")
    assert ("ARM", "AZE") in released and ("AZE", "ARM") in released


def test_harsh_words_are_one_list():
    """Conditional threats and promised responses read one list (data/lexicon/harsh_words.tsv)."""
    from newsevents import conditional_threats, harm_vows, harsh_words
    assert harm_vows.FIRM_RESPONSE_WORDS is harsh_words.FIRM_RESPONSE_WORDS
    assert conditional_threats.HARSH_MEASURE_WORDS is harsh_words.HARSH_MEASURE_WORDS
    assert {"appropriate", "adequate"} <= harsh_words.MILD_MEASURE_WORDS
    assert not harsh_words.MILD_MEASURE_WORDS & harsh_words.HARSH_MEASURE_WORDS
