"""Material conflict, twenty-sixth session. Forces moved out of a place are withdrawn, not
deployed ("Russia had moved the last of its troops out of the city of Kherson": RETREAT, as
"pulled out" is; verbs.tsv "move out"); forces ordered out of a country are expelled ("the
government ordered French special forces out of the country": SANCTION expel 166, as envoys
"ordered out" are; verbs.tsv "order out"), not sent anywhere; and a diplomat ordered to leave
is expelled as one ordered out is ("Denmark ordered two Russian diplomats to leave the
country": SANCTION 166, no longer COERCE 174; the gold codes it so three times in four). A
state's "Defence Force", named in the singular, is its military ("the Guyana Defence Force had
raised its alert level": titles.tsv), and the Uganda People's Defence Force is Uganda's army,
not its people (organisations.tsv). Soldiers ordered to withdraw are no mobilisation: the
withdrawal is the event (told_aside.ORDERED_WITHDRAWALS)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-14"  # a Thursday


def test_troops_moved_out_of_a_city_are_withdrawn(pipeline):
    text = ("Russia said on Wednesday it had moved the last of its troops out of the city of "
            "Kherson. Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "RETREAT") == [("RUS", "UKR")]
    assert of_type(events, "MOBILIZE") == []


def test_fighters_moved_out_of_a_town_are_no_deployment(pipeline):
    text = ("Congolese rebels moved their fighters out of Goma on Saturday. Officials gave no "
            "further details.")
    events = code_text(pipeline, text, PUB)
    assert [e.event_type for e in events] == ["RETREAT"]


def test_foreign_troops_ordered_out_are_expelled(pipeline):
    text = ("Mali's junta ordered French troops out of the country on Monday. Officials gave no "
            "further details.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "SANCTION") == [("MLI", "FRA")]
    assert of_type(events, "MOBILIZE") == []


def test_a_diplomat_ordered_to_leave_is_expelled_as_one_ordered_out(pipeline):
    text = ("Denmark on Thursday ordered two Russian diplomats to leave the country within a "
            "week. Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "SANCTION") == [("DNK", "RUS")]
    assert of_type(events, "COERCE") == []


def test_a_defence_force_in_the_singular_is_the_states_military(pipeline):
    text = ("The Guyana Defence Force raised its alert level along the Cuyuni River on Tuesday. "
            "Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert [e.source.code for e in of_type(events, "MOBILIZE")] == ["GUYMIL"]


def test_the_uganda_peoples_defence_force_is_ugandas_army(pipeline):
    text = ("The Uganda People's Defence Force shelled ADF camps in eastern Congo on Monday. "
            "Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert [e.source.code for e in of_type(events, "ASSAULT")] == ["UGAMIL"]


def test_soldiers_ordered_to_withdraw_are_no_mobilisation(pipeline):
    text = ("Kiev had ordered its remaining soldiers on the peninsula to withdraw to the "
            "mainland on Monday. Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "MOBILIZE") == []
    assert [e.evidence.trigger for e in of_type(events, "RETREAT")] == ["withdraw"]
