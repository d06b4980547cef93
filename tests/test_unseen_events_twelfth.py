"""Events the coder did not see at all (twelfth session): sides named around the subject of
the clause rather than on the act ("fighting broke out between A and B"), rounds of talks
ended, charges denied in a relative clause ("a claim Minsk denied")."""

from coding import code_text, side_countries


def test_fighting_breaking_out_between_two_sides_is_an_assault_each_way(pipeline):
    events = code_text(pipeline, "Heavy fighting broke out between Israel and Hezbollah on "
                       "Sunday.", "2024-05-01")
    assert ("ISR", "LBN") in side_countries(events, "ASSAULT")


def test_clashes_erupting_between_troops_have_both_armies_as_sides(pipeline):
    events = code_text(pipeline, "Clashes erupted between Armenian and Azerbaijani troops on "
                       "the border on Tuesday.", "2024-05-01")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= set(side_countries(events, "ASSAULT"))


def test_a_sentence_opening_adjective_is_no_doer(pipeline):
    events = code_text(pipeline, "Fierce clashes erupted between Sudan and South Sudan on "
                       "Monday.", "2024-05-01")
    assert all(e.source.code for e in events)
    assert ("SDN", "SSD") in side_countries(events, "ASSAULT")


def test_ending_another_round_of_talks_is_a_meeting_not_a_break(pipeline):
    events = code_text(pipeline, "Egypt and Ethiopia ended another round of talks on the dam "
                       "without agreement on Tuesday.", "2024-05-01")
    types = {e.event_type for e in events}
    assert "SANCTION" not in types and "AGREE" not in types
    assert sorted(side_countries(events, "CONSULT")[0]) == ["EGY", "ETH"]


def test_a_charge_denied_in_a_relative_clause_is_rejected_towards_its_maker(pipeline):
    events = code_text(pipeline, "Polish officials said two Belarusian helicopters had crossed "
                       "into Polish airspace, a claim Minsk denied.", "2024-05-01")
    assert ("BLR", "POL") in side_countries(events, "REJECT")


def test_a_charge_denied_after_an_accusation_answers_the_accuser(pipeline):
    events = code_text(pipeline, "Morocco cut ties with Iran in 2018, accusing Iran of "
                       "supplying weapons to the Polisario Front, a charge Tehran denied.",
                       "2024-05-01")
    assert ("IRN", "MAR") in side_countries(events, "REJECT")
