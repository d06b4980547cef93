"""The sixteenth session's pass on the weak types (CONCEDE, AGREE, THREATEN, COOPERATE) and
the type confusions between them."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Kenya's government dropped a planned increase in the fuel levy on Monday after two "
     "days of riots.", ("KEN", "KEN")),
    ("The Ghanaian finance ministry abandoned the proposed hike in electricity tariffs after "
     "protests.", ("GHA", "GHA")),
    ("Argentina's cabinet dropped the new tax on exports following a week of farmer "
     "blockades.", ("ARG", "ARG")),
    ("Senegal abandoned its controversial press law after journalists staged a walkout.",
     ("SEN", "SEN")),
])
def test_a_dropped_levy_or_law_is_a_concession(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "CONCEDE")


@pytest.mark.parametrize("text", [
    "The price of bread dropped sharply in Egypt last month.",
    "Nigerian troops abandoned the town after heavy fighting.",
])
def test_a_falling_price_or_a_lost_town_is_no_concession(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "CONCEDE")


@pytest.mark.parametrize("text", [
    "The French foreign ministry urged Baku to show restraint, warning that a fresh offensive "
    "would destabilise the whole Caucasus.",
    "Nigeria's president appealed for funds, warning that gains against the insurgents could "
    "be lost within months.",
    "Britain warned that a new assault on the city would put thousands of civilians at risk.",
    "The Malian interior minister warned that the rebels would not be defeated by the army "
    "alone.",
    "The aid agency warned that the fighting could undermine the truce if the rains came late.",
    "The central bank warned that the drought could wipe out a year of growth.",
])
def test_a_warned_consequence_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("North Korea warned that its army would strike South Korean warships if they crossed "
     "the line.", ("PRK", "KOR")),
    ("China warned that Taiwan would pay a heavy price for the visit.", ("CHN", "TWN")),
])
def test_a_warned_blow_stays_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Seoul warned on Tuesday that its forces would wipe out any North Korean unit that "
     "crossed the border.", ("KOR", "PRK")),
    ("Ankara warned on Monday that its military would undermine any attempt by Armenia to "
     "redraw the border.", ("TUR", "ARM")),
    ("Tehran warned that its drones would threaten American ships if the navy entered its "
     "waters.", ("IRN", "USA")),
    ("Hanoi warned on Thursday that such incursions by Chinese ships into its waters would "
     "not be tolerated.", ("VNM", "CHN")),
    ("Beijing warned on Tuesday that Taiwanese moves toward formal independence would not be "
     "allowed.", ("CHN", "TWN")),
    ("Moscow warned on Wednesday that any strike on Crimea by Ukraine would not be left "
     "without an answer.", ("RUS", "UKR")),
    ("Pyongyang warned that its army would not be restrained if Seoul went ahead with the "
     "exercises.", ("PRK", "KOR")),
    ("Beijing warned on Friday that military action against Taiwan could not be ruled out.",
     ("CHN", "TWN")),
    ("Iran warned on Friday that its nuclear arsenal would threaten Israeli cities.",
     ("IRN", "ISR")),
])
def test_a_warned_act_of_armed_forces_or_a_stock_threat_stays_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Cameroon handed over 14 suspected Boko Haram fighters to Nigerian authorities on "
     "Monday.", ("CMR", "NGA")),
    ("Kenya handed over five alleged al Shabaab recruiters to Somalia on Tuesday.",
     ("KEN", "SOM")),
    ("Thailand handed over to Malaysia two wanted separatist gunmen at the border on Friday.",
     ("THA", "MYS")),
    ("Uganda transferred three suspected rebel couriers to Congo on Wednesday.",
     ("UGA", "COD")),
])
def test_handing_over_suspected_people_is_cooperation(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "COOPERATE")


@pytest.mark.parametrize("text", [
    "Hamas handed over two Israeli hostages to the Red Cross on Sunday.",
    "Russia handed over 90 Ukrainian prisoners of war to Ukraine on Friday.",
])
def test_handing_over_captives_is_no_cooperation(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "COOPERATE")


@pytest.mark.parametrize("text, sides", [
    ("Two of the four refurbished patrol boats that Italy handed over to the Libyan coast "
     "guard in May took part in the operation.", ("ITA", "LBY")),
    ("The three helicopters Washington handed over to the Nigerian air force last year have "
     "been grounded.", ("USA", "NGA")),
])
def test_equipment_handed_over_in_a_relative_clause_is_aid(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "AID")
    assert not of_type(events, "RETREAT")


def test_a_report_released_in_a_relative_clause_is_no_event(pipeline):
    text = "The report that the ministry released on Monday blamed the drought."
    assert not code_text(pipeline, text, PUB)
