"""Concessions, twenty-sixth session. A participle of giving in after a concession or a
withdrawal tells why it was done, not a second act: the act alone is coded, aimed at the presser
when the participle names one of another country ("would hand power to elected civilians ...,
bowing to pressure from West African leaders": one concession, Guinea to ECOWAS; bowed_acts.py).
Held people handed back are released to their own side ("248 of its servicemen had been handed
back by Kyiv": Ukraine to Russia; verbs.tsv). A person the actor book does not know who resigns
is an office holder of the story's country ("The speaker, Irakli Kobakhidze, resigned";
resigning_officials.py). An act a phrase calls a concession is one ("In a concession to
critics, the office said it would exempt ..."; met_demands.py). People freed whom the clause
gives no side are the doer's own, not a mediator named after them ("Cuba has freed 38 political
prisoners after months of mediation by the Vatican"; releases.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-14"  # a Thursday


def test_a_participle_of_giving_in_is_no_second_concession(pipeline):
    text = ("Guinea's military government said on Friday it would hand power to elected "
            "civilians within 24 months rather than the three years it had announced earlier, "
            "bowing to pressure from the Economic Community of West African States.")
    events = code_text(pipeline, text, PUB)
    concessions = of_type(events, "CONCEDE")
    assert len(concessions) == 1
    assert concessions[0].source.country == "GIN"
    assert concessions[0].target.code.startswith("IGO")


def test_giving_in_to_unnamed_pressure_leaves_the_withdrawal_alone(pipeline):
    text = ("South Sudan said on Friday it would withdraw its troops from the disputed Heglig "
            "oil field within three days, bowing to international pressure ten days after its "
            "army seized the area from Sudan.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "RETREAT") == [("SSD", "SDN")]
    assert of_type(events, "CONCEDE") == []


def test_soldiers_handed_back_are_released_to_their_own_side(pipeline):
    text = ("Ukraine and Russia swapped hundreds of prisoners of war on Wednesday. The Russian "
            "defence ministry said 248 of its servicemen had been handed back by Kyiv and would "
            "be flown to Moscow for medical treatment.")
    events = code_text(pipeline, text, PUB)
    handed = [e for e in events if e.evidence.trigger == "handed"]
    assert [(e.source.country, e.target.country) for e in handed] == [("UKR", "RUS")]


def test_an_unknown_person_resigning_serves_the_storys_country(pipeline):
    text = ("Russia will halt all passenger flights to Georgia from July 8 under a decree signed "
            "by President Vladimir Putin on Friday, Moscow's answer to four days of anti-Russian "
            "protests that the Kremlin described as a \"Russophobic provocation\". The speaker, "
            "Irakli Kobakhidze, resigned on Friday, meeting one of the protesters' demands.")
    events = code_text(pipeline, text, "2019-06-24", dateline="TBILISI")  # a Monday
    assert side_countries(events, "CONCEDE") == [("GEO", "GEO")]


def test_prisoners_freed_after_mediation_are_the_doers_own(pipeline):
    text = ("Cuba has freed 38 political prisoners after months of mediation by the Vatican, an "
            "independent Havana-based rights commission said on Tuesday.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "RETREAT") == [("CUB", "CUB")]


def test_an_act_called_a_concession_is_one(pipeline):
    text = ("RIGA (Baltic Wire) - Latvia's migration office ordered 1,200 Russian citizens to "
            "pass a language test. In a concession to critics, the office said it would exempt "
            "people over 75 and those with serious illnesses from the language requirement.")
    events = code_text(pipeline, text, PUB)
    assert [e.evidence.trigger for e in of_type(events, "CONCEDE")] == ["exempt"]
