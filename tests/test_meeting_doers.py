"""A meeting or the people at it as doers stand for the story's body; a move answered from
the other camp of one country targets its author; "the leadership" is a government."""

from coding import code_text, side_codes


def test_summit_as_doer_is_the_story_body(pipeline):
    events = code_text(pipeline, "The Southern African Development Community held talks in "
                       "Harare on Saturday. The summit urged Rwanda to withdraw its troops "
                       "from eastern Congo.", "2024-03-10")
    assert [s for s, _ in side_codes(events, "REQUEST")] == ["IGOSAFSAD"]


def test_ministers_meeting_in_a_city_are_the_body(pipeline):
    # misparsed with "meeting" as the subject and "Ministers" its compound
    events = code_text(pipeline, "The European Union has been divided over Moscow. Ministers "
                       "meeting in Luxembourg agreed on Monday to impose new sanctions on "
                       "Russia.", "2024-03-10")
    assert [s for s, _ in side_codes(events, "SANCTION")] == ["IGOEUREEC"]


def test_leaders_at_the_summit_are_the_body_not_the_host_town(pipeline):
    events = code_text(pipeline, "The African Union has struggled to end the war. Leaders at "
                       "the two-day summit in Addis Ababa called for a ceasefire in Sudan.",
                       "2024-03-10")
    assert [s for s, _ in side_codes(events, "REQUEST")] == ["IGOAFRAFU"]


def test_member_states_are_the_body(pipeline):
    events = code_text(pipeline, "NATO defence ministers gathered in Brussels on Thursday. "
                       "Member states agreed to send more artillery shells to Ukraine.",
                       "2024-03-10")
    assert [s for s, _ in side_codes(events, "AGREE")] == ["IGOWSTNAT"]


def test_meeting_with_no_body_in_the_story_stays_unresolved(pipeline):
    events = code_text(pipeline, "Local leaders meeting in Kaduna on Sunday called on the "
                       "state government to end the curfew. Officials gave no details.",
                       "2024-03-10")
    assert not any(s.startswith("IGO") for s, _ in side_codes(events, "REQUEST"))


def test_rebels_welcoming_the_move_target_their_government(pipeline):
    events = code_text(pipeline, "Nepal's government freed 40 jailed Maoist rebels on "
                       "Tuesday. The Maoists welcomed the move.", "2006-06-07")
    assert side_codes(events, "SUPPORT") == [("NPLREB", "NPLGOV")]


def test_leadership_is_the_government(pipeline):
    events = code_text(pipeline, "The Afghan leadership asked Pakistan to reopen the Torkham "
                       "border crossing for trade. Officials gave no further details.",
                       "2024-03-10")
    assert [s for s, _ in side_codes(events, "REQUEST")] == ["AFGGOV"]


def test_the_court_after_an_international_court_is_that_court(pipeline):
    events = code_text(pipeline, "Kenya joined the International Criminal Court in 2005. The "
                       "opposition leadership asked the court to investigate the killing of "
                       "protesters.", "2024-03-10")
    assert [t for _, t in side_codes(events, "REQUEST")] == ["IGOJUDICC"]


def test_several_member_states_are_not_the_body(pipeline):
    events = code_text(pipeline, "The European Union met in Brussels. Several member states "
                       "accused Russia of sabotage. Officials gave no further details.",
                       "2024-03-10")
    assert not any(s.startswith("IGO") for s, _ in side_codes(events, "ACCUSE"))
