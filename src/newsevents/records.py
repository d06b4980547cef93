"""Typed records passed between the stages; they map one-to-one to the contract and tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

# Types whose two sides act together, so their order carries no meaning.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Date precisions from most to least precise.
DATE_PRECISION_RANK = {"day": 0, "range": 1, "week": 2, "month": 3, "year": 4,
                       "publication": 5, "unknown": 6}
# QuadClasses of verbal events (statements and meetings), dated by the statement that makes them
# and not placed or dated by the deed told beside them.
VERBAL_QUADS = frozenset({1, 3})


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned news article, ready for the NLP stage."""

    article_id: str
    text: str
    title: str | None = None
    pub_date: date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    origin: str = ""  # file (and line) the article was read from
    dateline: str | None = None  # the city the story was filed from ("Seoul")
    warnings: tuple[str, ...] = ()  # repairs made while reading (stored as failures)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input record that was not coded, and why."""

    origin: str
    reason: str
    article_id: str | None = None
    stage: str = "read"  # read (file, decoding, page, checks) or code (parse, extraction)


SKIPPED, WARNING = "skipped", "warning"
_ORIGIN = re.compile(r"^(?P<file>.*):(?:record )?(?P<number>\d+)$")


def located(path: object, number: int, unit: str = "line") -> str:
    """The origin of one record of a file: ``file:LINE`` or ``file:record N``."""
    return f"{path}:{number}" if unit == "line" else f"{path}:{unit} {number}"


def split_origin(origin: str) -> tuple[str, int | None]:
    """The file and the line (or record) number of an origin made by ``located``."""
    match = _ORIGIN.match(origin)
    return (match["file"], int(match["number"])) if match else (origin, None)


@dataclass(frozen=True, slots=True)
class Failure:
    """A row of the failures table: an input that was not coded (severity ``skipped``) or
    that was coded after a repair worth knowing of (severity ``warning``)."""

    origin: str
    reason: str
    article_id: str | None = None
    stage: str = "read"
    severity: str = SKIPPED

    @classmethod
    def of(cls, skipped: Skipped) -> Failure:
        return cls(skipped.origin, skipped.reason, skipped.article_id, skipped.stage)

    @classmethod
    def warnings_of(cls, article: Article) -> list[Failure]:
        return [cls(article.origin, warning, article.article_id, "read", WARNING)
                for warning in article.warnings]


# The kind of an actor named as a state, its capital or a state body ("Russia", "Moscow").
STATE_KIND = "state"
# Kinds of actor the story supplies rather than the clause: "implied" sides are filled from the
# story (exported as "implied": true), "inferred" ones guessed from a noun with no country said.
IMPLIED_KIND = "implied"
INFERRED_KIND = "inferred"


@dataclass(frozen=True, slots=True)
class Actor:
    """A side of an event, resolved to a CAMEO actor code."""

    text: str
    code: str | None
    country: str | None
    sector: tuple[str, ...] = ()
    name: str | None = None
    title: str | None = None
    kind: str = STATE_KIND  # state, person, organisation, group

    def to_dict(self) -> dict:
        record = {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": list(self.sector),
            "title": self.title,
        }
        if self.kind == IMPLIED_KIND:
            record["implied"] = True  # not named in the sentence; inferred from the story
        return record

    @property
    def party_key(self) -> str:
        """The identity used to compare sides: country (or IGO code) and sector."""
        return self.code or self.country or self.text

    @property
    def side(self) -> str:
        """The side an actor is on: its country ("Iran" and "Tehran" are one), else its
        code (an IGO, a group)."""
        return self.country or self.party_key


@dataclass(frozen=True, slots=True)
class EventDate:
    start: date | None
    end: date | None
    precision: str  # day, range, week, month, year, publication, unknown
    text: str | None = None

    def to_dict(self) -> dict:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
        }

    @property
    def is_stated(self) -> bool:
        return self.precision not in ("publication", "unknown")


# The precision of a place that is a whole country ("in Libya"), not a town in it.
COUNTRY_PRECISION = "country"

@dataclass(frozen=True, slots=True)
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    admin1: str | None = None
    precision: str = "city"

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    sentence_index: int
    start: int
    end: int
    trigger: str | None

    def to_dict(self) -> dict:
        return {
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Actor | None
    outlet: str | None

    def to_dict(self) -> dict:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "outlet": self.outlet,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One political event read from one article (a mention, in GDELT's terms)."""

    event_id: str
    article_id: str
    event_type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: Actor
    target: Actor | None
    date: EventDate
    location: Place | None
    status: str
    evidence: Evidence
    confidence: float
    participants: tuple[Actor, ...] = ()
    contexts: tuple[str, ...] = ()
    attribution: Attribution | None = None
    mentions: int = 1

    @property
    def parties(self) -> tuple[Actor, ...]:
        sides = (self.source, self.target) if self.target else (self.source,)
        return sides + self.participants

    def to_dict(self) -> dict:
        """The contract's event record (event.schema.json)."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "participants": [actor.to_dict() for actor in self.participants],
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "status": self.status,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "mentions": self.mentions,
        }


@dataclass(slots=True)
class RunSummary:
    """What one batch run did, for the CLI's closing report."""

    read: int = 0  # article records read (coded, skipped with an id, or already stored)
    stored: int = 0
    already_stored: int = 0
    failures: list[Failure] = field(default_factory=list)
    events_by_type: dict[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == SKIPPED]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == WARNING]


def recountry(actor: Actor, country: str) -> Actor:
    """The actor as one of ``country``, its code rebuilt from the country and first sector."""
    return replace(actor, country=country, code=country + "".join(actor.sector[:1]))


def recountry_inferred(actors: list[Actor], country: str) -> list[Actor]:
    """The actors whose country was only guessed ("inferred") moved to ``country``."""
    return [recountry(a, country) if a.kind == INFERRED_KIND else a for a in actors]
