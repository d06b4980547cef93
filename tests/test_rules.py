"""Rule-level behaviour on hand-built records (no model)."""

from datetime import date

from newsevents.context import ArticleContext
from newsevents.lexicon import load_lexicon
from newsevents.merge import merge_article_events
from newsevents.pairing import Sides, pair_up
from newsevents.records import Actor, Event, EventDate, Evidence, Place


def actor(country, sector="GOV", kind="state", name=None, title=None):
    return Actor(text=country, code=country + sector, country=country, sector=(sector,),
                 kind=kind, name=name, title=title)


def test_multilateral_subject_is_one_event_with_participants():
    sides = Sides([actor("IRN"), actor("RUS"), actor("TUR")], [], [])
    ((source, target, others),) = pair_up(sides, "AGREE")
    assert source.country == "IRN" and target is None
    assert [a.country for a in others] == ["RUS", "TUR"]


def test_two_sources_acting_on_a_target_make_one_event_each():
    sides = Sides([actor("USA"), actor("FRA")], [actor("IRN")], [])
    pairs = pair_up(sides, "REQUEST")
    assert [(s.country, t.country) for s, t, _ in pairs] == [("USA", "IRN"), ("FRA", "IRN")]


def test_two_sides_trading_fire_hit_each_other():
    sides = Sides([actor("IND", "MIL"), actor("PAK", "MIL")], [], [])
    pairs = pair_up(sides, "ASSAULT")
    assert [(s.country, t.country) for s, t, _ in pairs] == [("IND", "PAK"), ("PAK", "IND")]


def test_between_parties_become_source_and_target():
    sides = Sides([], [], [actor("SYR"), actor("SYR", "OPP")])
    ((source, target, others),) = pair_up(sides, "CONSULT")
    assert (source.code, target.code, others) == ("SYRGOV", "SYROPP", [])


def test_context_resolves_group_references_short_names_and_pronouns():
    context = ArticleContext(date(2017, 12, 29))
    sanaei = actor("IRN", name="Mehdi Sanaei", kind="person", title="ambassador")
    context.remember([actor("RUS", name="Mikhail Bogdanov", kind="person"), sanaei])
    context.remember([actor("IRN"), actor("RUS"), actor("TUR")])
    assert context.person("Sanaei") == sanaei
    assert [a.country for a in context.group_reference("the two diplomats")] == ["RUS", "IRN"]
    assert len(context.group_reference("the trio")) == 3
    assert context.group_reference("three soldiers") is None
    assert context.pronoun("he") == [sanaei]  # the latest person or titled actor


def _event(status="occurred", day=None, place=None, start=0):
    when = (EventDate(day, day, "day") if day else
            EventDate(date(2017, 12, 29), date(2017, 12, 29), "publication"))
    location = Place(place, place, "RUS", 1.0, 2.0) if place else None
    return Event(f"e{start}", "a", "CONSULT", None, "040", 1, 1.0, actor("RUS"),
                 actor("IRN"), when, location, status, Evidence("s", start, start, start + 1,
                                                               "met"), 0.9)


def test_repeated_reports_in_one_article_merge_into_the_dated_one():
    merged = merge_article_events([_event(start=0), _event(day=date(2017, 12, 28),
                                                          place="Moscow", start=5)])
    assert len(merged) == 1
    assert merged[0].date.start == date(2017, 12, 28)
    assert merged[0].location.name == "Moscow"
    assert merged[0].mentions == 2


def test_different_dates_or_statuses_stay_apart():
    events = [_event(day=date(2017, 12, 28)), _event(day=date(2017, 12, 20), start=3),
              _event(status="planned", start=6)]
    assert len(merge_article_events(events)) == 3


def test_phrasal_verbs_match_only_their_particle_rows():
    lexicon = load_lexicon()
    assert lexicon.verb_rule("call", {"for"}, set()).coding.plover == "REQUEST"
    assert lexicon.verb_rule("call", {"off"}, {"strike"}, {"off"}).coding.plover == "CONCEDE"
    assert lexicon.verb_rule("call", {"off"}, {"talk"}, {"off"}).coding is None  # the talks
    assert lexicon.verb_rule("hold", set(), {"talk"}).coding is None  # light verb
    assert lexicon.verb_rule("beat", set(), set()) is None  # "Brazil beat Argentina"
