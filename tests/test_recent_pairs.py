""""The two allies", "the two countries", "both governments" mean the pair the story has just
named (and set together before), not the pair it names most often (recent_pairs.py)."""

import pytest
from coding import code_text, side_countries

PUB = "2023-08-08"

CHINA_PHILIPPINES = (
    "The Philippines summoned China's ambassador on Monday after a Chinese coast guard ship fired "
    "a water cannon at a Philippine supply boat. China rejected the Philippine protest on Monday. "
    "China accused the Philippines of an illegal intrusion. ")


@pytest.mark.parametrize("text, event_type, expected", [
    (CHINA_PHILIPPINES + "The United States said it supported the Philippines. "
     "The two allies will hold joint naval patrols in the area next week.",
     "COOPERATE", [("USA", "PHL")]),
    (CHINA_PHILIPPINES + "Japan has delivered five patrol boats to the Philippines. "
     "Coast guard crews from the two countries will hold a joint exercise next week.",
     "COOPERATE", [("JPN", "PHL")]),
])
def test_pair_just_named(pipeline, text, event_type, expected):
    assert side_countries(code_text(pipeline, text, PUB), event_type) == expected


def test_the_two_leaders_just_named(pipeline):
    text = ("Iran seized a Greek oil tanker in the Gulf of Oman on Thursday. Tehran said the "
            "seizure answered the confiscation of Iranian oil by Athens, and it warned that "
            "more ships could follow. Prime Minister Kyriakos Mitsotakis condemned the seizure "
            "and spoke by telephone with French President Emmanuel Macron, Greece's government "
            "said. The two leaders agreed to step up pressure on Tehran.")
    assert side_countries(code_text(pipeline, text, PUB), "AGREE") == [("GRC", "FRA")]


def test_a_pair_holding_the_speaker_is_not_the_pair_it_urges(pipeline):
    """"the United States urged both countries": not the US-Vietnam pair of the drills."""
    text = ("A Chinese coast guard ship rammed a Vietnamese fishing boat on Monday, and China "
            "and Vietnam traded accusations over the incident. The United States and Vietnam "
            "held joint naval drills in the area last month. On Tuesday, the United States "
            "urged both countries to avoid escalation.")
    pairs = side_countries(code_text(pipeline, text, PUB), "REQUEST")
    assert pairs and ("USA", "VNM") not in pairs and all(source == "USA" for source, _ in pairs)
