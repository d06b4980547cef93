"""Event dates, eighth session: a plan told in a dated statement keeps no day of its own
(statement_days.py). Every sentence is hand-built; none of its wording is in the dev set."""

from datetime import date

from coding import code_text, of_type


def _precisions(events, event_type):
    return [(e.date.start, e.date.precision) for e in of_type(events, event_type)]


def test_request_planned_in_dated_statement_is_undated(pipeline):
    events = code_text(pipeline, "Peru's foreign minister said on Wednesday that Lima would "
                       "ask the United Nations to send observers.", "2019-05-08")
    assert _precisions(events, "REQUEST") == [(date(2019, 5, 8), "publication")]


def test_accusation_planned_in_dated_statement_is_undated(pipeline):
    events = code_text(pipeline, "Kenya's foreign minister said on Monday that Nairobi will "
                       "lodge a complaint against Somalia with the African Union.", "2016-02-16")
    assert [e.date.precision for e in of_type(events, "ACCUSE")] == ["publication"]


def test_plan_before_an_inverted_report_is_undated(pipeline):
    events = code_text(pipeline, "Egypt will ask the Security Council to hold an emergency "
                       "session, its foreign minister said on Monday.", "2021-06-14")
    assert [e.date.precision for e in of_type(events, "REQUEST")] == ["publication"]


def test_statement_day_is_not_read_ahead_for_the_plan(pipeline):
    # before: "late on Tuesday" was read as the coming Tuesday, the plan's tense
    events = code_text(pipeline, "Argentina's president said late on Tuesday that her "
                       "government would file a formal complaint against Britain at the "
                       "United Nations.", "2012-02-08")
    assert _precisions(events, "ACCUSE") == [(date(2012, 2, 8), "publication")]


def test_plan_told_with_its_own_day_keeps_it(pipeline):
    # guard: passes on c8508c9 too; the plan's own day is not the statement's
    events = code_text(pipeline, "Opposition leaders said on Tuesday they would march through "
                       "central Tbilisi again on Saturday.", "2024-04-16")
    assert _precisions(events, "PROTEST") == [(date(2024, 4, 20), "day")]


def test_refusal_keeps_the_statement_day(pipeline):
    # guard: passes on c8508c9 too; an act refused for the future is refused when said
    events = code_text(pipeline, "Hungary said on Thursday it would not send troops to "
                       "Ukraine.", "2022-03-03")
    assert [(e.date.start, e.date.precision) for e in events] == [(date(2022, 3, 3), "day")]


# An event noun that is the setting of a dated act ("during", "at") shares its day
# (meeting_days.py, widened from meetings to every event noun and to a noun a verb trigger
# describes: "protests called by ...").

def test_protest_during_which_people_were_detained_shares_the_day(pipeline):
    events = code_text(pipeline, "Belarusian police detained hundreds of people on Sunday "
                       "during protests called by opposition leader Svetlana Tikhanovskaya.",
                       "2020-10-13")
    assert _precisions(events, "PROTEST") == [(date(2020, 10, 11), "day")]


def test_demonstration_at_which_activists_were_arrested_shares_the_day(pipeline):
    events = code_text(pipeline, "Zimbabwean police arrested dozens of activists on Friday at a "
                       "demonstration organised by the opposition Movement for Democratic "
                       "Change.", "2016-07-12")
    assert _precisions(events, "PROTEST") == [(date(2016, 7, 8), "day")]


# "The coming weeks", "the past months": a plural stretch of weeks or months is no date, not
# the one week or month of "next week", "last month" (dates.py).

def test_plural_stretches_resolve_to_no_date():
    from newsevents.dates import resolve_date

    pub = date(2024, 1, 10)
    for phrase in ("the coming weeks", "the coming months", "the past months", "next weeks"):
        assert resolve_date(phrase, pub) is None, phrase
    assert resolve_date("next week", pub).start == date(2024, 1, 15)  # guard


def test_delivery_in_the_coming_months_is_undated(pipeline):
    events = code_text(pipeline, "Japan will deliver ten patrol boats to the Philippine coast "
                       "guard in the coming months, the Japanese embassy said.", "2016-09-06")
    assert events and all(e.date.precision == "publication" for e in events)


def test_troops_sent_over_the_coming_weeks_are_undated(pipeline):
    events = code_text(pipeline, "Chad will send another 500 soldiers to Niger over the coming "
                       "weeks to fight Boko Haram.", "2015-03-11")
    assert events and all(e.date.precision == "publication" for e in events)


# An act told in the present perfect does not take the day of another verb beside it
# (statement_days.py).

def test_perfect_accusation_beside_a_dated_act_is_undated(pipeline):
    events = code_text(pipeline, "Caracas has accused Bogota of sheltering paramilitaries and "
                       "on Tuesday closed two border crossings.", "2015-08-27")
    assert [e.date.precision for e in of_type(events, "ACCUSE")] == ["publication"]
    assert _precisions(events, "SANCTION") == [(date(2015, 8, 25), "day")]  # guard


def test_perfect_deployment_beside_a_dated_statement_is_undated(pipeline):
    events = code_text(pipeline, "Japan has sent two destroyers to the region, and Defence "
                       "Minister Taro Kono said on Friday that more ships could follow.",
                       "2019-07-27")
    assert [e.date.precision for e in of_type(events, "MOBILIZE")] == ["publication"]
