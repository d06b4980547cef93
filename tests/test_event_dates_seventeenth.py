"""Dates of the seventeenth session: an act told in a simple-past "while" clause happened on
the day of the clause it hangs on ("rallied on Monday, while police detained ..."), but not a
standing state or a plan told there, nor an act whose clause tells its own time ("after the
clash", "last year") or that tells another story ("Ghana sent troops to Liberia on Wednesday,
while Nigeria deployed soldiers to Gambia"); "on Wednesday, two days after ...", which the
model tags as one date, keeps its day for the act and its count for the act the clause tells."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
MONDAY, TUESDAY, WEDNESDAY = date(2024, 3, 11), date(2024, 3, 12), date(2024, 3, 13)
THURSDAY = date(2024, 3, 14)


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_detentions_while_students_marched(pipeline):
    text = ("Hundreds of Chilean students marched in Santiago on Monday, while riot police "
            "detained a dozen of them near the palace.")
    assert _days(pipeline, text, "COERCE") == [(MONDAY, MONDAY)]


def test_attack_in_a_whilst_clause(pipeline):
    text = ("Ugandan troops shelled rebel positions near Beni on Tuesday, whilst Congolese "
            "soldiers attacked a rebel camp further north.")
    assert (TUESDAY, TUESDAY) in _days(pipeline, text, "ASSAULT")
    assert all(span == (TUESDAY, TUESDAY) for span in _days(pipeline, text, "ASSAULT"))


def test_rally_while_ministers_met(pipeline):
    text = ("The Senegalese foreign minister met his Gambian counterpart in Banjul on Wednesday "
            "while opposition supporters rallied outside the hotel.")
    assert _days(pipeline, text, "PROTEST") == [(WEDNESDAY, WEDNESDAY)]


def test_expulsion_answering_a_recall(pipeline):
    text = ("Serbia recalled its ambassador from Montenegro on Monday, while Montenegro expelled "
            "a Serbian diplomat.")
    assert _days(pipeline, text, "SANCTION") == [(MONDAY, MONDAY), (MONDAY, MONDAY)]


def test_plan_in_a_while_clause_keeps_its_own_time(pipeline):
    """Guard: a "while" clause told in the future is not dated by the main clause."""
    text = ("Peru recalled its ambassador from Bolivia on Monday, while Bolivia will expel two "
            "Peruvian diplomats next week.")
    assert _days_of(pipeline, text, "SANCTION", "BOL") == [(date(2024, 3, 18), date(2024, 3, 24))]


def _days_of(pipeline, text, event_type, country):
    return day_spans([e for e in code_text(pipeline, text, PUB)
                      if e.source and e.source.country == country], event_type)


def test_undated_plan_in_a_while_clause_keeps_publication_day(pipeline):
    """Guard: a plan with no time of its own reaches the simple-past check and fails it."""
    text = ("Ecuador recalled its envoy from Mexico on Tuesday, while Mexico will expel three "
            "Ecuadorian diplomats.")
    assert _days_of(pipeline, text, "SANCTION", "MEX") == [(THURSDAY, THURSDAY)]


def test_present_perfect_in_a_while_clause_keeps_publication_day(pipeline):
    """Guard: "has expelled" is no simple past, so it does not take the main clause's day."""
    text = ("Ecuador recalled its envoy from Mexico on Tuesday, while Mexico has expelled three "
            "Ecuadorian diplomats.")
    assert _days_of(pipeline, text, "SANCTION", "MEX") == [(THURSDAY, THURSDAY)]


def test_while_clause_with_its_own_after_phrase(pipeline):
    """Guard: "after the border clash" gives the clause a time of its own."""
    text = ("Chad expelled a Sudanese envoy on Monday, while Sudan expelled two Chadian envoys "
            "after the border clash.")
    assert _days_of(pipeline, text, "SANCTION", "SDN") == [(THURSDAY, THURSDAY)]


def test_while_clause_with_an_unresolved_time(pipeline):
    """Guard: "last year" is left unresolved, but it is the clause's own time."""
    text = ("Argentina recalled its envoy from Caracas on Tuesday, while Chile expelled "
            "Venezuelan diplomats last year.")
    assert _days_of(pipeline, text, "SANCTION", "CHL") == [(THURSDAY, THURSDAY)]


def test_while_clause_telling_another_story(pipeline):
    """Guard: two deployments by other countries to other places are not one occasion."""
    text = ("Ghana sent 200 soldiers to Liberia on Wednesday, while Nigeria deployed troops to "
            "Gambia to guard the polls.")
    assert _days_of(pipeline, text, "MOBILIZE", "NGA") == [(THURSDAY, THURSDAY)]


def test_count_after_a_day_the_model_joins_to_it(pipeline):
    text = ("Nigerian soldiers retook the town of Damasak on Wednesday, two days after Boko "
            "Haram fighters attacked it.")
    assert (date(2024, 3, 11), date(2024, 3, 11)) in _days(pipeline, text, "ASSAULT")
    assert (WEDNESDAY, WEDNESDAY) in _days(pipeline, text, "ASSAULT")


def test_days_after_keeps_the_day_of_the_act(pipeline):
    text = ("Cameroonian authorities imposed a dusk-to-dawn curfew on the western town of Buea "
            "on Wednesday, two days after separatist fighters abducted a local chief.")
    assert _days(pipeline, text, "COERCE") == [(WEDNESDAY, WEDNESDAY)]


def test_weekday_and_month_day_stay_one_date(pipeline):
    """Guard: "on Monday, March 11" is one date, not a day and a count."""
    text = "Colombia and the ELN rebels signed a ceasefire on Monday, March 11, in Havana."
    assert _days(pipeline, text, "AGREE") == [(MONDAY, MONDAY)]


def test_strikes_while_drones_were_fired_over_two_days(pipeline):
    text = ("Houthi fighters fired drones at Saudi oil sites on Monday and Tuesday, while Saudi "
            "jets struck Houthi positions near Saada.")
    assert _days(pipeline, text, "ASSAULT") == [(MONDAY, TUESDAY), (MONDAY, TUESDAY)]


def test_tear_gas_as_a_march_went_on_for_days(pipeline):
    text = ("Thousands of Kenyans marched in Nairobi from Monday to Wednesday as police fired "
            "tear gas at them.")
    assert _days(pipeline, text, "COERCE") == [(MONDAY, WEDNESDAY)]


def test_patrols_while_fire_was_exchanged_on_a_range(pipeline):
    text = ("Armenian and Azeri troops exchanged fire on March 11-12, while Russian peacekeepers "
            "patrolled the corridor.")
    assert _days(pipeline, text, "MOBILIZE") == [(MONDAY, TUESDAY)]


def test_plan_beside_a_range_keeps_its_week(pipeline):
    """Guard: a planned act in a "while" clause keeps its own time."""
    text = ("Protesters marched in Nairobi on Monday and Tuesday, while police will deploy more "
            "officers next week.")
    assert _days(pipeline, text, "MOBILIZE") == [(date(2024, 3, 18), date(2024, 3, 24))]


def test_demand_in_a_while_clause_keeps_no_day(pipeline):
    """Guard: a statement in a contrasting "while" clause is not dated by the main clause."""
    text = ("Colombia's president met Ecuador's leader in Quito on Monday, while the Colombian "
            "opposition demanded that the government hold early elections.")
    assert _days(pipeline, text, "REQUEST") == [(THURSDAY, THURSDAY)]
