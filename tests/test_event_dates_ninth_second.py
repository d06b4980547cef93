"""Event dates, ninth session, second pass: the occasion's day carried past an aside, and acts
told in a report of the occasion (narrative_days.py). Every story is hand-built; none of its
wording is in the dev set. Publication days: 2024-03-14 is a Thursday, 2024-05-22 a
Wednesday, 2024-10-04 a Friday."""

from datetime import date

from coding import code_text, day_spans


def _days(events, event_type):
    return [start for start, _ in day_spans(events, event_type)]


def test_agreement_past_an_aside_takes_the_meeting_day(pipeline):
    events = code_text(pipeline, "Spanish Prime Minister Pedro Sanchez met Moroccan King "
                       "Mohammed VI in Rabat on Tuesday. Sanchez has long pushed for closer "
                       "ties with Rabat. The two leaders signed a deal to expand the gas "
                       "pipeline.", "2024-03-14")
    assert date(2024, 3, 12) in _days(events, "AGREE")


def test_pledge_past_a_standing_state_takes_the_visit_day(pipeline):
    """"for more than 15 years" is a stretch of time, not another occasion."""
    events = code_text(pipeline, "Kenyan President William Ruto hosted Somali President "
                       "Hassan Sheikh Mohamud in Nairobi on Tuesday. Somalia has been fighting "
                       "al Shabaab for more than 15 years. Ruto pledged more Kenyan troops for "
                       "the African Union mission.", "2024-10-04")
    assert _days(events, "AGREE") == [date(2024, 10, 1)]


def test_agreement_past_a_welcome_takes_the_visit_day(pipeline):
    events = code_text(pipeline, "Thai Prime Minister Paetongtarn Shinawatra visited Phnom Penh "
                       "on Monday. She was welcomed by Cambodian Prime Minister Hun Manet at "
                       "the Peace Palace. The two premiers agreed to reopen a disputed border "
                       "checkpoint.", "2024-10-04")
    assert date(2024, 9, 30) in _days(events, "AGREE")


def test_statement_past_an_aside_borrows_no_day(pipeline):
    """Guard: a demand told past an aside is a reaction of its own day."""
    events = code_text(pipeline, "Georgian Prime Minister Irakli Kobakhidze met Azerbaijani "
                       "President Ilham Aliyev in Baku on Monday. Tbilisi has long sought a "
                       "deal on the border. The US embassy urged Tbilisi to drop the foreign "
                       "agents bill.", "2024-03-14")
    assert date(2024, 3, 11) not in _days(events, "REQUEST")


def test_agreement_reported_with_had_takes_the_talks_day(pipeline):
    events = code_text(pipeline, "Russian Foreign Minister Sergei Lavrov met Chinese Foreign "
                       "Minister Wang Yi in Beijing on Tuesday. Lavrov told reporters the two "
                       "sides had agreed to deepen energy cooperation.", "2024-03-14")
    assert date(2024, 3, 12) in _days(events, "AGREE")


def test_pact_reported_by_state_media_takes_the_visit_day(pipeline):
    events = code_text(pipeline, "Iranian President Ebrahim Raisi hosted Iraqi Prime Minister "
                       "Mohammed Shia al-Sudani in Tehran on Monday. Iranian state media said "
                       "the two leaders had signed a security pact.", "2024-05-22")
    assert date(2024, 5, 20) in _days(events, "AGREE")


def test_own_earlier_deed_reported_borrows_no_day(pipeline):
    """Guard: "said it had sent" is the speaker's own deed, done before the occasion."""
    events = code_text(pipeline, "Tajik and Kyrgyz border guards exchanged fire near Vorukh on "
                       "Tuesday. Tajikistan said it had deployed extra troops to the border "
                       "region.", "2024-10-04")
    assert date(2024, 10, 1) not in _days(events, "MOBILIZE")
