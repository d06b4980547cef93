"""Event dates, eighth session, second pass: a refusal of a coming act is dated by the saying,
not by the day the refused act was due (statement_days.refusal_day)."""

from datetime import date

from coding import code_text, day_spans


def test_refusal_of_a_meeting_takes_the_statement_day(pipeline):
    # "this week" / "next week" is when the meeting was due; Tokyo refused on Tuesday
    events = code_text(pipeline, "Japan's prime minister will not meet the Chinese president "
                       "at the summit in Jakarta next week, Tokyo said on Tuesday.", "2015-04-16")
    assert day_spans(events, "REJECT") == [(date(2015, 4, 14), date(2015, 4, 14))]


def test_refusal_to_attend_takes_the_statement_day(pipeline):
    events = code_text(pipeline, "Russia will not attend the peace conference in Geneva on "
                       "Friday, the foreign ministry said on Monday.", "2016-03-09")
    assert day_spans(events, "REJECT") == [(date(2016, 3, 7), date(2016, 3, 7))]


def test_refusal_with_no_statement_day_keeps_no_day_of_the_act(pipeline):
    # the refused withdrawal's "next month" is no day of the refusal: the story's day
    events = code_text(pipeline, "The Serbian defence minister said Belgrade would not pull "
                       "its troops out of the border zone next month.", "2016-03-09")
    rejections = [e for e in events if e.event_type == "REJECT"]
    assert rejections and all(e.date.precision == "publication" for e in rejections)


def test_agreement_at_a_meeting_in_a_month_part_keeps_the_period(pipeline):
    # "mid-March" is the writer's period, not a meeting of ten days that closed on the 20th
    events = code_text(pipeline, "Kazakhstan and Uzbekistan agreed on joint border "
                       "patrols at a meeting in Tashkent in mid-March.", "2019-03-28")
    assert day_spans(events, "AGREE") == [(date(2019, 3, 11), date(2019, 3, 20))]


def test_agreement_at_a_summit_early_in_a_month_keeps_the_period(pipeline):
    events = code_text(pipeline, "Kyrgyzstan and Tajikistan agreed on the border line "
                       "at a summit in Bishkek in early April.", "2019-04-20")
    assert day_spans(events, "AGREE") == [(date(2019, 4, 1), date(2019, 4, 10))]


def test_own_week_is_not_replaced_by_the_day_of_a_joined_clause(pipeline):
    # "on Tuesday" belongs to the quiet crossing, not to the deployment of "this week"
    events = code_text(pipeline, "Russia deployed extra troops to its border with Ukraine this "
                       "week, and the main crossing was quiet on Tuesday.", "2014-03-06")
    assert day_spans(events, "MOBILIZE") == [(date(2014, 3, 3), date(2014, 3, 9))]


def test_own_last_week_is_kept_beside_a_dated_calm(pipeline):
    events = code_text(pipeline, "Turkish warplanes bombed Kurdish militant camps in northern "
                       "Iraq last week, and the border area was calm on Monday.", "2015-08-05")
    assert day_spans(events, "ASSAULT") == [(date(2015, 7, 27), date(2015, 8, 2))]


def test_earlier_this_week_runs_up_to_the_story(pipeline):
    # Thursday's story: "earlier this week" is Monday to Thursday, not the whole week
    events = code_text(pipeline, "Indonesian patrol boats seized six Vietnamese fishing boats "
                       "near the Natuna Islands earlier this week.", "2016-06-23")
    assert [(s, e) for s, e in day_spans(events, "COERCE")] == [
        (date(2016, 6, 20), date(2016, 6, 23))]


def test_earlier_this_month_runs_up_to_the_story():
    from newsevents.dates import resolve_date

    told = resolve_date("earlier this month", date(2019, 10, 17))
    assert (told.start, told.end) == (date(2019, 10, 1), date(2019, 10, 17))
    whole = resolve_date("this month", date(2019, 10, 17))
    assert (whole.start, whole.end) == (date(2019, 10, 1), date(2019, 10, 31))
