"""Event dates, eighth session, third pass: an act whose own clause points back to an occasion
an earlier sentence dated ("Addressing the summit", "During the demonstration") takes that
occasion's day, when the noun names the same kind of occasion (referred_occasions.py)."""

from datetime import date

from coding import code_text, day_spans


def test_act_by_a_participle_addressing_the_summit_takes_its_day(pipeline):
    events = code_text(pipeline, "The presidents of Ghana and Togo met in Accra on Friday. "
                       "Addressing the summit, the Ghanaian leader urged Lome to reopen the "
                       "border.", "2020-03-12")
    assert day_spans(events, "REQUEST") == [(date(2020, 3, 6), date(2020, 3, 6))]


def test_act_by_a_speaker_at_the_talks_takes_their_day(pipeline):
    events = code_text(pipeline, "Leaders of the Central Asian states met in Dushanbe on "
                       "Thursday. Speaking at the summit, the Kazakh president called on Kabul "
                       "to share water data.", "2020-03-14")
    assert day_spans(events, "REQUEST") == [(date(2020, 3, 12), date(2020, 3, 12))]


def test_arrests_during_the_demonstration_take_its_day(pipeline):
    events = code_text(pipeline, "Thousands of opposition supporters rallied in Tbilisi on "
                       "Saturday. During the demonstration, police detained dozens of "
                       "protesters.", "2020-03-12")
    assert day_spans(events, "COERCE") == [(date(2020, 3, 7), date(2020, 3, 7))]


def test_arrests_at_the_march_take_its_day(pipeline):
    events = code_text(pipeline, "Tens of thousands of people marched through Minsk on "
                       "Sunday. At the march, riot police arrested more than 200 people.",
                       "2020-08-18")
    assert day_spans(events, "COERCE") == [(date(2020, 8, 16), date(2020, 8, 16))]


def test_an_indefinite_meeting_carries_no_earlier_day(pipeline):
    # "a meeting next month" is another occasion than Monday's talks
    events = code_text(pipeline, "Kenyan and Somali officials held talks in Nairobi on "
                       "Monday. At a meeting next month, Kenya will ask Somalia to drop the "
                       "case.", "2020-03-12")
    assert day_spans(events, "REQUEST") == [(date(2020, 4, 1), date(2020, 4, 30))]


def test_an_act_after_the_raid_keeps_no_day_of_the_raid(pipeline):
    # acts "after the raid" may come days later: not carried
    events = code_text(pipeline, "Gunmen raided a police post in Kidal on Monday, killing "
                       "five officers. Mali closed its border with Niger after the raid.",
                       "2020-03-12")
    assert all(e.date.precision == "publication" for e in events
               if e.evidence.sentence_index == 1)


def test_meeting_a_dated_act_was_done_at_dates_a_later_act_at_it(pipeline):
    # the meeting is no event of its own: its day is that of the act done at it
    events = code_text(pipeline, "Chad's foreign minister criticised France on Monday at a "
                       "meeting with European envoys in Brussels. At the meeting, he accused "
                       "Sudan of arming the rebels.", "2020-03-12")
    assert day_spans(events, "ACCUSE", sentence_index=1) == [(date(2020, 3, 9), date(2020, 3, 9))]


def test_summit_a_pledge_was_made_at_dates_a_speech_at_it(pipeline):
    events = code_text(pipeline, "Ghana pledged troops for the regional force on Friday at a "
                       "summit of West African leaders in Abuja. Speaking at the summit, "
                       "Ghana's president urged Mali to hold elections.", "2020-03-12")
    assert day_spans(events, "REQUEST") == [(date(2020, 3, 6), date(2020, 3, 6))]
