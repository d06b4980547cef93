"""False events: acts that are a stance rather than something that happened, and one event
told twice in an article."""

from coding import code_text, of_type


def test_an_act_refused_for_the_future_is_only_a_refusal(pipeline):
    text = ("Lithuania will not hand the activists over to Belarus, Foreign Minister Gabrielius "
            "Landsbergis said on Tuesday.")
    events = code_text(pipeline, text, "2021-08-10")
    assert of_type(events, "RETREAT") == []


def test_an_act_refused_in_the_past_is_only_a_refusal(pipeline):
    text = "The IMF refused in December to release a loan instalment to Argentina."
    events = code_text(pipeline, text, "2002-01-03")
    assert [e for e in events if e.status == "negated"] == []


def test_what_two_sides_agreed_not_to_do_is_no_event(pipeline):
    text = ("The presidents of Venezuela and Guyana met on Thursday and agreed not to threaten "
            "each other.")
    events = code_text(pipeline, text, "2023-12-15")
    assert of_type(events, "THREATEN") == []


def test_a_border_never_agreed_is_a_state_not_an_event(pipeline):
    text = ("Pakistan and Afghanistan have never agreed on the frontier drawn in the colonial era, "
            "officials in Islamabad said.")
    events = code_text(pipeline, text, "2022-11-15")
    assert of_type(events, "AGREE") == []


def test_a_dated_meeting_that_will_not_happen_is_kept_negated(pipeline):
    # a guard of the refusal rule (passes before it too): a meeting called off is news
    text = ("Chinese Premier Wen Jiabao will not meet Japanese Prime Minister Naoto Kan at the "
            "United Nations in New York this week, Beijing said on Tuesday.")
    meetings = of_type(code_text(pipeline, text, "2010-09-21"), "CONSULT")
    assert [e.status for e in meetings] == ["negated"]


def test_two_verbs_of_one_statement_are_one_accusation(pipeline):
    text = ("Iran's foreign ministry spokesman Nasser Kanaani condemned the Canadian move on "
            "Thursday and accused Ottawa of encouraging rioters.")
    accusations = of_type(code_text(pipeline, text, "2022-10-13"), "ACCUSE")
    assert len(accusations) == 1


def test_one_country_charging_and_criticising_its_own_sides_is_two_acts(pipeline):
    # a guard of the rule above (passes before it too): domestic sides are too coarse to merge
    text = ("Moroccan prosecutors accused the activist of undermining state security. King "
            "Mohammed VI criticised officials for failing to carry out development projects.")
    accusations = of_type(code_text(pipeline, text, "2017-08-02"), "ACCUSE")
    assert len(accusations) == 2


def test_a_present_passive_with_no_agent_is_a_state(pipeline):
    text = ("About 12,000 Polish troops are stationed along the frontier with Belarus, and "
            "journalists are barred from the border zone, the defence ministry said.")
    events = code_text(pipeline, text, "2021-11-09")
    assert of_type(events, "MOBILIZE") == [] and of_type(events, "COERCE") == []


def test_calling_a_deed_a_name_is_no_phone_call(pipeline):
    text = ("Ukrainian President Volodymyr Zelenskiy called the Russian attack \"barbarism\", and "
            "Belarus's defence ministry called the Polish troop build-up a \"provocation\".")
    assert of_type(code_text(pipeline, text, "2022-07-24"), "CONSULT") == []


def test_calling_a_leader_is_still_a_phone_call(pipeline):
    # a guard of the naming rows (passes before them too)
    text = "French President Emmanuel Macron called Russian President Vladimir Putin on Tuesday."
    assert len(of_type(code_text(pipeline, text, "2021-06-17"), "CONSULT")) == 1


def test_attacking_a_problem_and_invading_a_moat_use_no_force(pipeline):
    problem = ("Chilean and Spanish astronomers compared their data. \"We attacked the problem "
               "from two directions, and both gave the same answer,\" said Chilean astronomer "
               "Carolina Fuentes.")
    moat = "Thai crowds invaded the moat that rings the old town."
    assert of_type(code_text(pipeline, problem, "2026-03-17"), "ASSAULT") == []
    assert of_type(code_text(pipeline, moat, "2015-04-14"), "ASSAULT") == []


def test_a_standing_denial_names_no_act(pipeline):
    events = code_text(pipeline, "Pakistan accuses the Taliban of harbouring the TTP. Kabul "
                                 "denies sheltering the group.", "2024-05-14")
    assert of_type(events, "AID") == []


def test_an_act_with_no_plan_and_an_act_not_allowed_are_no_events(pipeline):
    plan = "An AMISOM spokesman said the mission had no plans to move forces into Hiiraan."
    allowed = ("Tehran has repeatedly refused to allow British diplomats to visit detained "
               "nationals.")
    briefing = ("A Qatari official, speaking on condition of anonymity because he was not "
                "authorised to brief the media, said the boats had been fishing without permits.")
    assert of_type(code_text(pipeline, plan, "2016-10-19"), "MOBILIZE") == []
    assert of_type(code_text(pipeline, allowed, "2021-05-26"), "CONSULT") == []
    assert of_type(code_text(pipeline, briefing, "2019-05-15"), "CONSULT") == []


def test_not_recognising_a_government_is_a_stance(pipeline):
    text = "Washington does not recognise the Venezuelan government of Nicolas Maduro."
    assert of_type(code_text(pipeline, text, "2018-11-02"), "SUPPORT") == []


def test_an_accusation_its_target_denies_is_kept(pipeline):
    # a guard of the denial rule (passes before it too): the parser may hang the accusation on
    # "denies"
    text = "Moscow has accused Kiev of siphoning off gas meant for Europe, a charge Ukraine denies."
    assert len(of_type(code_text(pipeline, text, "2009-01-01"), "ACCUSE")) == 1


def test_an_attacks_toll_is_that_attack(pipeline):
    text = ("Afghan Taliban forces fired mortar rounds into the Pakistani town of Chaman on Sunday "
            "night, killing four civilians and wounding 15, the Pakistani army said.")
    attacks = of_type(code_text(pipeline, text, "2022-11-15"), "ASSAULT")
    assert [e.evidence.trigger for e in attacks] == ["fired"]
