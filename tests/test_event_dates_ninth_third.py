"""Event dates, ninth session, third pass (narrative_days.py): the occasion's people named by
their nation and kind of force ("Azerbaijani forces" after "Azerbaijani troops", "the soldiers"
after "troops"). Every story is hand-built; none of its wording is in the dev set.
Publication days: 2024-03-14 is a Thursday, 2024-05-22 a Wednesday, 2024-10-04 a Friday."""

from datetime import date

from coding import code_text, day_spans


def _days(events, event_type):
    return [start for start, _ in day_spans(events, event_type)]


def test_same_nation_other_word_for_troops_takes_the_day(pipeline):
    events = code_text(pipeline, "Azerbaijani troops shelled Armenian positions near the village "
                       "of Sotk on Tuesday. Armenia's defence ministry called it a provocation. "
                       "Azerbaijani forces also fired mortars at a checkpoint near Jermuk.",
                       "2024-10-04")
    assert _days(events, "ASSAULT") == [date(2024, 10, 1), date(2024, 10, 1)]


def test_jets_after_warplanes_take_the_day(pipeline):
    events = code_text(pipeline, "Turkish warplanes bombed Kurdish militant targets in northern "
                       "Iraq on Sunday. Turkish jets also struck a depot near Sinjar.",
                       "2024-03-14")
    # the two strikes of one day by one side are merged into one event since the depot's
    # town is found; either way no strike keeps the publication day
    assert set(_days(events, "ASSAULT")) == {date(2024, 3, 10)}


def test_the_soldiers_after_troops_take_the_day(pipeline):
    events = code_text(pipeline, "Nigerian troops raided a Boko Haram camp in Borno state on "
                       "Wednesday. The soldiers freed 30 hostages.", "2024-10-04")
    assert _days(events, "RETREAT") == [date(2024, 10, 2)]


def test_partner_force_named_by_nation_takes_the_day(pipeline):
    """"with Pakistani troops": the partner's force is one of the occasion's people."""
    events = code_text(pipeline, "Indian soldiers exchanged fire with Pakistani troops along "
                       "the Line of Control on Monday. Pakistani forces shelled an Indian post "
                       "in Poonch.", "2024-03-14")
    shelling = [e for e in events if e.evidence.trigger == "shelled"]
    assert [e.date.start for e in shelling] == [date(2024, 3, 11)]


def test_ships_after_vessels_take_the_day(pipeline):
    events = code_text(pipeline, "Chinese coast guard vessels blocked a Philippine supply boat "
                       "on Sunday. Chinese ships fired water cannon at the boat.", "2024-05-22")
    assert _days(events, "COERCE") == [date(2024, 5, 19)]


def test_another_nation_force_takes_no_day(pipeline):
    """Chadian soldiers are not the occasion's people."""
    events = code_text(pipeline, "Nigerian troops raided a Boko Haram camp in Borno state on "
                       "Wednesday. Chadian soldiers freed 30 hostages.", "2024-10-04")
    assert date(2024, 10, 2) not in _days(events, "RETREAT")
