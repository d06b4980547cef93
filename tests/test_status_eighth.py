"""Coding-rule leftovers of the eighth session: capturing ground is fighting (verbs.tsv);
statuses of threats, failed talks and scheduled meetings (status.py and its helpers). Every
sentence is hand-built; none is worded as in the dev set."""

import pytest
from coding import code_text, of_type

PUB = "2021-03-10"


def types_of(pipeline, text):
    return {e.event_type for e in code_text(pipeline, text, PUB)}


@pytest.mark.parametrize("text", [
    "Houthi fighters seized the district of Harib in Yemen's Marib province on Monday.",
    "Sudanese troops captured the village of Um Dafuq from Chadian rebels on Sunday.",
    "Houthi fighters captured the district of Harib from Yemeni government forces.",
    "Azerbaijani forces recaptured the strategic town of Shusha from Armenian troops.",
    "Myanmar's army regained control of the town of Paletwa from the Arakan Army on Tuesday.",
    "Ethiopian troops took control of the town of Shire in Tigray on Monday.",
    "Boko Haram fighters seized the army outpost at Baga in Nigeria's Borno state.",
    "Iraqi forces liberated the city of Mosul from Islamic State fighters.",
    "Russian troops occupied the Ukrainian village of Hlyboke in early May, Kyiv said.",
    "Turkish forces occupied the Syrian border town of Afrin last week, the Kurds said.",
])
def test_capturing_ground_is_an_assault(pipeline, text):
    types = types_of(pipeline, text)
    assert "ASSAULT" in types and "COERCE" not in types, types


@pytest.mark.parametrize("text", [
    "Iran's navy seized a Greek oil tanker in the Gulf on Friday.",
    "Russian border guards seized two Georgian shepherds near the boundary line.",
    "Mali's army officers seized power in Bamako on Tuesday.",
])
def test_seizing_ships_people_or_power_stays_coercion(pipeline, text):
    types = types_of(pipeline, text)
    assert "COERCE" in types and "ASSAULT" not in types, types


def statuses(pipeline, text, event_type):
    return [e.status for e in of_type(code_text(pipeline, text, PUB), event_type)]


@pytest.mark.parametrize("text", [
    "The State Department said Washington would consider further sanctions against the "
    "Rwandan army commanders.",
    "Britain could mull new sanctions on Iran, the foreign secretary told parliament.",
])
def test_weighing_a_measure_is_a_threat_made_when_said(pipeline, text):
    assert statuses(pipeline, text, "THREATEN") == ["occurred"]


def test_weighing_a_measure_on_a_condition_stays_hypothetical(pipeline):
    text = "If the talks fail, the European Union could consider an embargo on Belarus."
    assert statuses(pipeline, text, "THREATEN") == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan failed to agree on withdrawing troops from the border, "
    "officials said.",
    "Serbia did not agree to release the Kosovo police officers.",
])
def test_an_act_agreed_on_in_talks_that_failed_is_no_event(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert not [e for e in events if e.event_type in ("RETREAT", "CONCEDE")], events


def test_an_act_insisted_on_is_hypothetical(pipeline):
    text = "Serbia insisted on holding talks with Kosovo in Brussels."
    assert statuses(pipeline, text, "CONSULT") == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "The African Union pressed for Ethiopian troops to be pulled out of Somalia.",
    "Germany pushed for Belgrade to release the detained Kosovo police officers.",
])
def test_an_act_called_or_pressed_for_is_hypothetical(pipeline, text):
    assert statuses(pipeline, text, "RETREAT") == ["hypothetical"]
