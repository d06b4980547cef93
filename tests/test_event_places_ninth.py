"""Places a story's later sentences inherit (ninth round): the police's answer to a protest."""

from coding import code_text, place_names


def test_police_answer_to_a_protest_is_at_the_protest(pipeline):
    text = ("Thousands of people marched through Tbilisi on Sunday against a proposed foreign "
            "agents law. Police later used water cannon to disperse the crowd outside parliament.")
    assert "Tbilisi" in place_names(code_text(pipeline, text, "2024-03-14"), "COERCE")


def test_riot_police_the_next_sentence_take_the_protest_town(pipeline):
    text = ("Thousands of opposition supporters rallied in Kisumu on Monday to denounce the "
            "election result. Riot police fired tear gas at the demonstrators.")
    assert "Kisumu" in place_names(code_text(pipeline, text, "2024-03-14"), "COERCE")


def test_a_tally_told_later_keeps_no_place(pipeline):
    text = ("Thousands of people marched through Managua on Saturday. Opposition leaders said "
            "they would march again next week. Police have arrested more than 300 people "
            "across the country since the unrest began, the interior ministry said.")
    assert place_names(code_text(pipeline, text, "2024-03-14"), "COERCE") in ([], [None])
