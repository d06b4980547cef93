"""Sides of events told with actor expressions (ninth session): a sentence-opening "It", a
government named by its capital after "in"."""

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


def test_government_in_a_capital_is_that_capitals_state(pipeline):
    text = ("Sudanese rebels in Juba signed a peace deal with the government in Khartoum on "
            "Tuesday.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "AGREE") == [("SDN", "SDN")]


def test_regime_in_a_capital_is_not_the_host_of_the_talks(pipeline):
    text = "Yemeni opposition figures in Riyadh held talks with the regime in Sanaa on Tuesday."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "CONSULT") == [("YEM", "YEM")]


def test_government_in_a_capital_after_rebels_abroad(pipeline):
    text = ("South Sudanese rebels in Addis Ababa signed a ceasefire with the government in Juba "
            "on Tuesday.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "AGREE") == [("SSD", "SSD")]
