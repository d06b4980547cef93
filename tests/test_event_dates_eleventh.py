"""Dates of the eleventh session: an act told in a clause set inside a dated occasion."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-15"  # a Friday


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_act_in_which_clause_takes_the_occasion_nouns_date(pipeline):
    text = ("The opposition demanded an inquiry into the March 2 clashes, in which police fired "
            "live rounds at protesters in Dhaka.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 2), date(2024, 3, 2))]


def test_act_in_which_clause_takes_a_possessive_weekday(pipeline):
    text = ("The protests began after Saturday's raid, in which soldiers detained 30 opposition "
            "activists in Harare.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 9), date(2024, 3, 9))]


def test_ambush_in_which_rebels_killed(pipeline):
    text = ("The army has been on alert since the March 10 ambush, in which rebels killed six "
            "Malian soldiers near Gao.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 10), date(2024, 3, 10))]


def test_clause_on_an_undated_noun_keeps_the_publication_day(pipeline):
    """Guard (passes before the change too): no date on the occasion noun, no day given."""
    text = ("The opposition demanded an inquiry into the clashes, in which police fired live "
            "rounds at protesters in Dhaka.")
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "ASSAULT"]
    assert all(e.date.precision == "publication" for e in events)


def test_act_in_when_clause_inside_a_scene_clause(pipeline):
    text = ("Rights groups demanded an inquiry into the March 2 clashes, in which 12 people died "
            "when soldiers fired on protesters in Conakry.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 2), date(2024, 3, 2))]


def test_on_the_eve_of_a_dated_occasion_is_the_day_before(pipeline):
    text = ("The foreign ministers of India and China met in Delhi on the eve of the summit, "
            "which opened on Wednesday.")
    assert _days(pipeline, text, "CONSULT") == [(date(2024, 3, 12), date(2024, 3, 12))]


def test_ordinal_day_of_the_month(pipeline):
    text = "The army said it killed 20 militants in an air strike in northern Syria on the 12th."
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 12), date(2024, 3, 12))]


def test_ordinal_day_ahead_in_the_future_tense(pipeline):
    text = "Kenya and Somalia will hold talks in Nairobi on the 20th."
    assert _days(pipeline, text, "CONSULT") == [(date(2024, 3, 20), date(2024, 3, 20))]


def test_stretch_of_talks_a_dated_act_came_after_runs_up_to_its_day(pipeline):
    text = ("Sudan and South Sudan signed an oil deal on Thursday after three days of talks in "
            "Addis Ababa.")
    assert _days(pipeline, text, "CONSULT") == [(date(2024, 3, 12), date(2024, 3, 14))]
