"""False events and wrong types of the twentieth session. A court that sentences or convicts
someone takes legal action against that person (CAMEO 173, COERCE), as the annotators code it:
no sanction between states. A visit verb that carries people ("flew them to Panama", "were
flown to Cucuta") is no visit; "calling both 'important signals'" names, and calls no one; a
meeting told by a bare participle on the members who act at it ("leaders meeting in Abuja
imposed sanctions") is the setting of their act."""

from coding import code_text, of_type, side_prefixes

PUB = "2024-03-14"  # a Thursday


def test_court_sentence_is_coercion(pipeline):
    text = ("A court in Tehran on Tuesday sentenced a Swedish aid worker to eight years in "
            "prison for spying.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION") == []
    assert side_prefixes(events, "COERCE") == [("IRN", "SWE")]


def test_conviction_is_coercion(pipeline):
    text = "A Belarusian court convicted three opposition activists of organising riots."
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION") == []
    assert len(of_type(events, "COERCE")) == 1


def test_sanctions_between_states_stay_sanctions(pipeline):
    """Negative case: a state's sanctions on another are still SANCTION."""
    text = "The United States imposed sanctions on Venezuela's oil ministry on Monday."
    events = code_text(pipeline, text, PUB)
    assert len(of_type(events, "SANCTION")) == 1
    assert of_type(events, "COERCE") == []


def test_people_flown_somewhere_make_no_visit(pipeline):
    """"flew them to Panama": the prisoners are carried, nobody visits Panama."""
    text = "Nicaragua freed 40 prisoners on Monday and flew them to Panama."
    assert of_type(code_text(pipeline, text, PUB), "CONSULT") == []


def test_people_told_as_flown_make_no_visit(pipeline):
    text = ("Colombia's ELN rebels freed three police officers on Sunday. The three officers "
            "were flown to Cucuta by a Red Cross helicopter.")
    assert of_type(code_text(pipeline, text, PUB), "CONSULT") == []


def test_a_minister_who_flies_somewhere_still_visits(pipeline):
    """Negative case: the traveller is the subject of an intransitive "flew"."""
    text = "Turkey's foreign minister flew to Baghdad on Tuesday."
    assert side_prefixes(code_text(pipeline, text, PUB), "CONSULT") == [("TUR", "IRQ")]


def test_a_name_given_is_no_phone_call(pipeline):
    """"calling both 'important signals'": a name for what was done, no call to anyone."""
    text = ("The U.S. embassy praised Liberia's government for allowing the rally and for "
            "reopening the radio station, calling both \"important signals\".")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONSULT") == []
    assert len(of_type(events, "SUPPORT")) == 1


def test_a_leader_who_calls_another_still_consults(pipeline):
    """Negative case: a call to a named leader, with no name given, is a phone call."""
    text = "Putin called Erdogan on Tuesday to discuss the grain deal."
    assert side_prefixes(code_text(pipeline, text, PUB), "CONSULT") == [("RUS", "TUR")]


def test_a_meeting_told_as_the_setting_of_an_act_is_no_meeting(pipeline):
    """"leaders meeting in Abuja imposed sanctions": the sanctions are the news, the meeting
    only where they were decided."""
    text = "West African leaders meeting in Abuja on Thursday imposed sanctions on Niger's junta."
    assert of_type(code_text(pipeline, text, PUB), "CONSULT") == []


def test_a_meeting_as_the_setting_of_an_act_not_done(pipeline):
    text = ("European Union leaders meeting in Brussels last week did not impose an embargo on "
            "Russian oil.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONSULT") == []
    assert len(of_type(events, "SANCTION")) == 1


def test_ministers_who_are_meeting_still_meet(pipeline):
    """Negative case: "are meeting" tells the meeting itself."""
    text = "The foreign ministers of India and Pakistan are meeting in Islamabad on Monday."
    assert side_prefixes(code_text(pipeline, text, PUB), "CONSULT") == [("IND", "PAK")]
