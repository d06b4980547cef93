"""Type rows of the lexicon as PLOVER's CAMEO2PLOVER table decides them (docs/gold-guidelines.md,
"Types where coders differ"): easing restrictions on political freedoms and changes of policy
are CONCEDE; easing a curfew, allowing aid or inspectors in and a ceasefire are RETREAT.

Each test uses a sentence the code at the start of the session (68c68de) got wrong."""


from coding import code_text


def events_of(pipeline, text, pub="2019-10-28"):
    return code_text(pipeline, text, pub)


def types_of(events):
    return {e.event_type for e in events}


def test_lifting_a_ban_is_a_concession_lifting_a_curfew_a_retreat(pipeline):
    ban = events_of(pipeline, "Police in Bulawayo on Saturday lifted a ban on opposition "
                              "rallies in the city.")
    curfew = events_of(pipeline, "Nepal's authorities lifted a daytime curfew in Kathmandu "
                                 "on Tuesday.")
    assert types_of(ban) == {"CONCEDE"}
    assert types_of(curfew) == {"RETREAT"}


def test_allowing_aid_in_is_a_retreat(pipeline):
    events = events_of(pipeline, "Sudan's army allowed aid convoys into the city of El Fasher "
                                 "on Monday.")
    assert "RETREAT" in types_of(events)
    assert "CONCEDE" not in types_of(events)


def test_allowing_opposition_rallies_is_a_concession(pipeline):
    events = events_of(pipeline, "The Zimbabwean government allowed opposition rallies in "
                                 "Harare on Saturday.")
    assert "CONCEDE" in types_of(events)


def test_suspending_offensive_operations_is_a_ceasefire_retreat(pipeline):
    events = events_of(pipeline, "The Indonesian military said it had suspended offensive "
                                 "operations in Aceh.")
    assert types_of(events) == {"RETREAT"}


def test_a_month_is_not_what_a_verb_acts_on(pipeline):
    # "until the end of March": the month was read as a march (a protest) that was suspended
    events = events_of(pipeline, "India has suspended all international passenger flights "
                                 "until the end of March to slow the spread of the virus.",
                       "2020-03-24")
    assert "CONCEDE" not in types_of(events)


def test_revoking_a_fare_rise_is_a_concession(pipeline):
    events = events_of(pipeline, "The mayors of Rio and Sao Paulo on Wednesday revoked the rise "
                                 "in bus fares.", "2013-06-21")
    assert types_of(events) == {"CONCEDE"}


def test_accepting_the_government_s_resignation_is_a_concession(pipeline):
    events = events_of(pipeline, "Kazakh President Kassym-Jomart Tokayev on Wednesday accepted "
                                 "the resignation of the government.", "2022-01-06")
    assert types_of(events) == {"CONCEDE"}


def test_ending_years_of_hostility_is_not_a_ceasefire(pipeline):
    events = events_of(pipeline, "Ethiopia and Eritrea on Monday signed a declaration formally "
                                 "ending two decades of hostility.", "2018-07-09")
    assert not types_of(events) & {"CONCEDE", "RETREAT"}
