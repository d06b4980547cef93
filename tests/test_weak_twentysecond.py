"""CONCEDE, twenty-second session. An apology is a concession, as is owning up to a lost vote,
agreeing to a demand, offering an amnesty and commuting a sentence; a state that frees political
prisoners or dissidents frees its own people, whatever other country the sentence names.
Dealings of companies and universities alone are no political event."""

from coding import code_text, side_countries, side_prefixes

PUB = "2024-03-15"


def _countries(pipeline, text, event_type):
    return side_countries(code_text(pipeline, text, PUB), event_type)


def test_apology_to_a_state_is_a_concession(pipeline):
    text = ("Belgium's prime minister apologised to Congo on Thursday for the abuses of the "
            "colonial era.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONCEDE") == [("BEL", "COD")]
    assert side_countries(events, "SUPPORT") == []


def test_apology_offered_is_a_concession(pipeline):
    text = ("Italy's president offered a formal apology to Libya on Thursday for the "
            "killings of the occupation years.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONCEDE") == [("ITA", "LBY")]
    assert side_countries(events, "AGREE") == []


def test_conceded_defeat(pipeline):
    text = "Zambia's incumbent president conceded defeat in Thursday's presidential election."
    assert _countries(pipeline, text, "CONCEDE") == [("ZMB", "ZMB")]


def test_acknowledged_defeat(pipeline):
    text = ("Hungary's ruling party acknowledged its defeat in Sunday's parliamentary vote, "
            "party officials said.")
    assert _countries(pipeline, text, "CONCEDE") == [("HUN", "HUN")]


def test_agreed_to_a_demand_is_a_concession(pipeline):
    text = ("Bulgaria's government agreed on Thursday to the protesters' demand to sack the "
            "interior minister.")
    events = code_text(pipeline, text, PUB)
    assert [s for s, _ in side_prefixes(events, "CONCEDE")] == ["BGR"]
    assert side_countries(events, "AGREE") == []


def test_amnesty_offered_is_a_concession(pipeline):
    text = ("Colombia's president offered an amnesty on Thursday to guerrillas who hand in "
            "their weapons.")
    events = code_text(pipeline, text, PUB)
    assert [s for s, _ in side_prefixes(events, "CONCEDE")] == ["COL"]
    assert side_countries(events, "AGREE") == []


def test_commuted_sentence(pipeline):
    text = ("Indonesia's president commuted the death sentence of a British grandmother "
            "convicted of drug smuggling.")
    assert _countries(pipeline, text, "CONCEDE") == [("IDN", "GBR")]


def test_freed_political_prisoners_are_the_states_own(pipeline):
    text = ("Belarus freed 18 political prisoners on Thursday, six of whom will travel to "
            "Poland with their families.")
    assert _countries(pipeline, text, "RETREAT") == [("BLR", "BLR")]


def test_freed_dozens_of_political_detainees(pipeline):
    text = ("Egypt freed dozens of political detainees on Thursday, days before the US "
            "secretary of state was due in Cairo.")
    assert _countries(pipeline, text, "RETREAT") == [("EGY", "EGY")]


def test_freed_foreigners_stay_foreign(pipeline):
    text = "Iran freed two Swedish citizens on Thursday as a goodwill gesture."
    assert _countries(pipeline, text, "RETREAT") == [("IRN", "SWE")]


def test_deal_between_a_university_and_a_company_is_no_event(pipeline):
    text = ("The university has signed a research deal with a German chemicals company to "
            "develop new batteries.")
    assert code_text(pipeline, text, PUB) == []


def test_talks_of_researchers_are_no_event(pipeline):
    text = ("Researchers from universities in Ghana, Togo and Benin will hold talks at a "
            "workshop in Accra next month.")
    assert code_text(pipeline, text, PUB) == []


def test_a_state_company_deal_stays(pipeline):
    text = "The IMF agreed a $3 billion loan with Egypt on Tuesday."
    assert [e.event_type for e in code_text(pipeline, text, PUB)] == ["AGREE"]
