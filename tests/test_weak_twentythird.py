"""Weak types, twenty-third session. An international body's members agreeing among themselves
on an act against a third side is their decision, not an agreement with that side: the act is
coded, no AGREE."""

from coding import code_text, side_countries, side_prefixes

PUB = "2024-03-15"


def test_bloc_agreeing_to_sanctions_is_no_agreement_with_the_target(pipeline):
    text = ("European Union foreign ministers agreed on Monday to add two more executives of "
            "Turkey's state oil company to a sanctions list over unauthorised drilling off "
            "Cyprus.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "AGREE") == []
    assert [t for _, t in side_prefixes(events, "SANCTION")] == ["TUR"]


def test_bloc_agreeing_to_lift_sanctions_is_no_agreement_with_the_target(pipeline):
    text = ("European Union foreign ministers agreed on Tuesday to lift the bloc's remaining "
            "economic sanctions on Syria.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "AGREE") == []
    assert [t for _, t in side_prefixes(events, "CONCEDE")] == ["SYR"]


def test_state_agreeing_to_help_another_is_still_an_agreement(pipeline):
    text = "Germany agreed on Thursday to help Iraq rebuild its power grid."
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "AGREE") == [("DEU", "IRQ")]
