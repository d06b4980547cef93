"""Sides rules of the eleventh session, second round: acts traded between two doers go both
ways, and a venue inside an argument is a place, not a side."""

from coding import code_text, side_countries


def test_exchanged_accusations_go_both_ways_whatever_else_is_named(pipeline):
    events = code_text(pipeline, "Venezuela and Guyana exchanged angry accusations at the United "
                       "Nations on Tuesday. Officials gave no further details.", "2024-03-15")
    assert side_countries(events, "ACCUSE") == [("GUY", "VEN"), ("VEN", "GUY")]


def test_traded_accusations_go_both_ways_past_a_named_venue(pipeline):
    events = code_text(pipeline, "India and Pakistan traded accusations at the United Nations "
                       "on Tuesday. Officials gave no further details.", "2024-03-15")
    assert side_countries(events, "ACCUSE") == [("IND", "PAK"), ("PAK", "IND")]


def test_traded_threats_go_both_ways(pipeline):
    events = code_text(pipeline, "Iran and Israel traded threats on Monday after the strike in "
                       "Damascus. Officials gave no further details.", "2024-03-15")
    assert side_countries(events, "THREATEN") == [("IRN", "ISR"), ("ISR", "IRN")]


def test_a_venue_nested_in_an_argument_is_no_side(pipeline):
    events = code_text(pipeline, "Yemen's warring parties agreed on a prisoner exchange after "
                       "ten days of talks in the Swiss city of Geneva.", "2024-03-15")
    assert all("CHE" not in pair for e in events for pair in side_countries([e], e.event_type))
