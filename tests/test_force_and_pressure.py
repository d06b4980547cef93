"""Force and pressure (ASSAULT, COERCE, MOBILIZE, THREATEN, PROTEST): the families of phrasings
news writers use for each act, each rule with hand-built sentences the dev set does not hold."""

import pytest
from coding import code_text, of_type

PUB = "2024-03-06"


def coded_types(pipeline, text):
    return {e.event_type for e in code_text(pipeline, text, PUB)}


@pytest.mark.parametrize("text", [
    "Mutinous soldiers ousted President Ali Bongo in Libreville on Wednesday.",
    "Army officers overthrew the elected government of Niger on Tuesday.",
    "The junta deposed Prime Minister Abdalla Hamdok in Khartoum on Monday.",
])
def test_a_ruler_removed_by_force_is_coercion(pipeline, text):
    assert "COERCE" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Venezuelan police placed opposition leader Leopoldo Lopez under house arrest on Friday.",
    "Belarusian security forces put the opposition candidate under arrest in Minsk on Sunday.",
    "Egyptian police took the activist Alaa Abd El-Fattah into custody in Cairo on Tuesday.",
])
def test_a_person_put_under_arrest_or_into_custody_is_arrested(pipeline, text):
    assert "COERCE" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ethiopian troops cordoned off the Bole district of Addis Ababa on Monday.",
    "Police in Yangon cleared protesters from the square outside City Hall on Thursday.",
    "Iranian authorities clamped down on students in Tehran on Tuesday.",
])
def test_curfews_declared_and_crowds_cleared_are_coercion(pipeline, text):
    assert "COERCE" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Turkish troops lobbed mortars at Kurdish positions in northern Syria on Sunday.",
    "Militants hurled grenades at an Indian army convoy in Kashmir on Monday.",
    "Hamas rained rockets on southern Israel on Saturday.",
])
def test_fire_told_by_the_weapon_thrown_is_an_assault(pipeline, text):
    assert "ASSAULT" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Russia sent two corvettes and a gunboat to the eastern Mediterranean on Monday.",
    "China moved an artillery regiment near the Indian border on Tuesday.",
    "Lukashenko ordered a paratrooper battalion to the western border on Sunday.",
    "Azerbaijan rushed reinforcements to the Armenian frontier on Friday.",
])
def test_forces_sent_by_their_craft_or_unit_are_mobilized(pipeline, text):
    assert "MOBILIZE" in coded_types(pipeline, text)


def test_ordered_equipment_is_a_purchase_not_a_mobilization(pipeline):
    # guard of the rule above (passes without it too)
    events = code_text(pipeline, "Nigeria ordered twelve attack helicopters from Turkey on "
                                 "Monday.", PUB)
    assert of_type(events, "MOBILIZE") == []


@pytest.mark.parametrize("text", [
    "India put its air bases along the western frontier on high alert on Monday.",
    "Seoul placed its missile batteries on standby after the launch on Friday.",
])
def test_bases_and_batteries_put_on_alert_are_mobilized(pipeline, text):
    assert "MOBILIZE" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Thousands of Serbians poured into the streets of Belgrade on Saturday.",
    "Tens of thousands of Georgians filled the streets of Tbilisi on Sunday.",
    "Opposition supporters returned to the streets of Dhaka on Monday.",
])
def test_crowds_filling_the_streets_protest(pipeline, text):
    assert "PROTEST" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Dock workers in Karachi downed tools on Thursday.",
    "Bangladesh's opposition called a nationwide hartal for Sunday.",
    "The opposition alliance called a rally in Nairobi for Friday.",
])
def test_strikes_and_rallies_called_are_protests(pipeline, text):
    assert "PROTEST" in coded_types(pipeline, text)


@pytest.mark.parametrize(("text", "sides"), [
    ("North Korea said on Monday that Seoul would pay a heavy price for the drills.",
     ("PRK", "KOR")),
    ("Iran said on Tuesday that Washington would face grave consequences if it attacked.",
     ("IRN", "USA")),
    ("Moscow will pay dearly for this provocation, Ukraine's defence minister said on Friday.",
     ("UKR", "RUS")),
])
def test_a_penalty_promised_to_another_is_the_speakers_threat(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert [(e.source.country, e.target.country) for e in of_type(events, "THREATEN")] == [sides]


def test_a_price_paid_by_ones_own_side_is_no_threat(pipeline):
    # guard of the rule above (passes without it too)
    events = code_text(pipeline, "The unions said on Monday that workers would pay the price "
                                 "for the reforms.", PUB)
    assert of_type(events, "THREATEN") == []


@pytest.mark.parametrize("text", [
    "Hezbollah vowed on Tuesday to liberate the Shebaa Farms from Israel.",
    "Azerbaijan's president vowed on Sunday to retake Lachin from Armenian forces.",
])
def test_vowing_to_retake_land_is_a_threat(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert [e.status for e in of_type(events, "THREATEN")] == ["occurred"]


@pytest.mark.parametrize("text", [
    "A strike by teachers closed schools across Kenya on Monday.",
    "The Nigerian doctors' strike entered its third week on Monday.",
    "A 48-hour strike by Greek transport workers paralysed Athens on Thursday.",
    "Belgian dock workers voted on Tuesday to extend their strikes into a second week.",
])
def test_a_strike_workers_own_or_hold_for_a_stated_time_is_a_walkout(pipeline, text):
    types = coded_types(pipeline, text)
    assert "PROTEST" in types
    assert "ASSAULT" not in types


def test_a_strike_that_hits_a_place_stays_an_attack(pipeline):
    # guard of the rule above (passes without it too)
    events = code_text(pipeline, "The Israeli strike hit a house in Gaza City on Monday.", PUB)
    assert of_type(events, "ASSAULT")
    assert of_type(events, "PROTEST") == []


@pytest.mark.parametrize("text", [
    "North Korea test-fired two ballistic missiles into the sea off its east coast on Thursday.",
    "Pakistan test-launched a nuclear-capable cruise missile on Friday.",
])
def test_a_test_firing_is_a_show_of_arms_not_an_attack(pipeline, text):
    types = coded_types(pipeline, text)
    assert "MOBILIZE" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "Turkish drones neutralized six PKK militants in northern Iraq on Tuesday.",
    "Nigerian troops neutralised 12 Boko Haram insurgents near Maiduguri on Sunday.",
])
def test_militants_neutralized_are_attacked(pipeline, text):
    assert "ASSAULT" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "China boosted its naval presence near the Second Thomas Shoal on Monday.",
    "Russia doubled its garrison in Transnistria on Tuesday.",
])
def test_a_presence_boosted_is_a_mobilization(pipeline, text):
    assert "MOBILIZE" in coded_types(pipeline, text)


@pytest.mark.parametrize("text", [
    "Deby said on Monday that rebels based in Sudan want to seize N'Djamena.",
    "Prosecutors said the officers had plotted to assassinate the president of Guinea-Bissau.",
])
def test_force_only_wished_or_plotted_is_no_event(pipeline, text):
    assert not {"COERCE", "ASSAULT"} & coded_types(pipeline, text)


def test_a_planned_deployment_is_still_planned(pipeline):
    # guard of the rule above (passes without it too)
    events = code_text(pipeline, "Russia plans to deploy 10,000 troops to Belarus next month.",
                       PUB)
    assert [e.status for e in of_type(events, "MOBILIZE")] == ["planned"]
