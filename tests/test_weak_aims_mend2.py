"""Second mends of the fourteenth session's weak threats: a bare response answers a hostile
act or one told in the speaker's own words; expulsion ultimatums compare countries; named
former officials can be sanctioned; mild measures need a foreign condition; a joint threat
against a third side stays a threat."""

import pytest
from coding import code_text, of_type

PUB = "2024-03-14"


@pytest.mark.parametrize("text", [
    "Iran said it would respond at the right time while India and Oman opened a new "
    "consulate on Tuesday.",
    "Spain delivered food to drought victims in Morocco on Sunday, and Algeria said it would "
    "respond in due course.",
])
def test_bare_response_beside_a_friendly_act_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


def test_named_former_official_can_be_sanctioned(pipeline):
    """An explicit sanction of a former official of one's own country stays a sanction."""
    text = ("Georgia imposed sanctions on a former Georgian defence minister for corruption on "
            "Thursday.")
    assert of_type(code_text(pipeline, text, PUB), "SANCTION")
