"""Concessions, twenty-fifth session. An act the story names as someone's demand, in a noun set
off by a comma after it, is a CONCEDE (met_demands.py): "would restore a monthly bonus, one of
the main demands of the CGT", "a proposal to let assemblies choose governors, a long-standing
Renamo demand" (the act is the proposal's presenting, not the choosing); a measure against
someone so named is the concession instead ("would suspend kidnappings, long a central demand
of President Petro" is no SANCTION); a release, an agreement or a rejection keeps its type.
Held people handed to a go-between are released ("the ELN handed four soldiers to a
humanitarian commission": verbs.tsv). A second "that" clause of a past verb of saying is
reported speech as the first is: its "would" is a backshifted "will" ("said the situation had
returned to normal and that the police units would be withdrawn": planned; status.py). A curfew
or lockdown lifted answers no one abroad who acted on the state before ("the U.N. urged Peruvian
authorities to investigate ... Peru's government lifted a curfew": Peru's own; pairing.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-14"  # a Thursday


def test_a_measure_named_as_a_unions_demand_is_a_concession(pipeline):
    text = ("Argentine unions staged a strike in Buenos Aires on Wednesday. Hours later, the "
            "Economy Ministry announced that it would restore a monthly bonus for pensioners "
            "from November, one of the main demands of the General Confederation of Labour.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONCEDE") == [("ARG", "ARG")]
    assert [e.status for e in of_type(events, "CONCEDE")] == ["planned"]


def test_the_act_is_the_proposal_presented_not_the_act_proposed(pipeline):
    text = ("Renamo gunmen attacked buses in Sofala province last week. Mozambique's President "
            "Filipe Nyusi said his government would present to parliament in February a "
            "proposal to let elected provincial assemblies choose governors, a long-standing "
            "Renamo demand.")
    events = code_text(pipeline, text, PUB)
    assert [e.evidence.trigger for e in of_type(events, "CONCEDE")] == ["present"]


def test_a_suspension_named_as_a_demand_is_no_sanction(pipeline):
    text = ("Colombia's government and the ELN agreed on Thursday to extend their ceasefire. "
            "As part of the agreement, the ELN said it would suspend kidnappings for ransom, "
            "long a central demand of President Gustavo Petro.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONCEDE") == [("COL", "COL")]
    assert of_type(events, "SANCTION") == []


def test_a_demanded_step_told_by_a_relative_clause_is_a_concession(pipeline):
    text = ("Thousands of students marched in Belgrade on Friday. On Saturday the Serbian "
            "parliament postponed indefinitely a vote on the media law, a step that the "
            "protesters had repeatedly demanded.")
    events = code_text(pipeline, text, PUB)
    assert [e.evidence.trigger for e in of_type(events, "CONCEDE")] == ["postponed"]


def test_a_release_named_as_a_demand_stays_a_release(pipeline):
    text = ("Protesters marched in Bamako on Monday. The junta freed 40 detained activists on "
            "Tuesday, a key demand of the opposition coalition.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "RETREAT") == [("MLI", "MLI")]
    assert of_type(events, "CONCEDE") == []


def test_soldiers_handed_to_a_go_between_are_released(pipeline):
    text = ("Colombia's National Liberation Army (ELN) handed four soldiers it had held for "
            "almost a year to a humanitarian commission in Arauca department on Wednesday.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "RETREAT") == [("COL", "COL")]


def test_a_second_reported_clause_is_planned_not_hypothetical(pipeline):
    text = ("Armenian authorities lifted a curfew in Gyumri on Wednesday. Interior Minister Arsen "
            "Khachatryan said the situation in the city had returned to normal and that the "
            "extra riot police units sent from Yerevan would be withdrawn.")
    events = code_text(pipeline, text, PUB)
    assert [e.status for e in of_type(events, "RETREAT")
            if e.evidence.trigger == "withdrawn"] == ["planned"]


def test_a_curfew_lifted_answers_no_one_abroad(pipeline):
    text = ("The U.N. human rights office urged Peruvian authorities to investigate the deaths "
            "of at least 42 people. Peru's government lifted a night-time curfew in Puno on "
            "Wednesday.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "RETREAT") == [("PER", "PER")]

