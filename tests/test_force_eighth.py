"""Force (ASSAULT) still lost, eighth session: attacks whose doer is named only by a claim of
responsibility nearby, and past tenses the parser tags as presents. Each rule with hand-built
sentences the dev set does not hold."""

import pytest
from coding import code_text, side_countries

PUB = "2024-03-06"


@pytest.mark.parametrize(("text", "doer"), [
    ("Rockets struck a US base in eastern Syria on Sunday, wounding four American soldiers. "
     "The Islamic Resistance in Iraq claimed responsibility for the attack.", "IRQ"),
    ("Rockets slammed into an army base in northern Israel on Tuesday, wounding two soldiers. "
     "Hezbollah claimed the attack in a statement.", "LBN"),
    ("Missiles hit a Saudi air base near Khamis Mushait on Friday. The Houthi movement "
     "accepted responsibility for the strike.", "YEM"),
])
def test_an_attack_told_without_its_doer_is_the_claimants(pipeline, text, doer):
    sides = side_countries(code_text(pipeline, text, PUB), "ASSAULT")
    assert any(source == doer for source, _ in sides)


@pytest.mark.parametrize("text", [
    "A car bomb exploded outside a police station in Mogadishu on Monday, killing seven "
    "officers. No group has claimed responsibility.",
])
def test_a_claim_nobody_made_names_no_doer(pipeline, text):
    """No armed group is the doer; since the ninth session a bombing with no named doer is
    coded as by the place's country (blasts.py), as the gold's "*" allows."""
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "ASSAULT"]
    assert all(e.source is None or "REB" not in e.source.code for e in events)


@pytest.mark.parametrize("text", [
    "Malian troops retook the town of Kidal from Tuareg rebels on Monday, residents said.",
    "Syrian government forces retook the village of Kafr Nabudah on Wednesday.",
])
def test_a_past_tense_tagged_as_present_is_not_habitual(pipeline, text):
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT")


@pytest.mark.parametrize(("text", "origin"), [
    ("Two rockets were fired from Gaza at the Israeli city of Sderot on Monday.", "PSE"),
    ("Mortar shells were launched from Lebanon into northern Israel overnight, the army "
     "said.", "LBN"),
])
def test_fire_from_a_place_with_no_doer_is_that_sides(pipeline, text, origin):
    sides = side_countries(code_text(pipeline, text, PUB), "ASSAULT")
    assert any(source == origin for source, _ in sides)
