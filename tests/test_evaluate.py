"""Scoring rules on hand-built events (no model needed)."""

from datetime import date

from newsevents.evaluate import Score, gold_event, score_article
from newsevents.records import Actor, Event, EventDate, Evidence, Place


def actor(country, sector="GOV"):
    return Actor(text=country, code=country + sector, country=country, sector=(sector,))


def event(kind, source, target=None, participants=(), day=None, place=None,
          status="occurred"):
    when = (EventDate(date.fromisoformat(day[0]), date.fromisoformat(day[1]), "range")
            if isinstance(day, tuple) else
            EventDate(date.fromisoformat(day), date.fromisoformat(day), "day") if day else
            EventDate(date(2017, 12, 29), date(2017, 12, 29), "publication"))
    location = Place(place, place, None, 0.0, 0.0) if place else None
    return Event("id", "a", kind, None, None, None, None, actor(source),
                 actor(target) if target else None, when, location, status,
                 Evidence("s", 0, 0, 1, None), 0.5,
                 participants=tuple(actor(p) for p in participants))


def score(golds, events):
    result = Score()
    score_article([gold_event(g) for g in golds], events, result, "t")
    return result


GOLD = {"type": "CONSULT", "source": "RUS", "target": "IRN", "date": "2017-12-28",
        "location": "Moscow", "status": "occurred", "optional": False}


def test_symmetric_type_matches_in_either_order_with_attributes():
    result = score([GOLD], [event("CONSULT", "IRN", "RUS", day="2017-12-28", place="Moscow")])
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)
    assert (result.date_ok, result.location_ok, result.status_ok) == (1, 1, 1)


def test_directed_type_needs_the_right_order():
    gold = {**GOLD, "type": "ACCUSE"}
    result = score([gold], [event("ACCUSE", "IRN", "RUS")])
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)


def test_duplicate_output_is_a_false_positive():
    result = score([GOLD], [event("CONSULT", "RUS", "IRN"), event("CONSULT", "RUS", "IRN")])
    assert (result.tp, result.fp) == (1, 1)
    assert result.date_ok == 0  # gold says 2017-12-28, output has only the publication date


def test_optional_gold_neither_credits_nor_penalises():
    optional = {**GOLD, "type": "REQUEST", "optional": True}
    result = score([GOLD, optional], [event("CONSULT", "RUS", "IRN"),
                                      event("REQUEST", "RUS", "IRN")])
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)


def test_multilateral_gold_accepts_parties_within_participants():
    gold = {"type": "AGREE", "source": None, "target": "*", "participants": ["IRN", "RUS", "TUR"],
            "date": ["2017-12-18", "2017-12-24"], "location": None, "status": "occurred"}
    inside = event("AGREE", "IRN", None, participants=("RUS", "TUR"),
                   day=("2017-12-18", "2017-12-24"))
    assert score([gold], [inside]).date_ok == 1
    outside = event("AGREE", "IRN", "USA")
    assert score([gold], [outside]).fn == 1


def test_null_gold_date_accepts_publication_date_only():
    gold = {**GOLD, "date": None, "location": None}
    assert score([gold], [event("CONSULT", "RUS", "IRN")]).date_ok == 1
    assert score([gold], [event("CONSULT", "RUS", "IRN", day="2017-12-20")]).date_ok == 0


def test_planned_consult_accepts_agree():
    gold = {**GOLD, "status": "planned"}
    result = score([gold], [event("AGREE", "RUS", "IRN", status="planned")])
    assert result.tp == 1
