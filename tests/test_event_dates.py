"""Sixth-session rules of news text (real model): the day or range an event happened, from
times of day, nights, weekends and holidays, and from the clause a loose date hangs on.

Each test uses a hand-built sentence the code at c261942 dated wrongly."""

from datetime import date

from coding import code_text, day_spans

from newsevents.dates import resolve_date


def events_of(pipeline, text, pub):
    return code_text(pipeline, text, pub)


def test_a_night_is_the_day_it_falls_in(pipeline):
    events = events_of(pipeline, "Armenia closed its border crossing with Turkey on Monday after "
                                 "Turkish forces fired mortar rounds into the town of Kars on "
                                 "Sunday night, the army said.", "2022-11-15")
    assert (date(2022, 11, 13), date(2022, 11, 13)) in day_spans(events, "ASSAULT")


def test_the_weekend_is_its_saturday_and_sunday(pipeline):
    events = events_of(pipeline, "Israeli jets struck dozens of targets in the Gaza Strip over "
                                 "the weekend, the Gaza health ministry said.", "2019-05-06")
    assert day_spans(events, "ASSAULT") == [(date(2019, 5, 4), date(2019, 5, 5))]


def test_weekend_resolution():
    monday, saturday = date(2019, 5, 6), date(2019, 5, 4)
    assert (resolve_date("at the weekend", monday).start, resolve_date("last weekend", monday)
            .end) == (saturday, date(2019, 5, 5))
    ahead = resolve_date("this weekend", date(2019, 7, 25), future=True)
    assert (ahead.start, ahead.end) == (date(2019, 7, 27), date(2019, 7, 28))


def test_overnight_is_the_night_before_the_story(pipeline):
    events = events_of(pipeline, "Israeli troops also arrested 12 Palestinians in overnight raids "
                                 "in the occupied West Bank, a Palestinian group said.",
                       "2019-05-06")
    assert day_spans(events, "COERCE") == [(date(2019, 5, 5), date(2019, 5, 6))]


def test_holidays_are_their_day():
    new_year = resolve_date("New Year's Day", date(2003, 12, 30), future=True)
    assert new_year.start == date(2004, 1, 1)
    assert resolve_date("on New Year's Eve", date(2009, 1, 1)).start == date(2008, 12, 31)
    assert resolve_date("Christmas Day", date(2010, 1, 4)).start == date(2009, 12, 25)


def test_talks_that_broke_down_on_a_holiday(pipeline):
    events = events_of(pipeline, "Russia halted gas supplies to Ukraine on Thursday after "
                                 "last-ditch talks on prices broke down on New Year's Eve.",
                       "2009-01-01")
    assert day_spans(events, "CONSULT") == [(date(2008, 12, 31), date(2008, 12, 31))]


def test_a_phrase_that_resolves_to_no_date_leaves_the_one_date_loose(pipeline):
    # "within days" is no second date of the sentence
    events = events_of(pipeline, "Kazakh protests began on Sunday in the oil town of Zhanaozen "
                                 "over a sharp rise in the price of gas, and spread across the "
                                 "country within days.", "2022-01-06")
    assert day_spans(events, "PROTEST") == [(date(2022, 1, 2), date(2022, 1, 2))]


def test_a_loose_past_date_is_not_read_ahead_for_a_planned_act(pipeline):
    events = events_of(pipeline, "Dairy farmers lifted most of their roadblocks on Tuesday night "
                                 "after the Cordoba provincial government agreed to suspend a "
                                 "tax on milk sales.", "2025-06-11")
    assert all(start <= date(2025, 6, 11) for start, _ in day_spans(events, "CONCEDE"))


def test_an_act_months_before_the_clause_is_not_dated_by_it(pipeline):
    # guards the rule above: once "two months" is no date, "next Monday" is the loose one
    events = events_of(pipeline, "Venezuela will reopen a key border bridge to pedestrians from "
                                 "next Monday, two months after President Nicolas Maduro sealed "
                                 "the frontier with Colombia and expelled more than 1,500 "
                                 "Colombians, the two countries' defence ministers said.",
                       "2015-10-16")
    sealed = [e for e in events if e.event_type in ("COERCE", "SANCTION")]
    assert sealed and all(e.date.precision == "publication" for e in sealed)


def test_a_speech_participle_dates_what_the_speaker_did(pipeline):
    events = events_of(pipeline, "Afghan President Ashraf Ghani, speaking at a gathering of "
                                 "religious scholars in Kabul on Sunday, accused the Taliban of "
                                 "hunting for excuses to avoid peace.", "2019-04-22")
    assert day_spans(events, "ACCUSE") == [(date(2019, 4, 21), date(2019, 4, 21))]


def test_hours_earlier_counts_from_the_event_told_before(pipeline):
    events = events_of(pipeline, "Afghan President Ashraf Ghani accused the Taliban on Sunday of "
                                 "sabotaging peace talks. Hours earlier, Taliban fighters had "
                                 "stormed two police checkpoints in Kunduz, killing nine officers, "
                                 "officials said.", "2019-04-22")
    assert (date(2019, 4, 21), date(2019, 4, 21)) in day_spans(events, "ASSAULT")


def test_anchored_phrases():
    saturday, pub = date(2005, 1, 1), date(2005, 1, 3)
    assert resolve_date("the day before", pub, anchor=saturday).start == date(2004, 12, 31)
    assert resolve_date("two days later", pub, anchor=saturday).start == date(2005, 1, 3)
    assert resolve_date("later that day", pub, anchor=saturday).start == saturday
    assert resolve_date("hours later", pub) is None  # nothing told before


def test_an_act_in_an_as_clause_happened_then(pipeline):
    events = events_of(pipeline, "Kenyan police fired tear gas and live rounds at opposition "
                                 "supporters in Nairobi on Wednesday as protests against new taxes "
                                 "turned violent, leaving at least six people dead, rights groups "
                                 "said.", "2023-07-14")
    assert day_spans(events, "PROTEST") == [(date(2023, 7, 12), date(2023, 7, 12))]


def test_a_date_before_the_reported_subject_is_the_statements(pipeline):
    events = events_of(pipeline, "The African Union said on Monday it would send a mediation "
                                 "team to N'Djamena next week and urged both governments to show "
                                 "restraint.", "2006-01-04")
    assert day_spans(events, "CONSULT") == [(date(2006, 1, 9), date(2006, 1, 15))]
    assert day_spans(events, "REQUEST") == [(date(2006, 1, 2), date(2006, 1, 2))]


def test_since_a_day_lasts_until_the_story(pipeline):
    events = events_of(pipeline, "Kenyan rights groups said at least six people had been shot "
                                 "dead by Kenyan police since the protests began on Wednesday.",
                       "2023-07-21")
    assert (date(2023, 7, 19), date(2023, 7, 21)) in day_spans(events, "ASSAULT")


def test_an_act_done_during_dated_talks_happened_that_day(pipeline):
    events = events_of(pipeline, "UN special envoy Hans Grundberg urged the Houthi rebels to stop "
                                 "the attacks during talks with Houthi negotiators in Muscat on "
                                 "Tuesday.", "2024-01-19")
    assert day_spans(events, "REQUEST") == [(date(2024, 1, 16), date(2024, 1, 16))]


def test_an_accusation_in_a_dated_statement_was_made_that_day(pipeline):
    events = events_of(pipeline, "Niger's junta rejected the ultimatum. In a statement read on "
                                 "national television on Sunday night, it accused ECOWAS of "
                                 "preparing an imminent military intervention in Niamey.",
                       "2023-07-31")
    assert day_spans(events, "ACCUSE") == [(date(2023, 7, 30), date(2023, 7, 30))]


def test_hours_later_in_the_same_sentence(pipeline):
    events = events_of(pipeline, "Ethiopian troops withdrew on Sunday from the town of Halgan in "
                                 "central Somalia, and al Shabaab fighters took control of it "
                                 "hours later, residents said.", "2016-10-19")
    assert [(e.date.start, e.date.precision) for e in events] == [
        (date(2016, 10, 16), "day")] * len(events)


def test_an_agreement_in_a_dated_conversation_in_which_the_two_agreed(pipeline):
    events = events_of(pipeline, "The disengagement followed a telephone conversation on Sunday "
                                 "between India's National Security Adviser Ajit Doval and "
                                 "Chinese Foreign Minister Wang Yi, in which the two agreed on a "
                                 "complete disengagement of troops.", "2020-07-08")
    assert day_spans(events, "AGREE") == [(date(2020, 7, 5), date(2020, 7, 5))]


def test_the_meeting_where_the_deal_was_reached_was_on_the_deals_day(pipeline):
    events = events_of(pipeline, "Kenya and Somalia agreed on Sunday to restore diplomatic ties. "
                                 "The deal was reached at a meeting in Nairobi between Kenyan "
                                 "Foreign Minister Monica Juma and Somalia's foreign minister, "
                                 "the Kenyan foreign ministry said.", "2019-12-30")
    meetings = [e for e in events if e.event_type == "CONSULT"
                and e.evidence.sentence_index == 1]
    assert meetings and all(e.date.start == date(2019, 12, 29) for e in meetings)


def test_an_event_of_several_days_spans_them(pipeline):
    events = events_of(pipeline, "Indian and French warships began a five-day joint exercise in "
                                 "the Arabian Sea on Monday, the Indian Navy said.", "2021-09-06")
    assert day_spans(events, "COOPERATE") == [(date(2021, 9, 6), date(2021, 9, 10))]


def test_talks_a_due_trip_is_for_are_planned(pipeline):
    events = events_of(pipeline, "U.S. Assistant Secretary of State Jendayi Frazer is due in "
                                 "Nairobi on Friday for separate meetings with Kibaki and Odinga, "
                                 "the U.S. embassy said.", "2008-01-03")
    meetings = [e for e in events if e.event_type == "CONSULT"]
    assert meetings and all((e.status, e.date.start) == ("planned", date(2008, 1, 4))
                            for e in meetings)


def test_an_act_told_in_the_perfect_is_not_dated_by_the_statement(pipeline):
    events = events_of(pipeline, "Kyrgyzstan's energy minister said on Wednesday that Bishkek had "
                                 "asked Astana for an extra 500 million kilowatt-hours of "
                                 "electricity.", "2025-12-31")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and all(e.date.precision == "publication" for e in requests)


def test_a_perfect_told_after_talks_is_the_statements_day(pipeline):
    # guards the rule above: the statement followed the occasion the act was done at
    events = events_of(pipeline, "Mongolia has endorsed Japan's candidacy for a seat on the UN "
                                 "Security Council, Mongolian Foreign Minister Battsetseg Dorj "
                                 "said on Tuesday after talks in Ulaanbaatar with her Japanese "
                                 "counterpart.", "2024-05-22")
    assert day_spans(events, "SUPPORT") == [(date(2024, 5, 21), date(2024, 5, 21))]


def test_a_perfect_conjunct_with_its_own_subject_keeps_its_own_time(pipeline):
    events = events_of(pipeline, "The European Union had urged Malawi to withdraw the bill, and "
                                 "the United States warned last week that it could review its "
                                 "assistance to Malawi.", "2023-08-10")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and all(e.date.precision == "publication" for e in requests)


def test_from_one_day_until_another_is_a_range(pipeline):
    events = events_of(pipeline, "Mozambique's Renamo rebels will halt attacks on government "
                                 "forces from Thursday until January 4, their leader Afonso "
                                 "Dhlakama said on Wednesday.", "2016-12-28")
    assert (date(2016, 12, 29), date(2017, 1, 4)) in [
        (e.date.start, e.date.end) for e in events if e.event_type in ("RETREAT", "CONCEDE")]
    assert resolve_date("Friday evening until dawn on Sunday", date(2013, 3, 25)).end == \
        date(2013, 3, 24)


def test_a_date_in_what_was_agreed_dates_the_planned_act(pipeline):
    events = events_of(pipeline, "North Korea has agreed to hold Red Cross talks on reunions of "
                                 "families separated by the 1950-53 Korean War at the Mount "
                                 "Kumgang resort on Nov. 3-4, the ministry said.", "2007-09-13")
    assert day_spans(events, "CONSULT") == [(date(2007, 11, 3), date(2007, 11, 4))]


def test_hours_later_does_not_follow_a_planned_day(pipeline):
    events = events_of(pipeline, "Colombia will recall its ambassador to Caracas on Friday, "
                                 "President Juan Manuel Santos announced. Hours later, Venezuela "
                                 "recalled its own ambassador in Bogota.", "2015-08-27")
    recalls = [e for e in events if e.evidence.sentence_index == 1]
    assert recalls and all(e.date.start <= date(2015, 8, 27) for e in recalls)
