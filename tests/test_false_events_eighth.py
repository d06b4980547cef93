"""False events, eighth session: acts told as a habit and stances told in a clause that
describes a noun are no events of the story."""

from coding import code_text, of_type


def test_a_demand_made_repeatedly_is_a_habit(pipeline):
    text = "Seoul has repeatedly urged Pyongyang to return the abducted fishermen."
    assert of_type(code_text(pipeline, text, "2019-04-02"), "REQUEST") == []


def test_a_call_made_regularly_is_a_habit(pipeline):
    text = ("Opposition leaders in Harare regularly call on Pretoria to press the government "
            "over rights abuses.")
    assert of_type(code_text(pipeline, text, "2008-05-20"), "REQUEST") == []


def test_an_accusation_made_routinely_is_a_habit(pipeline):
    text = "Ankara routinely accuses Athens of sheltering Kurdish militants."
    assert of_type(code_text(pipeline, text, "2017-02-14"), "ACCUSE") == []


def test_a_complaint_made_frequently_is_a_habit(pipeline):
    text = ("The Pakistani government has frequently complained that Kabul harbours the Pakistani "
            "Taliban.")
    assert of_type(code_text(pipeline, text, "2023-02-08"), "ACCUSE") == []


def test_a_dated_act_done_repeatedly_is_kept(pipeline):
    # a guard (passes before the rule too): an act with its own day is an event
    text = "Police repeatedly fired tear gas at protesters in Nairobi on Tuesday."
    assert of_type(code_text(pipeline, text, "2023-07-20"), "COERCE") != []


def test_as_long_as_is_a_condition_not_a_habit(pipeline):
    # a guard (passes before the rule too): "as long as" names no habit
    text = ("Ethiopia said on Monday it would pull its troops out of Somalia as long as the "
            "African Union sent peacekeepers.")
    events = code_text(pipeline, text, "2007-01-15")
    assert [e.status for e in of_type(events, "RETREAT")] == ["planned"]


def test_a_stance_in_a_clause_on_a_plan_is_no_event(pipeline):
    text = "Turkey wants to build a naval base in northern Cyprus, a plan Greece firmly opposes."
    assert of_type(code_text(pipeline, text, "2020-01-10"), "REJECT") == []


def test_a_stance_of_fighters_named_by_what_they_back_is_no_event(pipeline):
    text = ("Tribal fighters, who back the government in Sanaa, stormed a Houthi checkpoint on "
            "Sunday.")
    events = code_text(pipeline, text, "2014-02-24")
    assert of_type(events, "SUPPORT") == [] and of_type(events, "ASSAULT") != []


def test_a_stance_in_a_clause_on_a_move_is_no_event(pipeline):
    text = ("Russia is expected to veto the resolution, a move that Britain and France strongly "
            "oppose.")
    rejections = of_type(code_text(pipeline, text, "2014-03-14"), "REJECT")
    assert [e.evidence.trigger for e in rejections] == ["veto"]  # the veto, not "oppose"


def test_speaking_to_journalists_is_no_meeting(pipeline):
    text = ("Speaking to journalists in Nairobi on Monday, Kenyan Foreign Minister Raychelle "
            "Omamo accused Somalia of violating the border.")
    events = code_text(pipeline, text, "2021-03-01")
    assert of_type(events, "CONSULT") == [] and of_type(events, "ACCUSE") != []


def test_briefing_the_media_is_no_meeting(pipeline):
    text = "The Pakistani army spokesman briefed the media in Rawalpindi on Wednesday."
    assert of_type(code_text(pipeline, text, "2019-02-28"), "CONSULT") == []


def test_talking_to_a_foreign_broadcaster_is_no_meeting(pipeline):
    text = "Ukrainian President Volodymyr Zelenskiy spoke with the BBC on Friday."
    assert of_type(code_text(pipeline, text, "2022-05-14"), "CONSULT") == []


def test_a_question_put_to_a_minister_is_no_request(pipeline):
    text = ("Asked whether Egypt would open the Rafah crossing to Gaza, the Egyptian foreign "
            "minister said Cairo had never closed it.")
    assert of_type(code_text(pipeline, text, "2014-02-24"), "REQUEST") == []


def test_when_asked_about_is_no_request(pipeline):
    text = ("When asked about Chinese patrols near the Senkaku islands, the Japanese defence "
            "minister said Tokyo would respond calmly.")
    assert of_type(code_text(pipeline, text, "2013-05-02"), "REQUEST") == []


def test_pressed_on_whether_is_no_request(pipeline):
    text = ("Pressed on whether Britain would expel Russian diplomats, the British prime minister "
            "declined to comment.")
    assert of_type(code_text(pipeline, text, "2018-03-13"), "REQUEST") == []


def test_a_request_with_its_asker_is_kept(pipeline):
    # a guard (passes before the rule too): "asked by" names who made the request
    text = "Asked by the United Nations to send troops to Somalia, Kenya agreed on Monday."
    assert of_type(code_text(pipeline, text, "2011-10-17"), "REQUEST") != []
