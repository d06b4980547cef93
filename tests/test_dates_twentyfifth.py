"""Dates of the twenty-fifth session. A bare "overnight" on the verb of the sentence's news
names no day of its own ("Russian forces shelled Kharkiv overnight": date_spans._bare_overnight),
while "overnight Sunday", "in overnight raids" and a night in a clause of circumstance keep
theirs. An act "at the meeting" takes the day of a meeting that is dated only once the article
is read ("made the request at a meeting ... in Brussels" retelling a dated request:
occasions.date_at_dated_occasions). A verb that stages a counted stretch of days ("staged three
days of demonstrations from Tuesday") spans those days (offsets._duration_of), but not one
that ends them ("ending two days of fighting"). A threat or refusal told with a past day on
its infinitive took place that day ("threatened to expel the French ambassador on Wednesday",
"refused to attend talks on Monday": refused_days), not with a coming day ("next Wednesday").
A deadline ("before the end of February") dates no act (attach._starts_a_state)."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
WEDNESDAY = date(2024, 3, 13)
TUESDAY = date(2024, 3, 12)
PUBLISHED = date(2024, 3, 14)


def _events(pipeline, text):
    return code_text(pipeline, text, PUB)


def test_a_bare_overnight_on_the_main_verb_names_no_day(pipeline):
    events = _events(pipeline, "Russian artillery pounded the outskirts of Kherson overnight, "
                               "wounding two civilians, regional officials said.")
    assert day_spans(events, "ASSAULT") == [(PUBLISHED, PUBLISHED)]
    assert all(not e.date.is_stated for e in events if e.event_type == "ASSAULT")


def test_a_bare_overnight_in_what_was_said_names_no_day(pipeline):
    events = _events(pipeline, "Armenia's defence ministry said on Wednesday that Azerbaijani "
                               "troops had shelled three border villages overnight.")
    assert all(not e.date.is_stated for e in events if e.event_type == "ASSAULT")


def test_an_overnight_weekday_keeps_its_night(pipeline):
    events = _events(pipeline, "Russian artillery pounded the outskirts of Kherson overnight "
                               "Tuesday, wounding two civilians, regional officials said.")
    assert day_spans(events, "ASSAULT") == [(TUESDAY, WEDNESDAY)]


def test_overnight_raids_keep_their_night(pipeline):
    events = _events(pipeline, "Israeli troops arrested 15 Palestinians in overnight raids "
                               "across the occupied West Bank, the Palestinian prisoners' "
                               "society said.")
    assert day_spans(events, "COERCE") == [(WEDNESDAY, PUBLISHED)]


def test_an_act_at_a_meeting_dated_by_its_retold_request_takes_its_day(pipeline):
    events = _events(pipeline, "Georgia asked the European Union on Wednesday for 200 million "
                               "euros in emergency aid after floods swept the west of the "
                               "country. Georgian Finance Minister Lasha Khutsishvili made the "
                               "request at a meeting with European Commission officials in "
                               "Brussels, his ministry said. At the meeting, Khutsishvili "
                               "accused Moscow of blocking relief convoys to the region.")
    assert day_spans(events, "ACCUSE") == [(WEDNESDAY, WEDNESDAY)]


def test_days_of_demonstrations_a_verb_stages_span_them(pipeline):
    events = _events(pipeline, "The opposition alliance, which staged three days of "
                               "demonstrations in Nairobi and Kisumu from Monday, said it would "
                               "call off further marches.")
    assert day_spans(events, "PROTEST") == [(date(2024, 3, 11), WEDNESDAY)]


def test_a_verb_ending_days_of_fighting_keeps_its_day(pipeline):
    events = _events(pipeline, "Palestinian militant groups in Gaza stopped firing rockets on "
                               "Tuesday under a truce brokered by Egypt, ending two days of "
                               "fighting with Israel.")
    assert all(e.date.start == e.date.end for e in events if e.event_type == "RETREAT")


def test_a_threat_takes_the_past_day_hung_on_its_act(pipeline):
    events = _events(pipeline, "Niger's junta threatened to expel the Nigerian ambassador on "
                               "Wednesday, state television reported in its evening bulletin.")
    assert day_spans(events, "THREATEN") == [(WEDNESDAY, WEDNESDAY)]


def test_a_refusal_takes_the_past_day_hung_on_its_act(pipeline):
    events = _events(pipeline, "Ethiopia refused to attend a round of talks with Egypt and "
                               "Sudan on Tuesday over the Nile dam, saying the negotiations "
                               "needed a new approach.")
    assert day_spans(events, "REJECT") == [(TUESDAY, TUESDAY)]


def test_a_threat_of_an_act_next_week_stays_undated(pipeline):
    events = _events(pipeline, "Niger's junta threatened to expel the Nigerian ambassador next "
                               "Wednesday unless Abuja reopened the border between the two "
                               "countries.")
    assert all(not e.date.is_stated for e in events if e.event_type == "THREATEN")


def test_a_deadline_dates_no_act(pipeline):
    events = _events(pipeline, "The raid comes as the African Union mission prepares to cut its "
                               "strength by 2,000 troops before the end of April and to hand "
                               "over six bases to Somali forces.")
    retreats = [e for e in events if e.event_type == "RETREAT"]
    assert retreats and all(not e.date.is_stated for e in retreats)


def test_the_end_of_a_month_without_a_deadline_is_its_last_days(pipeline):
    events = _events(pipeline, "Police arrested dozens of opposition activists in Dhaka at the "
                               "end of February, the party said.")
    assert day_spans(events, "COERCE") == [(date(2024, 2, 21), date(2024, 2, 29))]
