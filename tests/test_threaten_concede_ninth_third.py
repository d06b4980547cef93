"""Threat and concession phrasings of the ninth session, third pass: vows to destroy an enemy
("vowed to uproot", "pledged to wipe out", "swore to make X pay"), refusals to stand idle,
retaliation announced with a trailing speech verb, penalties to face or bear, acts a
revoking verb takes back, reinstated workers, scrapped rises and early elections."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("The Pakistani army vowed to uproot the Taliban from their hideouts along the Afghan "
     "border.", ("PAK", "AFG")),
    ("Israel's prime minister vowed to eliminate Hamas after the rocket barrage.",
     ("ISR", "PSE")),
    ("Iran's supreme leader pledged to wipe out Israel if it attacked Iranian soil.",
     ("IRN", "ISR")),
    ("India's defence minister vowed to teach Pakistan a lesson after the attack.",
     ("IND", "PAK")),
    ("Houthi leaders swore to make the United States pay for the airstrikes on Sanaa.",
     ("YEM", "USA")),
])
def test_vow_to_destroy_is_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "Germany's health minister vowed to eliminate measles by 2030.",
    "The central bank vowed to crush inflation in Turkey this year.",
])
def test_vow_against_no_enemy_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Egypt will not stand idly by if Ethiopia fills the dam without an agreement, Cairo "
     "said.", ("EGY", "ETH")),
    ("Venezuela will not sit idly by while Guyana lets foreign troops into the Essequibo, "
     "Caracas said.", ("VEN", "GUY")),
])
def test_refusing_to_stand_idle_is_a_threat(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "THREATEN")
    assert not of_type(events, "REJECT")


@pytest.mark.parametrize("text, sides", [
    ("Tehran will retaliate swiftly and severely against any Israeli attack, the Iranian "
     "army chief said.", ("IRN", "ISR")),
    ("The United States said China would face repercussions if it supplied weapons to "
     "Russia.", ("USA", "CHN")),
    ("Beijing said the Philippines would bear all consequences of its actions in the South "
     "China Sea.", ("CHN", "PHL")),
])
def test_promised_retaliation_and_penalty(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, revoked", [
    ("Spain scrapped plans to expel the Venezuelan ambassador.", "SANCTION"),
    ("Canada cancelled a decision to impose tariffs on Chinese electric vehicles.",
     "SANCTION"),
    ("The Indian government withdrew its decision to ban wheat exports to Bangladesh.",
     "SANCTION"),
])
def test_revoked_act_is_no_event(pipeline, text, revoked):
    assert not of_type(code_text(pipeline, text, PUB), revoked)


@pytest.mark.parametrize("text, sides", [
    ("The Chilean government reinstated 300 sacked copper miners after a month-long strike.",
     ("CHL", "CHL")),
    ("Bolivia's mining ministry rehired the dismissed workers after the blockade ended.",
     ("BOL", "BOL")),
    ("The French government scrapped the fuel tax rise after weeks of yellow vest protests.",
     ("FRA", "FRA")),
    ("Peru's president agreed to hold early elections after weeks of deadly protests.",
     ("PER", "PER")),
    ("Serbia's prime minister called snap elections after months of student protests.",
     ("SRB", "SRB")),
])
def test_concessions_to_own_people(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "CONCEDE")


@pytest.mark.parametrize("text, sides", [
    ("Somali militants vowed on Sunday to turn the city into \"a graveyard\" for Ethiopian "
     "troops.", ("SOM", "ETH")),
    ("Iran's supreme leader vowed to reduce Tel Aviv to ashes.", ("IRN", "ISR")),
    ("Somalia's president vowed on Saturday to \"uproot\" al Shabaab from the farming towns.",
     ("SOM", "SOM")),
    ("Bogota vows to respond to Ecuador's tariff.", ("COL", "ECU")),
    ("China's defence ministry said Beijing would take resolute countermeasures against "
     "Japan.", ("CHN", "JPN")),
])
def test_ruin_fight_and_response_vowed(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")
