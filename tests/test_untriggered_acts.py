"""Acts the coder found no trigger for (fourteenth session, lane "nooutput"): exercises
counted in days or weeks, exercises whose partner the parser hangs on the light verb."""

from coding import code_text, side_prefixes


def test_a_week_of_joint_exercises_is_cooperation(pipeline):
    events = code_text(pipeline, "Moroccan and Spanish marines began a week of joint exercises "
                       "near Alhucemas on Tuesday.", "2022-06-02")
    assert side_prefixes(events, "COOPERATE") in ([("MAR", "ESP")], [("ESP", "MAR")])


def test_days_of_drills_counted_by_a_span_are_held(pipeline):
    events = code_text(pipeline, "Chile and Argentina started four days of naval drills in the "
                       "Beagle Channel on Monday.", "2022-06-02")
    assert side_prefixes(events, "COOPERATE") in ([("CHL", "ARG")], [("ARG", "CHL")])


def test_exercises_with_a_partner_on_the_light_verb_are_shared(pipeline):
    events = code_text(pipeline, "The Greek navy held search-and-rescue exercises with the "
                       "Cypriot national guard near Limassol on Friday.", "2022-06-02")
    assert "MOBILIZE" not in {e.event_type for e in events}
    assert side_prefixes(events, "COOPERATE") in ([("GRC", "CYP")], [("CYP", "GRC")])


def test_hostages_who_walked_free_were_released_by_their_holders(pipeline):
    events = code_text(pipeline, "Five Chadian soldiers held by Boko Haram militants since "
                       "March walked free on Saturday near Lake Chad, the army said.",
                       "2022-06-02")
    assert side_prefixes(events, "RETREAT") == [("NGA", "TCD")]


def test_walking_free_after_a_told_detention_is_the_detainers_release(pipeline):
    events = code_text(pipeline, "Tanzanian police detained nine Malawian traders in Mbeya on "
                       "Monday. The traders walked free on Thursday, their embassy said.",
                       "2022-06-03")
    assert side_prefixes(events, "RETREAT") == [("TZA", "MWI")]


def test_walking_out_of_a_session_is_no_release(pipeline):
    events = code_text(pipeline, "Opposition deputies walked out of the Senegalese parliament "
                       "in Dakar on Tuesday, accusing the speaker of bias.", "2022-06-02")
    assert "RETREAT" not in {e.event_type for e in events}


def test_hours_given_to_leave_the_country_expel_an_embassy_official(pipeline):
    events = code_text(pipeline, "Estonia has given a Russian embassy secretary 48 hours to "
                       "leave the country, the foreign ministry in Tallinn said on Monday.",
                       "2022-06-02")
    assert side_prefixes(events, "SANCTION") == [("EST", "RUS")]


def test_embassy_staff_ordered_out_are_expelled(pipeline):
    events = code_text(pipeline, "Armenia on Thursday ordered an Azerbaijani embassy employee to "
                       "leave the country within three days, the foreign ministry said.",
                       "2022-06-02")
    assert side_prefixes(events, "SANCTION") == [("ARM", "AZE")]


def test_hours_given_to_leave_home_are_no_expulsion(pipeline):
    events = code_text(pipeline, "Burmese troops gave villagers in Kachin state 24 hours to "
                       "leave their homes on Monday, residents said.", "2022-06-02")
    assert "SANCTION" not in {e.event_type for e in events}


def test_boats_driven_away_by_a_coast_guard_are_expelled(pipeline):
    events = code_text(pipeline, "South Korea's coast guard drove away four Chinese fishing "
                       "boats near Yeonpyeong island on Wednesday, officials said.", "2022-06-02")
    assert side_prefixes(events, "COERCE") == [("KOR", "CHN")]
