"""Force told in the passive with no agent takes the story's earlier doer (agentless.py)."""

from coding import code_text, side_countries


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
