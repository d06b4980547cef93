"""Seventh-session rules of news text (real model): the day of an event that the sentence ties
to another dated event. Each test uses hand-built sentences the code at c5c97e0 dated wrongly
(the sentences are not in the dev set)."""

from datetime import date

from coding import code_text, day_spans


def test_people_acted_on_did_their_act_that_day(pipeline):
    events = code_text(pipeline, "Kenyan police fired tear gas on Monday at protesters who were "
                                 "marching on parliament in Nairobi.", "2022-10-13")
    assert day_spans(events, "PROTEST") == [(date(2022, 10, 10), date(2022, 10, 10))]


def test_an_attempt_by_the_people_acted_on_is_that_day(pipeline):
    # Another type than the act on the crowd: an assault by the crowd beside an assault on it,
    # one country's sides on one day, is merged into one event (merge.same_event).
    events = code_text(pipeline, "Nepalese police fired tear gas on Sunday at a crowd that tried "
                                 "to storm a government office in Birgunj.", "2022-10-13")
    assert day_spans(events, "ASSAULT") == [(date(2022, 10, 9), date(2022, 10, 9))]


def test_a_past_perfect_relative_clause_dates_the_act_on_its_people(pipeline):
    events = code_text(pipeline, "Senegalese riot police fired tear gas at hundreds of young "
                                 "people who had blocked the main road through the suburb of "
                                 "Pikine on Sunday afternoon, witnesses said.", "2024-02-12")
    assert day_spans(events, "COERCE") == [(date(2024, 2, 11), date(2024, 2, 11))]


def test_students_who_had_occupied_a_building_did_so_that_day(pipeline):
    events = code_text(pipeline, "Greek police used water cannon on Thursday against students "
                                 "who had occupied the main building of Athens University.",
                       "2023-05-20")
    assert day_spans(events, "PROTEST") == [(date(2023, 5, 18), date(2023, 5, 18))]


def test_a_road_blocked_on_a_day_dates_the_tear_gas_at_the_blockers(pipeline):
    events = code_text(pipeline, "Peruvian police fired tear gas at farmers who had blocked the "
                                 "Pan-American highway on Tuesday.", "2023-05-20")
    assert day_spans(events, "COERCE") == [(date(2023, 5, 16), date(2023, 5, 16))]


def test_talks_an_agreement_followed_were_held_that_day(pipeline):
    events = code_text(pipeline, "Serbia and Kosovo agreed on Tuesday to lift trade tariffs, "
                                 "following a meeting in Brussels between their prime ministers.",
                       "2019-03-08")
    assert day_spans(events, "CONSULT") == [(date(2019, 3, 5), date(2019, 3, 5))]


def test_talks_after_which_an_undated_statement_reports_a_dated_deal(pipeline):
    events = code_text(pipeline, "Ethiopia and Eritrea agreed on Wednesday to reopen their border "
                                 "crossings, the two foreign ministers said after talks in Asmara.",
                       "2019-03-08")
    assert day_spans(events, "CONSULT") == [(date(2019, 3, 6), date(2019, 3, 6))]


def test_a_summit_a_dated_accord_was_signed_at_is_that_day(pipeline):
    events = code_text(pipeline, "Chile and Peru signed a maritime accord on Monday during a "
                                 "summit in Lima.", "2019-03-08")
    assert day_spans(events, "CONSULT") == [(date(2019, 3, 4), date(2019, 3, 4))]


def test_talks_an_agreement_was_reached_at_on_a_day(pipeline):
    events = code_text(pipeline, "Kyrgyzstan and Tajikistan said the agreement was reached on "
                                 "April 30 at talks between the heads of the two countries' "
                                 "security services in Batken.", "2021-05-03")
    assert day_spans(events, "CONSULT") == [(date(2021, 4, 30), date(2021, 4, 30))]


def test_a_refusal_voiced_in_a_dated_statement_is_that_day(pipeline):
    events = code_text(pipeline, "Serbian President Aleksandar Vucic told reporters on Friday "
                                 "that Belgrade would not negotiate with Pristina under threat.",
                       "2023-06-05")
    assert day_spans(events, "REJECT") == [(date(2023, 6, 2), date(2023, 6, 2))]


def test_a_refused_meeting_told_to_parliament_is_dated_by_the_speech(pipeline):
    events = code_text(pipeline, "Armenian Prime Minister Nikol Pashinyan told parliament on "
                                 "Wednesday that he would not meet Azerbaijani President Ilham "
                                 "Aliyev in Moscow.", "2023-06-09")
    assert day_spans(events, "REJECT") == [(date(2023, 6, 7), date(2023, 6, 7))]
