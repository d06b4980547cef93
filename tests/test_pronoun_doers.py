"""Pronouns and group references as doers: "they" is the many who acted last, "the two sides"
the pair an event set against each other (context.py)."""

from coding import code_text, side_countries


def test_they_after_a_street_blockade_are_the_strikers(pipeline):
    text = ("Striking nurses blocked streets in Dhaka on Monday. "
            "They accused the government of breaking its promises on pay.")
    events = code_text(pipeline, text, "2024-06-04")
    assert ("BGD", "BGD") in side_countries(events, "ACCUSE")


def test_the_two_sides_are_the_parties_not_the_mediators(pipeline):
    text = ("Egypt and Qatar mediated talks between Israel and Hamas in Cairo on Thursday. "
            "The two sides agreed to a three-day truce.")
    events = code_text(pipeline, text, "2024-05-10")
    agreed = side_countries(events, "AGREE")
    # the mediators are not "the two sides" (the parties' own agreement is still lost here)
    assert ("EGY", "QAT") not in agreed
