"""An act whose target would fall back to the doer's own country takes the one other state
its own object phrases name (object_states.py)."""

import pytest
from coding import code_text, side_countries

PUB = "2024-05-01"


@pytest.mark.parametrize("text, event_type, expected", [
    ("Tokyo will withdraw the complaint it lodged against Chile at the World Trade "
     "Organization, the Japanese trade ministry said on Tuesday.",
     "CONCEDE", ("JPN", "CHL")),
    ("Russian police raided the homes of ethnic Kazakhs in the city of Omsk last week, "
     "officials said.",
     "COERCE", ("RUS", "KAZ")),
])
def test_state_named_in_the_object(pipeline, text, event_type, expected):
    assert expected in side_countries(code_text(pipeline, text, PUB), event_type)


def test_country_named_outside_the_object_is_no_target(pipeline):
    """Guard (passes before the change too): talks with Chile are not what the police did;
    the target stays Japan's own."""
    text = ("Japanese police arrested 40 protesters outside parliament in Tokyo on Monday, "
            "hours after the prime minister returned from talks with Chile.")
    pairs = side_countries(code_text(pipeline, text, PUB), "COERCE")
    assert pairs and ("JPN", "CHL") not in pairs
