"""Dates of the twenty-sixth session. An act that is itself the dated verb of a statement keeps
its day even when another speaker reports it ("announced a $1.2 billion package on Tuesday,
the Pentagon said": statement_days.undate_plans_of_statements drops the day only from plans
the dated verb reports). An accord still to come takes a date that reaches it only through
its object's nouns and gerunds ("are due to sign an agreement on sharing financial intelligence
in Washington next week", where the parser hangs the week on "sharing": said_days), not one in
a clause of its own ("a pact that Japan suspended last year"). A protest story goes on in
another town ("In Sao Paulo, police arrested 20 protesters." after a dated march): its crowds
and their policing take the protest's day, not what is said there
(narrative_days._opens_with_a_place)."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
TUESDAY = date(2024, 3, 12)
WEDNESDAY = date(2024, 3, 13)


def test_an_announced_package_keeps_its_own_day_under_a_reporter(pipeline):
    events = code_text(pipeline, "The United States announced a new $1.2 billion package of "
                                 "weapons and ammunition for Ukraine on Tuesday, the Pentagon "
                                 "said.", PUB)
    assert day_spans(events, "AID") == [(TUESDAY, TUESDAY)]


def test_an_accord_to_come_takes_the_week_hung_on_its_object(pipeline):
    events = code_text(pipeline, "Colombian and U.S. officials are due to sign an agreement on "
                                 "sharing financial intelligence in Washington next week, the "
                                 "attorney general's office said.", PUB)
    assert day_spans(events, "AGREE") == [(date(2024, 3, 18), date(2024, 3, 24))]


def test_a_protests_crowds_in_another_town_take_the_protest_day(pipeline):
    text = ("Thousands of Brazilians took to the streets of some 80 cities on Wednesday in "
            "the biggest protests in two decades. In Brasilia, demonstrators tried to storm "
            "the foreign ministry. In Sao Paulo, police arrested 20 protesters. In Paris, "
            "French unions said they would strike.")
    events = code_text(pipeline, text, PUB)
    assert day_spans(events, "COERCE", sentence_index=2) == [(WEDNESDAY, WEDNESDAY)]
    assert all(not e.date.is_stated for e in events if e.evidence.sentence_index == 3)
