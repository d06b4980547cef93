"""Sides that come from the story rather than the clause: the doer of an act whose clause names
none ("two protesters were killed", "..., the ministry said"), and what an event leaves for later
sentences to refer back to ("the two", "condemned the attack", a release told later)."""

from __future__ import annotations

from newsevents.agentless import earlier_doer, remember_force
from newsevents.blasts import blast_doers
from newsevents.context import ArticleContext
from newsevents.pairing import Sides, implied_sources
from newsevents.records import Actor
from newsevents.releases import earlier_holder, remember_holdings
from newsevents.reported_doers import hosted_sides, reported_doer
from newsevents.resigning_officials import resigning_official
from newsevents.same_thing_doers import same_thing_sides
from newsevents.triggers import Trigger
from newsevents.verbed_acts import remember_deed

# Acts that "the decision" or "the move" cannot mean: only weighed or not done.
UNDECIDED_STATUSES = {"hypothetical", "negated"}


def untold_doers(trigger: Trigger, targets: list[Actor], context: ArticleContext,
                 place_country: str | None, resolve) -> tuple[list[Actor], list[Actor]]:
    """The doer of an act whose clause names none, from the story: the holder of people
    released, the latest doer of force on that people ("two protesters were killed",
    `agentless.py`), the state body that acted on the same thing before ("Police stopped a
    trawler. The trawler was seized", `same_thing_doers.py`), the host of a mission reporting it
    ("..., the Indian High Commission in Colombo said"), the state body reporting it
    ("..., the ministry said", `reported_doers.py`), the country of a bombing's place ("A car
    bomb exploded in Kabul", `blasts.py`), else the side the type implies."""
    sources, targets = earlier_holder(trigger, targets, context)
    sources = sources or earlier_doer(trigger, targets, context)
    sources, targets = (sources, targets) if sources else same_thing_sides(
        trigger, targets, resolve)  # "Police stopped a trawler. The trawler was seized"
    sources, targets = (sources, targets) if sources else hosted_sides(
        trigger, targets, resolve)  # "..., the Indian High Commission in Colombo said"
    sources = sources or reported_doer(trigger, targets, resolve, context)  # ", ministry said"
    sources = sources or blast_doers(trigger, targets, place_country)
    sources = sources or resigning_official(trigger, context)  # "Irakli Kobakhidze resigned"
    return sources or implied_sources(trigger.coding.plover, targets, place_country,
                                      place_country or context.local_country(), context), targets


def remember_sides(trigger: Trigger, sides: Sides, status: str, context: ArticleContext) -> None:
    """What later sentences refer back to: the actors of an event ("the two"), its pairs, its
    author by type ("condemned the attack"), decided acts ("welcomed the decision"), holdings
    (a release told later) and force (a killing told later with no doer)."""
    context.remember(sides.sources + sides.parties + sides.targets)
    if len(sides.targets) >= 2:
        context.remember(sides.targets)  # "Poland and Lithuania" ... "the two"
    for source in sides.sources or sides.parties[:1]:
        for target in sides.targets or [None]:
            context.event_pairs.append((source, target))
        context.authors.append((trigger.coding.plover, source))
        if status not in UNDECIDED_STATUSES:  # not "is expected to consider adding"
            context.decided.append((trigger.coding.plover, source))
            remember_deed(trigger, source, status, context)  # not "would never annex"
    remember_holdings(trigger, sides, status, context)
    remember_force(trigger, sides, status, context)
