"""Acts told from the side of the one they fall on (ninth session, third sides pass): the
object of a verb of receiving ("drew", "received", "faced", "won", "came in for", "met with")
names the act, its "from" or "by" phrase the doer, and the verb's subject the target."""

from coding import code_text, side_countries


def test_rebuke_drawn_from_a_bloc(pipeline):
    text = "Georgia drew a stern rebuke from Washington on Tuesday over a new media law."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("USA", "GEO")]


def test_criticism_come_in_for(pipeline):
    text = "Nicaragua came in for fierce criticism from Costa Rica on Tuesday over the bishops."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("CRI", "NIC")]


def test_condemnation_met_with_is_no_meeting(pipeline):
    text = "Azerbaijan met with condemnation from France on Tuesday over the blockade."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("FRA", "AZE")]
    assert side_countries(events, "CONSULT") == []


def test_request_received(pipeline):
    text = "Guatemala got a request from Washington on Tuesday to take in more migrants."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "REQUEST") == [("USA", "GTM")]


def test_sanctions_faced(pipeline):
    text = "North Korea faced fresh sanctions from Japan on Tuesday after a missile launch."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "SANCTION") == [("JPN", "PRK")]


def test_backing_won_names_the_backer_by_of(pipeline):
    text = "Moldova won the backing of Romania on Tuesday for its bid to join the bloc."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "SUPPORT") == [("ROU", "MDA")]


def test_visit_received(pipeline):
    text = "Somalia received a visit from the Turkish defence minister on Tuesday."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "CONSULT") == [("TUR", "SOM")]


def test_protest_drawn_by_a_participle_falls_on_the_main_subject(pipeline):
    text = ("Japan's coast guard seized a Chinese fishing boat on Tuesday, drawing a sharp "
            "protest from Beijing.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("CHN", "JPN")]
