""""Within hours" is told from the day of the act just told (`date_spans._within_hours`):
"The rebels turned the terms down within hours"."""

from datetime import date

from coding import code_text, day_spans

from newsevents.date_spans import date_expressions

PUB = "2024-05-08"  # a Wednesday


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_response_within_hours_takes_the_day_told_before(pipeline):
    text = ("Yemen's government offered the Houthi rebels a ceasefire on Thursday. "
            "The rebels turned the terms down within hours.")
    assert _days(pipeline, text, "REJECT") == [(date(2024, 5, 2), date(2024, 5, 2))]


def test_rejection_within_hours_of_a_request(pipeline):
    text = ("Russia asked Kazakhstan on Monday to send peacekeepers to Kyrgyzstan. "
            "Kazakhstan rejected the request within hours.")
    assert _days(pipeline, text, "REJECT") == [(date(2024, 5, 6), date(2024, 5, 6))]


def test_attack_within_hours_of_a_closure(pipeline):
    text = ("Pakistan shut the Torkham crossing on Sunday. "
            "Afghan forces fired on Pakistani border posts within hours.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 5, 5), date(2024, 5, 5))]


def test_within_hours_of_a_named_occasion_is_not_a_told_time(pipeline):
    text = "Greece dispatched a rescue team within hours of the Feb. 6 quake in southern Turkey."
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "AID"]
    assert events and all(e.date.precision == "publication" for e in events)


def _expressions(pipeline, text):
    return [e.text for e in date_expressions(next(iter(pipeline.nlp(text).sents)))]


def test_within_hours_is_a_date_expression_of_the_act(pipeline):
    assert _expressions(pipeline, "Kazakhstan rejected the request within hours.") == [
        "within hours"]


def test_a_reply_within_hours_does_not_date_what_it_says(pipeline):
    text = "The Kremlin replied within hours that Russian forces would not intervene."
    assert _expressions(pipeline, text) == []


def test_an_act_promised_within_hours_is_not_dated_by_the_act_before(pipeline):
    text = ("Ukraine and Russia swapped 200 prisoners of war on Friday. "
            "Kyiv said it would hand over the bodies of fallen soldiers within hours.")
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "RETREAT"]
    assert events and all(e.date.precision == "publication" for e in events)


def test_within_hours_on_a_verb_still_to_come_is_no_date_expression(pipeline):
    assert _expressions(pipeline, "Moscow plans to answer the note within hours.") == []
