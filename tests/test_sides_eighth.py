"""Sides rules of the eighth session: who acts and who is acted on."""

from coding import code_text, side_countries


def test_thousands_of_a_people_are_that_people(pipeline):
    # A count of a named people acts as that people, not as the story's last country.
    text = ("Ethiopia began filling the dam on Monday. "
            "Thousands of Egyptians protested on Tuesday.")
    events = code_text(pipeline, text, "2024-05-10")
    assert [s for s, _ in side_countries(events, "PROTEST")] == ["EGY"]


def test_tens_of_thousands_of_a_people(pipeline):
    text = ("Russia closed the border on Monday. "
            "Tens of thousands of Georgians rallied on Sunday.")
    events = code_text(pipeline, text, "2024-05-10")
    assert [s for s, _ in side_countries(events, "PROTEST")] == ["GEO"]


def test_hundreds_of_a_people_marched(pipeline):
    text = ("Israel closed the crossing on Thursday. "
            "Hundreds of Palestinians marched through the town on Friday.")
    events = code_text(pipeline, text, "2024-05-10")
    assert [s for s, _ in side_countries(events, "PROTEST")] == ["PSE"]
