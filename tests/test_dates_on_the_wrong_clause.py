"""Sixth-session rules (second round, real model): a date the parser hangs on another clause
than the event's: a relative clause on the event noun or on someone in its phrase, the verb
that tells an event noun happening or called off, two dates of one event making a range, and a
clause describing the people an act was done to.

Each test uses a hand-built sentence the code at 21073be dated wrongly."""

from datetime import date

from coding import code_text, day_spans


def test_a_relative_clause_on_the_meeting_dates_it(pipeline):
    events = code_text(pipeline, "A meeting between Sudanese and Chadian army chiefs that Qatar "
                                 "had arranged in Doha for Tuesday did not take place, a "
                                 "Sudanese military source said.", "2023-03-10")
    assert day_spans(events, "CONSULT") == [(date(2023, 3, 7), date(2023, 3, 7))]


def test_talks_that_ended_on_a_day_hung_on_another_noun(pipeline):
    events = code_text(pipeline, "Sudan and South Sudan agreed on a ceasefire at three days of "
                                 "talks between delegations from the two countries in the "
                                 "Ethiopian city of Bahir Dar that ended on Saturday.",
                       "2019-06-03")
    assert day_spans(events, "CONSULT") == [(date(2019, 5, 30), date(2019, 6, 1))]
    assert day_spans(events, "AGREE") == [(date(2019, 6, 1), date(2019, 6, 1))]


def test_a_summit_called_off_on_a_day(pipeline):
    events = code_text(pipeline, "A summit in Addis Ababa between Ethiopian Prime Minister Abiy "
                                 "Ahmed and Eritrean President Isaias Afwerki was called off on "
                                 "March 3 after the Eritrean delegation declined to attend.",
                       "2024-03-08")
    assert day_spans(events, "CONSULT") == [(date(2024, 3, 3), date(2024, 3, 3))]


def test_fighting_told_on_two_days_is_a_range(pipeline):
    events = code_text(pipeline, "Fighting between Armenian and Azerbaijani troops broke out on "
                                 "Tuesday morning and flared again on Thursday.", "2022-09-16")
    assert set(day_spans(events, "ASSAULT")) == {(date(2022, 9, 13), date(2022, 9, 15))}


def test_a_date_on_the_people_acted_on_dates_the_act(pipeline):
    events = code_text(pipeline, "Riot police fired tear gas and charged with batons at hundreds "
                                 "of farmers who blocked the highway outside Lima on Wednesday, "
                                 "witnesses said.", "2023-01-13")
    assert (date(2023, 1, 11), date(2023, 1, 11)) in day_spans(events, "COERCE")


def test_an_infinitive_act_on_people_described_with_a_date(pipeline):
    events = code_text(pipeline, "Border guards used batons to push back migrants who tried to "
                                 "climb the fence on Sunday, Poland's Border Guard said.",
                       "2021-11-10")
    assert set(day_spans(events, "COERCE")) == {(date(2021, 11, 7), date(2021, 11, 7))}


def test_an_act_that_failed_takes_the_day_of_the_meeting(pipeline):
    events = code_text(pipeline, "The foreign ministers of Sudan and Chad met in Doha on Saturday "
                                 "for talks mediated by Qatar, but failed to agree on a plan for "
                                 "the withdrawal of troops, Qatar's foreign ministry said.",
                       "2024-10-14")
    assert day_spans(events, "AGREE") == [(date(2024, 10, 12), date(2024, 10, 12))]


def test_a_date_that_modifies_a_noun_dates_that_noun_only(pipeline):
    events = code_text(pipeline, "Ukraine banned Belarusian airlines from its airspace on Tuesday "
                                 "and cut the last rail links between the two countries, stepping "
                                 "up pressure on Minsk after the May 13 attack on Kyiv.",
                       "2022-06-01")
    assert set(day_spans(events, "SANCTION")) | set(day_spans(events, "COERCE")) == {
        (date(2022, 5, 31), date(2022, 5, 31))}


def test_a_date_on_the_subjects_participle_is_read_in_the_past(pipeline):
    events = code_text(pipeline, "European Union foreign ministers, meeting in Luxembourg on "
                                 "Monday, agreed to widen the bloc's sanctions regime against Iran "
                                 "so that it can target shipping firms.", "2023-10-18")
    assert day_spans(events, "SANCTION") == [(date(2023, 10, 16), date(2023, 10, 16))]


def test_talks_closed_by_a_dated_agreement_ran_up_to_its_day(pipeline):
    events = code_text(pipeline, "The agreement was reached in Tehran on Friday at the end of "
                                 "three days of talks between a team of IAEA inspectors and "
                                 "senior Iranian nuclear officials.", "2007-07-16")
    assert day_spans(events, "CONSULT") == [(date(2007, 7, 11), date(2007, 7, 13))]


def test_an_act_kept_up_for_days_ran_up_to_the_day_it_ended(pipeline):
    events = code_text(pipeline, "Truck drivers who had blocked highways in southern Peru for "
                                 "four days lifted their roadblocks on Thursday night after the "
                                 "regional government agreed to cut fuel taxes.", "2023-03-10")
    assert day_spans(events, "PROTEST") == [(date(2023, 3, 6), date(2023, 3, 9))]
