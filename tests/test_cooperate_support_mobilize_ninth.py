"""Ninth-session (second pass) COOPERATE, SUPPORT and MOBILIZE families, on hand-built
sentences whose wording is not in the dev set."""

import pytest
from coding import code_text, side_countries

PUB = "2024-05-02"


@pytest.mark.parametrize("text, sides", [
    ("Algeria pledged its full support to Tunisia on Sunday.", ("DZA", "TUN")),
    ("Senegal pledged its backing to Gambia on Friday.", ("SEN", "GMB")),
])
def test_support_pledged_or_declared(pipeline, text, sides):
    """'pledged its support to X', 'pledged its backing to X' are SUPPORT, not AGREE."""
    assert sides in side_countries(code_text(pipeline, text, PUB), "SUPPORT")


@pytest.mark.parametrize("text, sides", [
    ("The Ghanaian president sent a congratulatory message to his Nigerian counterpart.",
     ("GHA", "NGA")),
    ("Chile conveyed its condolences to Peru after the floods on Monday.", ("CHL", "PER")),
])
def test_congratulations_and_condolences_sent(pipeline, text, sides):
    """A congratulatory message or condolences sent or conveyed to X are SUPPORT."""
    assert sides in side_countries(code_text(pipeline, text, PUB), "SUPPORT")


@pytest.mark.parametrize("text, country", [
    ("Moscow ferried paratroopers into Armenia on Friday.", "RUS"),
    ("Baku moved armoured vehicles towards the Lachin corridor, witnesses said.", "AZE"),
    ("Caracas activated reservists on Saturday, state television said.", "VEN"),
])
def test_troops_flown_in_armour_moved_reserves_activated(pipeline, text, country):
    """Troops ferried or shipped in, armour moved up, reserves activated are MOBILIZE."""
    events = code_text(pipeline, text, PUB)
    assert any(e.event_type == "MOBILIZE" and e.source.country == country for e in events)


@pytest.mark.parametrize("text, sides", [
    ("Filipino and Australian marines trained together on Palawan on Tuesday.", ("PHL", "AUS")),
    ("Kyrgyz and Tajik troops carried out joint counter-insurgency exercises on Monday.",
     ("KGZ", "TJK")),
])
def test_forces_exercising_together(pipeline, text, sides):
    """Forces that train or exercise together, or hold joint anti-X patrols (where the parser
    hangs 'joint' on the modifier), cooperate; they do not mobilise against each other."""
    found = side_countries(code_text(pipeline, text, PUB), "COOPERATE")
    assert sides in found or sides[::-1] in found
