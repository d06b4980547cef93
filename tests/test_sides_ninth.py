"""Sides of events told with actor expressions (ninth session): pronouns across sentences."""

from coding import code_text, side_countries


def test_opening_it_is_the_subject_of_the_sentence_before(pipeline):
    text = ("The Philippine coast guard said on Tuesday that a Chinese vessel had blocked one of "
            "its patrol boats. It accused China of dangerous manoeuvres.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("PHL", "CHN")]


def test_opening_it_after_a_ministry_reporting_a_foreign_ship(pipeline):
    text = ("Vietnam's foreign ministry said a Chinese survey ship had entered its exclusive "
            "economic zone. It urged Beijing to withdraw the vessel.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "REQUEST") == [("VNM", "CHN")]


def test_opening_it_after_a_navy_reporting_an_incursion(pipeline):
    text = ("Indonesia's navy said on Monday that an Australian patrol boat had entered its "
            "waters near Rote island. It demanded that Canberra explain the incursion.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "REQUEST") == [("IDN", "AUS")]
