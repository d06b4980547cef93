"""Weak types, twenty-third session. An international body's members agreeing among themselves
on an act against a third side is their decision, not an agreement with that side: the act is
coded, no AGREE. A warning that tells of what is, or of winter coming, is no threat; a warning
that a named state would strike back is that state's threat."""

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


def test_bloc_agreeing_to_send_help_is_still_a_pledge(pipeline):
    text = ("NATO defence ministers gathered in Brussels on Thursday. NATO members agreed to "
            "send more artillery shells to Ukraine.")
    events = code_text(pipeline, text, PUB)
    assert [t for _, t in side_prefixes(events, "AGREE")] == ["UKR"]


def test_state_agreeing_to_help_another_is_still_an_agreement(pipeline):
    text = "Germany agreed on Thursday to help Iraq rebuild its power grid."
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "AGREE") == [("DEU", "IRQ")]


def test_warning_of_a_fact_is_no_threat(pipeline):
    text = ("The U.N. humanitarian office appealed on Monday for $95 million to cover needs in "
            "Haiti, warning that gangs controlling the main roads out of the capital were "
            "slowing deliveries.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == []
    assert side_countries(events, "REQUEST") != []


def test_warning_of_winter_is_no_threat(pipeline):
    text = ("The United Nations appealed on Monday for $48 million to help 250,000 people in "
            "Nepal, warning that winter would soon set in across the region.")
    assert side_countries(code_text(pipeline, text, PUB), "THREATEN") == []


def test_warning_of_readiness_is_still_a_threat(pipeline):
    text = ("Canada's trade minister warned that Ottawa was prepared to impose retaliatory "
            "tariffs on American steel if the duties were not withdrawn.")
    assert side_countries(code_text(pipeline, text, PUB), "THREATEN") == [("CAN", "USA")]


def test_warned_that_a_named_state_would_strike_is_its_threat(pipeline):
    text = ("Kurdish militants attacked a Turkish base in Syria on Monday. Syrian President "
            "Bashar al-Assad condemned the attack. Interior Minister Kemal Ozturan warned that "
            "Ankara \"will not hesitate\" to launch a new ground operation if attacks on "
            "Turkish towns continued.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("TUR", "SYR")]


def test_warned_that_the_army_would_strike_keeps_the_speakers_threat(pipeline):
    text = ("Palestinian militants fired rockets at Israel on Tuesday. Israel's defence minister "
            "warned on Wednesday that the army would launch \"a much wider operation\" if "
            "rocket fire resumed.")
    assert side_countries(code_text(pipeline, text, PUB), "THREATEN") == [("ISR", "PSE")]


def test_warning_that_all_options_are_open_is_a_threat(pipeline):
    text = ("Ethiopia began filling its dam on Monday. Egyptian President Abdel Fattah al-Sisi "
            "warned on Tuesday that \"all options are open\" if Egypt's share of the Nile "
            "waters was affected.")
    assert [s for s, _ in side_countries(code_text(pipeline, text, PUB), "THREATEN")] == ["EGY"]
