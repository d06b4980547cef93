"""Who did it to whom, second pass: a state's act with no named target is aimed at the one
other country its sentence names, not at the state itself."""

from coding import code_text, side_codes


def test_a_refusal_targets_the_other_country_named(pipeline):
    events = code_text(pipeline, "Bolivia will never recognise a border that leaves the "
                       "salt flats inside Chile, the foreign minister said.", "2024-03-15")
    assert ("BOL", "CHL") in side_codes(events, "REJECT")


def test_a_withdrawal_targets_the_country_left(pipeline):
    events = code_text(pipeline, "Eritrea said on Monday it would pull its soldiers out of "
                       "the villages they had occupied inside Ethiopia.", "2024-03-15")
    assert [t for _, t in side_codes(events, "RETREAT")] == ["ETH"]


def test_a_threat_targets_the_foreign_forces_named(pipeline):
    events = code_text(pipeline, "Iran warned on Sunday of a crushing response to any move "
                       "by American warships in the Gulf.", "2024-03-15")
    assert ("IRN", "USA") in [(s[:3], t[:3]) for s, t in side_codes(events, "THREATEN")]


def test_a_demand_targets_the_captors_country(pipeline):
    events = code_text(pipeline, "Armenia on Tuesday demanded the immediate release of three "
                       "shepherds it said were detained by Azerbaijani soldiers.", "2024-03-15")
    assert ("ARM", "AZE") in side_codes(events, "REQUEST")


def test_two_other_countries_leave_the_target_as_before(pipeline):
    """Guard (passes before the change too): with two candidates none is chosen."""
    events = code_text(pipeline, "Nepal would never accept a map drawn by India or China, "
                       "the prime minister said.", "2024-03-15")
    assert all(t not in ("IND", "CHN") for _, t in side_codes(events, "REJECT"))


def test_military_aid_names_no_military(pipeline):
    """"military aid": a title word that only describes a thing names no actor."""
    events = code_text(pipeline, "Pakistan suspended military aid to Afghanistan on Tuesday.",
                       "2024-03-15")
    assert side_codes(events, "SANCTION") == [("PAK", "AFG")]


def test_police_aid_names_no_police(pipeline):
    events = code_text(pipeline, "Kenya suspended police aid to Somalia last week.",
                       "2024-03-15")
    assert side_codes(events, "SANCTION") == [("KEN", "SOM")]


def test_military_officers_are_still_the_military(pipeline):
    """Guard (passes before the change too): a title that heads its phrase is an actor."""
    events = code_text(pipeline, "Military officers from Russia met Syrian army commanders.",
                       "2024-03-15")
    assert side_codes(events, "CONSULT") == [("RUSMIL", "SYRMIL")]


def test_a_person_after_a_two_word_title_is_known(pipeline):
    """"State Counsellor Aung San Suu Kyi": the title before the name does not hide it, so a
    spokesman for her office speaks for Myanmar even in a story filed from Dhaka."""
    events = code_text(pipeline, "Zaw Htay, spokesman for State Counsellor Aung San Suu Kyi, "
                       "blamed Bangladesh for the delays.", "2019-07-25", dateline="DHAKA")
    assert side_codes(events, "ACCUSE") == [("MMRGOV", "BGD")]


def test_a_state_counsellor_accuses_by_name(pipeline):
    events = code_text(pipeline, "State Counsellor Aung San Suu Kyi criticised Bangladesh "
                       "on Monday.", "2019-07-25", dateline="DHAKA")
    assert [s for s, _ in side_codes(events, "ACCUSE")] == ["MMRGOV"]
