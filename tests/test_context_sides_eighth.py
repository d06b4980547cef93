"""Force told in the passive with no agent takes the story's earlier doer (agentless.py)."""

from coding import code_text, side_codes, side_countries


def test_killing_after_arrests_is_by_the_arresting_force(pipeline):
    # "were shot dead" names no shooter: the guards who detained Kyrgyz people before
    text = ("Tajik border guards detained two Kyrgyz farmers near the border on Monday. "
            "On Wednesday two Kyrgyz herders were shot dead near the village of Kok-Tash.")
    events = code_text(pipeline, text, "2023-06-15")
    assert ("TJK", "KGZ") in side_countries(events, "ASSAULT")


def test_wounded_civilians_after_a_raid_are_the_raiders_victims(pipeline):
    text = ("Ethiopian soldiers rounded up dozens of Eritrean refugees in Shire on Friday. "
            "Days later three Eritrean refugees were beaten and wounded in the camp.")
    events = code_text(pipeline, text, "2021-01-20")
    assert ("ETH", "ERI") in side_countries(events, "ASSAULT")


def test_detention_told_again_keeps_the_earlier_detainer(pipeline):
    text = ("Moroccan police arrested five Algerian smugglers near Oujda on Monday. "
            "Two more Algerian men were rounded up in Berkane overnight, a local official said.")
    events = code_text(pipeline, text, "2022-04-06")
    assert ("MAR", "DZA") in side_countries(events, "COERCE")


def test_no_earlier_force_on_that_people_gives_no_doer(pipeline):
    text = ("Ethiopian soldiers rounded up dozens of Eritrean refugees in Shire on Friday. "
            "Two Sudanese traders were killed near Gallabat on Sunday.")
    events = code_text(pipeline, text, "2021-01-20")
    assert not [s for s, t in side_countries(events, "ASSAULT") if t == "SDN" and s == "ETH"]


def test_the_group_is_the_armed_group_named_before(pipeline):
    # "the group" after an armed group: that group, not nobody
    text = ("Boko Haram fighters stormed a village in Borno state on Friday. "
            "On Sunday the group attacked a Chadian army outpost near Lake Chad.")
    events = code_text(pipeline, text, "2020-03-24")
    assert ("NGA", "TCD") in side_countries(events, "ASSAULT")


def test_the_movement_warned_is_the_rebels(pipeline):
    text = ("The Houthis claimed a drone strike on an Aramco depot in Jeddah. "
            "The movement warned Saudi Arabia of more attacks on its oil facilities.")
    events = code_text(pipeline, text, "2022-03-26")
    assert ("YEMREB", "SAU") in side_codes(events, "THREATEN")


def test_the_rights_group_is_no_armed_group(pipeline):
    text = ("The Houthis seized a ship in the Red Sea. Amnesty International said the "
            "crew were held without charge. The group urged Britain to act.")
    events = code_text(pipeline, text, "2024-01-10")
    assert ("YEM", "GBR") not in side_countries(events, "REQUEST")
