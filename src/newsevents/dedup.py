"""One event, many reports: mentions (events read from single articles) that report the same
real-world event are grouped into one event with GDELT-style counts.

Same event means (docs/dedup.md): the same type family (``data/dedup/families.tsv``), the same
status, the same parties (countries, or IGO codes; order ignored for CONSULT, AGREE and
COOPERATE), date intervals that overlap once widened by ``DATE_TOLERANCE_DAYS``, and places
that do not contradict. Grouping is deterministic: mentions are clustered in an order fixed by
their content, so any ingestion order gives the same events and ids. It is incremental: a new
mention only regroups its block (same family, status and parties).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources

from newsevents.records import SYMMETRIC_TYPES, Event
from newsevents.tables import read_table

# Reports of one event often differ by a day (time zones; "arrived on Wednesday" for a
# Thursday meeting).
DATE_TOLERANCE_DAYS = 1
# A report that gives no date covers the week before its publication.
UNDATED_WINDOW_DAYS = 7


@cache
def type_families() -> dict[str, str]:
    path = resources.files("newsevents") / "data" / "dedup" / "families.tsv"
    return {row["type"]: row["family"] for row in read_table(path, ("type", "family"))}


def side_key(code: str | None, country: str | None) -> str:
    return country or (code or "")[:6] or "?"


def block_key(event: Event) -> str:
    """Mentions that may be one event share this key."""
    family = type_families().get(event.event_type, event.event_type)
    parties = [side_key(a.code, a.country) for a in event.parties]
    if event.event_type in SYMMETRIC_TYPES or event.participants:
        sides = "+".join(sorted(set(parties)))
    else:
        target = side_key(event.target.code, event.target.country) if event.target else "-"
        sides = f"{parties[0]}>{target}"
    return f"{family}|{event.status}|{sides}"


@dataclass(frozen=True, slots=True)
class Mention:
    """What grouping needs of a stored mention."""

    mention_id: str
    article_id: str
    date_start: date | None
    date_end: date | None
    precision: str
    pub_date: date | None
    place: str | None
    place_country: str | None
    place_precision: str | None
    confidence: float

    def interval(self) -> tuple[date, date] | None:
        if self.precision in ("publication", "unknown") or self.date_start is None:
            if self.pub_date is None:
                return None
            return self.pub_date - timedelta(days=UNDATED_WINDOW_DAYS), self.pub_date
        return self.date_start, self.date_end or self.date_start

    def order(self) -> tuple:
        """Precise reports seed clusters first; ties broken by content, never by arrival."""
        span = self.interval()
        width = (span[1] - span[0]).days if span else 10**6
        return (width, span[0] if span else date.max, self.mention_id)


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    core: tuple[date, date] | None = None  # intersection of the members' dates

    def accepts(self, mention: Mention) -> bool:
        span = mention.interval()
        if self.core is not None and span is not None:
            slack = timedelta(days=DATE_TOLERANCE_DAYS)
            if span[0] - slack > self.core[1] or span[1] + slack < self.core[0]:
                return False
        return all(places_agree(mention, other) for other in self.mentions)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        span = mention.interval()
        if span is None:
            return
        if self.core is None:
            self.core = span
        else:
            start, end = max(self.core[0], span[0]), min(self.core[1], span[1])
            if start <= end:
                self.core = (start, end)

    @property
    def event_id(self) -> str:
        seed = min(m.mention_id for m in self.mentions)
        return hashlib.sha1(f"event|{seed}".encode()).hexdigest()[:20]


def places_agree(a: Mention, b: Mention) -> bool:
    if not a.place or not b.place:
        return True
    if a.place == b.place:
        return True
    country_level = "country" in (a.place_precision, b.place_precision)
    return country_level and a.place_country == b.place_country


def cluster_block(mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for mention in sorted(mentions, key=Mention.order):
        home = next((c for c in clusters if c.accepts(mention)), None)
        if home is None:
            home = Cluster()
            clusters.append(home)
        home.add(mention)
    return clusters
