"""The fourteenth session's rules for the weakest types (THREATEN, CONCEDE, AGREE, COOPERATE):
a state's response promised with no manner named is a threat ("said Russia would respond,
without giving details"), a reply to a message or a response left open is not."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Estonia expelled two Russian diplomats on Tuesday. Foreign Ministry spokeswoman Maria "
     "Zakharova called the move a provocation and said Russia would respond, without giving "
     "details.", ("RUS", "EST")),
    ("Finland closed its border crossings with Russia on Monday. The Kremlin said Moscow "
     "would respond \"on the basis of reciprocity\".", ("RUS", "FIN")),
    ("Serbia recalled its ambassador from Montenegro on Friday. President Aleksandar Vucic "
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
