"""Groups named by a defined acronym, by initials of a long form, and by nickname rows."""

from coding import code_text, side_codes


def test_acronym_defined_in_brackets_names_the_long_form(pipeline):
    # "the Karenni ... Resistance Movement (KNRM)": every later "KNRM" is that Myanmar group
    # (a "Defence Force" may be a state's: the South African National Defence Force)
    events = pipeline_events(pipeline, "Fighting spread in Myanmar on Monday. The Karenni "
                             "Nationalities Resistance Movement (KNRM) said it had captured a "
                             "town. The KNRM accused the junta of bombing a church.")
    assert ("MMRREB", "MMRGOV") in side_codes(events, "ACCUSE")


def test_party_acronym_takes_the_owned_long_form(pipeline):
    events = pipeline_events(pipeline, "Peru's National Renewal Party (PRN) held a rally in "
                             "Lima on Monday. The PRN accused the president of corruption.")
    assert [s for s, _ in side_codes(events, "ACCUSE")] == ["PERPTY"]


def test_initials_of_an_owned_body_told_before(pipeline):
    events = pipeline_events(pipeline, "South Korea's Joint Chiefs of Staff said North Korea "
                             "fired two missiles on Monday. The JCS condemned the launches as "
                             "a grave provocation.")
    assert ("KORMIL", "PRK") in side_codes(events, "ACCUSE")


def test_nickname_of_a_foreign_ministry(pipeline):
    events = pipeline_events(pipeline, "Wisma Putra summoned China's ambassador on Monday over "
                             "the intrusion of coast guard ships into Malaysian waters.")
    assert [s for s, _ in side_codes(events, "ACCUSE")] == ["MYSGOV"]


def test_armed_group_row_added(pipeline):
    events = pipeline_events(pipeline, "ETA accused the Spanish government on Monday of "
                             "torturing its members in prison.")
    assert [s for s, _ in side_codes(events, "ACCUSE")] == ["ESPREB"]


def test_maoists_are_rebels_of_the_story_country(pipeline):
    events = pipeline_events(pipeline, "Nepal's army raided a village on Monday. The Maoists "
                             "accused the army of killing five villagers.")
    assert side_codes(events, "ACCUSE") == [("NPLREB", "NPLMIL")]


def pipeline_events(pipeline, text):
    return code_text(pipeline, text, "2024-03-13")
