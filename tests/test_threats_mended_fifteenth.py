"""Threats and refusals mended after the fifteenth session's review (threats.py, status.py,
refused_acts.py).

- A weighed measure is a threat only when the weighing is the speaker's own now: not a
  weighing denied ("is not considering expelling"), over ("had considered ..."), given up
  ("... but opted for talks") or scheduled ("will consider ... at a summit next month"); a
  future weighing on a condition ("will consider expelling ... if") stays one.
- A conditional protest whose subject is "they" is the speaker's own only when the speaker is
  a group ("unions said they would strike unless"); a minister saying "they would march" tells
  of others, and their protest stays hypothetical.
- "Would offer no compromise / no concession" refuses giving in, as "would make no
  concessions" does: a REJECT and a negated AGREE, not a planned one.
"""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text", [
    "Canada is not considering expelling the Indian envoy over the killing, the prime minister "
    "said.",
    "France had weighed imposing tariffs on Brazilian beef but opted for talks instead, a "
    "French minister said.",
    "Australia had considered expelling the Chinese ambassador during the trade row, an "
    "official recalled.",
    "Canadian ministers will consider imposing tariffs on Chinese steel at a cabinet meeting "
    "next month.",
])
def test_a_weighing_denied_over_or_scheduled_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Poland will consider expelling Belarusian diplomats if the border incidents continue, "
     "the foreign minister said.", ("POL", "BLR")),
    ("India would consider imposing sanctions on Pakistan over the attack, officials in New "
     "Delhi said on Monday.", ("IND", "PAK")),
])
def test_a_weighing_said_now_or_on_a_condition_is_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


def test_they_of_a_single_speaker_are_others_not_the_speaker(pipeline):
    events = code_text(pipeline, "Ghana's finance minister said they would march on parliament "
                       "unless the levy is withdrawn, referring to traders in Accra.", PUB)
    assert not of_type(events, "THREATEN")
    assert [e.status for e in of_type(events, "PROTEST")] == ["hypothetical"]


def test_they_of_a_group_speaker_is_the_group(pipeline):
    events = code_text(pipeline, "Nigerian unions said they would go on strike unless fuel "
                       "subsidies are restored, a union leader said.", PUB)
    assert of_type(events, "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Croatia would offer no concession to Slovenia over the bay, the Croatian prime minister "
     "said.", ("HRV", "SVN")),
    ("Greece would offer no compromise to Ankara on the islands, a Greek government spokesman "
     "said.", ("GRC", "TUR")),
])
def test_offering_no_compromise_is_a_refusal(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "REJECT")
    assert all(e.status == "negated" for e in of_type(events, "AGREE"))


def test_offering_a_compromise_stays_an_agreement(pipeline):
    events = code_text(pipeline, "Turkey said it would offer a compromise to Greece over the "
                       "islands, a Turkish official said.", PUB)
    assert not of_type(events, "REJECT")
    assert [e.status for e in of_type(events, "AGREE")] == ["planned"]
