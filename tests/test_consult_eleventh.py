"""CONSULT told by a visit the clause's subject is on, by "made a visit to", and by presence in
a capital the small model does not tag as a place (eleventh session)."""

from coding import side_countries

PUB = "2024-03-05"


def test_subject_on_a_visit_to_a_capital(pipeline):
    events = pipeline_events(pipeline, "Pakistan's army chief is on a visit to Beijing this week.")
    assert side_countries(events, "CONSULT") == [("PAK", "CHN")]


def test_subject_on_a_visit_told_in_apposition(pipeline):
    events = pipeline_events(pipeline, "The Indonesian president, on a two-day visit to Tokyo, "
                             "said the two countries would deepen cooperation.")
    assert ("IDN", "JPN") in side_countries(events, "CONSULT")


def test_another_persons_visit_is_not_the_subjects(pipeline):
    events = pipeline_events(pipeline, "Officials commented on Xi's visit to Hanoi on Monday. "
                             "Officials gave no further details.")
    assert side_countries(events, "CONSULT") == []


def test_made_a_visit_to(pipeline):
    events = pipeline_events(pipeline, "The Ukrainian president made a surprise visit to "
                             "Washington on Tuesday.")
    assert side_countries(events, "CONSULT") == [("UKR", "USA")]


def test_in_a_capital_tagged_as_a_person_for_talks_with(pipeline):
    events = pipeline_events(pipeline, "The Polish president was in Vilnius on Tuesday for "
                             "talks with Lithuanian leaders.")
    assert side_countries(events, "CONSULT") == [("POL", "LTU")]


def pipeline_events(pipeline, text):
    from coding import code_text
    return code_text(pipeline, text, PUB)
