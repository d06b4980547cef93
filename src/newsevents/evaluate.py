"""Scoring against a gold set, as the contract and docs/gold-guidelines.md define it."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.errors import GoldError
from newsevents.ingest import articles_from_dicts
from newsevents.places import place_key
from newsevents.records import SYMMETRIC_TYPES, Actor, Event, Skipped

# PLOVER folds future cooperation into AGREE and announced withdrawals into CONCEDE.
PLANNED_ALTERNATIVES = {"CONSULT": {"AGREE"}, "COOPERATE": {"AGREE"}, "RETREAT": {"CONCEDE"}}


@dataclass
class GoldEvent:
    types: set[str]
    source: str | None
    target: str | None
    participants: set[str] | None
    date: str | list | None
    location: str | None
    status: str
    optional: bool

    def describe(self) -> str:
        sides = (f"participants {sorted(self.participants)}" if self.participants
                 else f"{self.source} -> {self.target}")
        return (f"{'/'.join(sorted(self.types))} {sides} date={self.date} "
                f"location={self.location} status={self.status}")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    location_ok: int = 0
    status_ok: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    by_type: dict[str, Counter] = field(default_factory=dict)

    def count(self, kind: str, event_type: str) -> None:
        self.by_type.setdefault(event_type, Counter())[kind] += 1

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def precision(self) -> float:
        return self.ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "date_accuracy": round(self.ratio(self.date_ok, self.tp), 4),
                "location_accuracy": round(self.ratio(self.location_ok, self.tp), 4),
                "status_accuracy": round(self.ratio(self.status_ok, self.tp), 4)}


def read_gold(path: Path) -> list[dict]:
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            record["gold"] = [gold_event(e) for e in record.get("events", [])]
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise GoldError(f"{path}:{number}: not a gold record ({exc})") from exc
        records.append(record)
    return records


def gold_event(raw: dict) -> GoldEvent:
    types = raw["type"] if isinstance(raw["type"], list) else [raw["type"]]
    participants = set(raw["participants"]) if raw.get("participants") else None
    return GoldEvent(set(types), raw.get("source"), raw.get("target"), participants,
                     raw.get("date"), raw.get("location"), raw["status"],
                     bool(raw.get("optional")))


def side_key(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    if actor.country:
        return actor.country
    code = actor.code or ""
    return "IGO" if code.startswith(("IGO", "NGO")) else (code[:3] or None)


def _side_ok(gold: str | None, output: str | None) -> bool:
    return gold in (None, "*") or gold == output


def type_ok(gold: GoldEvent, event: Event) -> bool:
    if event.event_type in gold.types:
        return True
    if gold.status == "planned" and event.status == "planned":
        return any(event.event_type in PLANNED_ALTERNATIVES.get(t, ()) for t in gold.types)
    return False


def sides_ok(gold: GoldEvent, event: Event) -> bool:
    parties = [side_key(a) for a in event.parties]
    if gold.participants:
        return all(p in gold.participants for p in parties)
    source, target = side_key(event.source), side_key(event.target)
    if event.participants:
        return all(g in ("*", None) or g in parties for g in (gold.source, gold.target))
    direct = _side_ok(gold.source, source) and _side_ok(gold.target, target)
    if direct:
        return True
    symmetric = gold.types & SYMMETRIC_TYPES or event.event_type in SYMMETRIC_TYPES
    return bool(symmetric) and _side_ok(gold.source, target) and _side_ok(gold.target, source)


def matches(gold: GoldEvent, event: Event) -> bool:
    return type_ok(gold, event) and sides_ok(gold, event)


def date_ok(gold: GoldEvent, event: Event) -> bool:
    if gold.date is None:
        return not event.date.is_stated
    start = end = gold.date
    if isinstance(gold.date, list):
        start, end = gold.date
    return (event.date.start is not None and event.date.start.isoformat() == start
            and event.date.end is not None and event.date.end.isoformat() == end)


def location_ok(gold: GoldEvent, event: Event) -> bool:
    if not gold.location:
        return event.location is None
    if event.location is None:
        return False
    names = {place_key(event.location.name), place_key(event.location.text)}
    return any(place_key(alt) in names for alt in gold.location.split("|"))


def attribute_score(gold: GoldEvent, event: Event) -> tuple[bool, bool, bool]:
    return date_ok(gold, event), location_ok(gold, event), gold.status == event.status


def score_article(golds: list[GoldEvent], events: list[Event], score: Score, label: str
                  ) -> None:
    free = list(events)
    for gold in sorted(golds, key=lambda g: g.optional):
        candidates = [e for e in free if matches(gold, e)]
        if not candidates:
            if not gold.optional:
                score.fn += 1
                score.count("fn", sorted(gold.types)[0])
                score.misses.append(f"[{label}] missed: {gold.describe()}")
            continue
        best = max(candidates, key=lambda e: sum(attribute_score(gold, e)))
        free.remove(best)
        if gold.optional:
            continue
        score.tp += 1
        score.count("tp", best.event_type)
        ok_date, ok_place, ok_status = attribute_score(gold, best)
        score.date_ok += ok_date
        score.location_ok += ok_place
        score.status_ok += ok_status
        if not (ok_date and ok_place and ok_status):
            score.misses.append(
                f"[{label}] matched with wrong attributes: gold {gold.describe()}; output "
                f"date={best.date.start}..{best.date.end} ({best.date.precision}) "
                f"location={best.location.name if best.location else None} "
                f"status={best.status} | {best.evidence.sentence}")
    optional = [g for g in golds if g.optional]
    for event in free:
        if any(matches(g, event) for g in optional):
            continue
        score.fp += 1
        score.count("fp", event.event_type)
        score.false_positives.append(
            f"[{label}] false positive: {event.event_type} {event.source.code} -> "
            f"{event.target.code if event.target else None} "
            f"{[p.code for p in event.participants]} {event.status} | "
            f"{event.evidence.sentence}")


def evaluate(gold_path: Path, pipeline) -> Score:
    """Run the pipeline on a gold set's articles and score the events."""
    records = read_gold(gold_path)
    score = Score()
    articles = articles_from_dicts(
        [{k: v for k, v in r.items() if k not in ("events", "gold")} for r in records],
        pipeline.options)
    results = pipeline.process(articles)
    for record, result in zip(records, results, strict=True):
        events = [] if isinstance(result, Skipped) else result[1]
        score_article(record["gold"], events, score, str(record.get("id")))
    return score
