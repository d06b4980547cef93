"""Captives and things handed over are no suspects (verb_parts.described_suspects).

- A handover is judicial cooperation only when a plain word for people is described as a
  suspect ("two women suspected of", "a man wanted by"): a captive named by calling ("an aid
  worker"), one held on a spying charge, one handed over in a swap, and a thing "wanted by a
  court" are no suspects, so the handover stays a release or no event.
- A joint search or hunt may be for the missing: it is cooperation with no military mode.
"""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Russia handed over to Germany a German man accused of spying for Berlin, the Kremlin said "
     "on Friday.", ("RUS", "DEU")),
    ("Venezuela handed over to the United States two men accused of drug trafficking in a "
     "prisoner swap brokered by Qatar on Wednesday.", ("VEN", "USA")),
    ("Iran handed over to Belgium a Belgian aid worker accused of smuggling currency on Friday, "
     "Belgian officials said.", ("IRN", "BEL")),
])
def test_a_captive_handed_over_is_released_not_extradited(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "RETREAT")
    assert not of_type(events, "COOPERATE")


def test_a_thing_wanted_by_a_court_is_no_suspect(pipeline):
    events = code_text(pipeline, "Egypt handed over to Sudanese officials the documents wanted "
                       "by a court in Khartoum on Sunday, the Egyptian foreign ministry said.", PUB)
    assert not of_type(events, "COOPERATE")


@pytest.mark.parametrize("text, sides", [
    ("Tunisia handed over to Algeria a man wanted by Algerian prosecutors for a series of bank "
     "robberies, officials said on Monday.", ("TUN", "DZA")),
    ("Ukraine handed over to Moldova two women suspected of running a people-smuggling ring, "
     "Ukrainian border guards said on Friday.", ("UKR", "MDA")),
])
def test_people_wanted_or_suspected_are_still_suspects(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "COOPERATE")


def test_a_joint_search_for_the_missing_is_no_military_act(pipeline):
    events = code_text(pipeline, "Indonesia and Malaysia launched a joint search on Monday for a "
                       "helicopter that went missing over Borneo, officials said.", PUB)
    cooperation = of_type(events, "COOPERATE")
    assert cooperation and all(e.mode is None for e in cooperation)
