"""Seventh-session date rules (real model): an event the story tells twice, once undated and
once with its day, and dates the story ties to an act through the words around it.

Each test uses a hand-built sentence the code at 6db2648 dated wrongly."""

from datetime import date

from coding import code_text, day_spans


def test_the_lead_takes_the_day_its_act_is_retold_with(pipeline):
    text = ("Venezuelan troops have seized a Colombian fishing boat near the island of Los "
            "Monjes, officials said. The navy intercepted the boat on Saturday night and towed "
            "it to a naval base.")
    events = code_text(pipeline, text, "2021-03-16")
    assert day_spans(events, "COERCE", 0) == [(date(2021, 3, 13), date(2021, 3, 13))]


def test_a_passive_retelling_with_no_doer_dates_the_lead(pipeline):
    text = ("Iran's Revolutionary Guards have arrested a French academic on espionage charges, "
            "state media reported. The academic, a lecturer at a Paris university, was "
            "detained at Tehran airport on Saturday as she tried to leave the country.")
    events = code_text(pipeline, text, "2021-05-26")
    assert day_spans(events, "COERCE", 0) == [(date(2021, 5, 22), date(2021, 5, 22))]


def test_a_retelling_that_names_a_new_party_dates_nothing(pipeline):
    # a guard of the rule above (passes at 6db2648 too)
    text = ("Venezuelan troops have seized a Colombian fishing boat near the island of Los "
            "Monjes, officials said. The navy intercepted a Brazilian boat on Saturday night.")
    events = code_text(pipeline, text, "2021-03-16")
    assert [d.date.precision for d in events if d.event_type == "COERCE"
            and d.evidence.sentence_index == 0] == ["publication"]


def test_the_decision_taken_on_a_day_dates_the_agreement_told_before(pipeline):
    text = ("Serbia and Kosovo have agreed to reopen two border crossings closed since the "
            "summer, the European Union said. The decision was taken during a telephone "
            "conversation between the two leaders last week.")
    events = code_text(pipeline, text, "2023-03-15")
    assert day_spans(events, "AGREE", 0) == [(date(2023, 3, 6), date(2023, 3, 12))]


def test_a_night_and_the_next_day_are_one_range(pipeline):
    text = "Israeli aircraft struck targets in southern Lebanon on Tuesday night and Wednesday."
    events = code_text(pipeline, text, "2013-05-10")
    assert day_spans(events, "ASSAULT") == [(date(2013, 5, 7), date(2013, 5, 8))]


def test_last_january_is_the_january_before_the_story(pipeline):
    text = ("India extended a line of credit to Bangladesh during a visit by Sheikh Hasina to "
            "New Delhi last January.")
    events = code_text(pipeline, text, "2015-01-20")
    assert day_spans(events, "AID") == [(date(2014, 1, 1), date(2014, 1, 31))]


def test_a_participle_on_a_verb_that_tells_no_event_shares_the_day_above(pipeline):
    text = ("Earlier on Monday, Kyrgyz President Sadyr Japarov accepted the resignation of the "
            "cabinet and ordered a cap on fuel prices, meeting two of the protesters' main "
            "demands.")
    events = code_text(pipeline, text, "2022-01-12")
    assert set(day_spans(events, "CONCEDE")) == {(date(2022, 1, 10), date(2022, 1, 10))}


def test_the_incident_on_a_day_dates_the_act_told_before(pipeline):
    text = ("Vietnam summoned China's ambassador on Monday after a Chinese coast guard ship fired "
            "water cannon at a Vietnamese fishing boat near the Paracel Islands. The incident on "
            "Saturday injured four fishermen, the foreign ministry said.")
    events = code_text(pipeline, text, "2020-06-08")
    assert day_spans(events, "COERCE") == [(date(2020, 6, 6), date(2020, 6, 6))]


def test_condemning_the_attack_on_a_day_dates_only_the_condemnation(pipeline):
    # a guard of the rule above (passes at 6db2648 too)
    text = ("Russian missiles struck an apartment block in the Ukrainian city of Dnipro. "
            "Ukraine's president condemned the attack on Tuesday as terror.")
    events = code_text(pipeline, text, "2023-08-09")
    assert [e.date.precision for e in events if e.event_type == "ASSAULT"] == ["publication"]


def test_hours_before_the_act_told_with_its_day(pipeline):
    text = ("The United States and Britain carried out air strikes on Houthi targets in Yemen "
            "on Saturday. Hours before the strikes, Houthi forces fired an anti-ship missile at "
            "a Greek-owned bulk carrier in the Gulf of Aden.")
    events = code_text(pipeline, text, "2024-02-04")
    assert day_spans(events, "ASSAULT", 1) == [(date(2024, 2, 3), date(2024, 2, 3))]


def test_a_verbal_lead_takes_the_day_of_the_same_speakers_statement(pipeline):
    text = ("Belarusian leader Alexander Lukashenko has threatened to cut off the transit of "
            "Russian gas to Europe if the European Union imposes further sanctions. 'We can "
            "close the valve,' Mr Lukashenko told a government meeting in Minsk on Thursday.")
    events = code_text(pipeline, text, "2021-11-12")
    assert day_spans(events, "THREATEN", 0) == [(date(2021, 11, 11), date(2021, 11, 11))]


def test_another_speakers_statement_dates_no_lead(pipeline):
    # a guard of the rule above (passes at 6db2648 too)
    text = ("Belarusian leader Alexander Lukashenko has threatened to cut off the transit of "
            "Russian gas to Europe if the European Union imposes further sanctions. Polish "
            "Prime Minister Mateusz Morawiecki told parliament on Thursday that Warsaw was ready.")
    events = code_text(pipeline, text, "2021-11-12")
    assert [e.date.precision for e in events if e.event_type == "THREATEN"
            and e.evidence.sentence_index == 0] == ["publication"]
