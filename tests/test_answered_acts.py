"""A reaction answers the act its noun names: the author the noun names itself, else the
author of the earlier act of that kind, else the doer told just before."""

from coding import code_text, side_countries


def story_events(pipeline, text):
    return code_text(pipeline, text, "2024-03-15")


def test_protest_in_a_purpose_clause_answers_the_decision(pipeline):
    events = story_events(pipeline, "India on Wednesday revoked the special status of "
                          "Kashmir. Thousands of Pakistanis took to the streets of Lahore on "
                          "Thursday to protest against the decision.")
    assert side_countries(events, "PROTEST") == [("PAK", "IND")]


def test_denied_accusation_answers_its_accuser(pipeline):
    events = story_events(pipeline, "India on Wednesday accused Pakistan of sending militants "
                          "across the frontier, and the United States urged both sides to "
                          "talk. Islamabad on Thursday denied the accusation.")
    assert side_countries(events, "REJECT") == [("PAK", "IND")]


def test_every_author_the_noun_names_is_answered(pipeline):
    events = story_events(pipeline, "Hungary on Thursday said it would not approve Sweden's "
                          "and Finland's requests for loans until they changed course.")
    assert side_countries(events, "REJECT") == [("HUN", "FIN"), ("HUN", "SWE")]


def test_rejected_report_answers_its_author(pipeline):
    events = story_events(pipeline, "The United Nations published a report on Wednesday "
                          "accusing Rwanda of backing the M23 rebels, and Congo expelled a "
                          "Rwandan diplomat. Kigali on Thursday rejected the report as biased.")
    assert side_countries(events, "REJECT") == [("RWA", None)]


def test_act_of_no_event_is_the_doer_told_just_before(pipeline):
    events = story_events(pipeline, "Australia on Wednesday deported a Serbian tennis star. "
                          "Hundreds of Serbs gathered in Belgrade on Thursday to protest "
                          "against the deportation.")
    assert side_countries(events, "PROTEST") == [("SRB", "AUS")]


def test_opposition_answers_its_own_state_for_an_untold_doer(pipeline):
    events = story_events(pipeline, "Three protesters were shot dead in Nairobi on Monday. "
                          "Kenyan opposition leader Raila Odinga on Tuesday condemned the "
                          "killings and called for an inquiry.")
    assert side_countries(events, "ACCUSE") == [("KEN", "KEN")]
