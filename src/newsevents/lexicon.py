"""The event lexicon: trigger verbs and nouns with their PLOVER/CAMEO coding, read from
``data/lexicon/*.tsv`` (format in docs/data-formats.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.tables import Row, read_table
from newsevents.verbal import APPEAL_TARGETS, asks_for_something

if TYPE_CHECKING:
    from newsevents.records import Event

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
LIGHT_VERB = "NOUN"  # plover value of a verb row whose event comes from its object noun
NO_EVENT = "NONE"  # plover value of a verb row that is no event ("captured the mood")
CAMEO_PATTERN = re.compile(r"^[0-2][0-9]{1,3}$")

VERB_COLUMNS = ("lemma", "particle", "object", "plover", "mode", "cameo", "quad", "goldstein",
                "target")
NOUN_COLUMNS = ("lemma", "plover", "mode", "cameo", "quad", "goldstein", "target")
PLOVER_COLUMNS = ("plover", "cameo", "quad", "goldstein", "description")
NONPOLITICAL_COLUMNS = ("word", "domain")


@dataclass(frozen=True, slots=True)
class Coding:
    plover: str
    mode: str | None
    cameo: str | None
    quad: int | None
    goldstein: float | None


def coded_as(event: Event, coding: Coding, **changes) -> Event:
    """The event recoded with ``coding``'s type, mode, CAMEO code, QuadClass and Goldstein
    value (a police raid as COERCE, a deadly raid as ASSAULT, a signing's truce), with any
    other ``changes`` of its fields."""
    return replace(event, event_type=coding.plover, mode=coding.mode, cameo=coding.cameo,
                   quad_class=coding.quad, goldstein=coding.goldstein, **changes)


@dataclass(frozen=True, slots=True)
class VerbRule:
    lemma: str
    particle: str | None
    objects: frozenset[str]
    coding: Coding | None  # None: a light verb, the object noun decides
    targets: tuple[str, ...]
    blocks: bool = False  # a figurative or ordinary sense: no event at all

    @property
    def specificity(self) -> int:
        return bool(self.particle) * 2 + bool(self.objects)


@dataclass(frozen=True, slots=True)
class NounRule:
    lemma: str
    coding: Coding
    targets: tuple[str, ...]


def _coding(row: Row, defaults: dict[str, Coding]) -> Coding:
    plover = row["plover"].upper()
    if plover not in PLOVER_TYPES:
        row.fail(f"unknown PLOVER type {row['plover']!r}")
    base = defaults.get(plover)
    cameo = row["cameo"] or (base.cameo if base else None)
    if cameo and not CAMEO_PATTERN.match(cameo):
        row.fail(f"CAMEO code {cameo!r} is not 2-4 digits")
    try:
        quad = int(row["quad"]) if row["quad"] else (base.quad if base else None)
        goldstein = (float(row["goldstein"]) if row["goldstein"]
                     else (base.goldstein if base else None))
    except ValueError as exc:
        row.fail(f"bad number: {exc}")
    if quad is not None and not 1 <= quad <= 4:
        row.fail(f"quad {quad} is not 1-4")
    if goldstein is not None and not -10 <= goldstein <= 10:
        row.fail(f"goldstein {goldstein} is not in -10..10")
    return Coding(plover, row.get("mode") or None, cameo, quad, goldstein)


class Lexicon:
    def __init__(self, folder: Path) -> None:
        self._phrases: dict[int, list[str]] = {}
        self.defaults: dict[str, Coding] = {}
        for row in read_table(folder / "plover.tsv", PLOVER_COLUMNS):
            self.defaults[row["plover"].upper()] = _coding(row, {})
        self.verbs: dict[str, list[VerbRule]] = {}
        for row in read_table(folder / "verbs.tsv", VERB_COLUMNS):
            light = row["plover"].upper() in (LIGHT_VERB, NO_EVENT)
            rule = VerbRule(
                row["lemma"].lower(), row["particle"].lower() or None,
                frozenset(o.lower() for o in row.items_of("object")),
                None if light else _coding(row, self.defaults),
                tuple(t.lower() for t in row.items_of("target")),
                blocks=row["plover"].upper() == NO_EVENT,
            )
            self.verbs.setdefault(rule.lemma, []).append(rule)
        for rules in self.verbs.values():
            rules.sort(key=lambda r: -r.specificity)
        self.nouns: dict[str, NounRule] = {}
        for row in read_table(folder / "nouns.tsv", NOUN_COLUMNS):
            lemma = row["lemma"].lower()
            if lemma in self.nouns:  # a second row would silently replace the first
                row.fail(f"duplicate noun row {lemma!r}")
            self.nouns[lemma] = NounRule(lemma, _coding(row, self.defaults),
                                         tuple(t.lower() for t in row.items_of("target")))
        self.two_word_nouns = {lemma.split(" ", 1)[1] for lemma in self.nouns if " " in lemma}
        self.domain_cues: dict[str, str] = {
            row["word"].lower(): row["domain"]
            for row in read_table(folder / "domain_cues.tsv", NONPOLITICAL_COLUMNS)
        }
        self.nonpolitical: dict[str, str] = {
            row["word"].lower(): row["domain"]
            for row in read_table(folder / "nonpolitical.tsv", NONPOLITICAL_COLUMNS)
        }

    def noun_rule(self, noun) -> NounRule | None:
        """The row of an event noun: a two-word row ("hunger strike", "military operation")
        when the noun carries that modifier, else the noun's own row."""
        lemma = noun.lemma_.lower()
        if lemma in self.two_word_nouns:
            for child in noun.children:
                if child.dep_ in ("amod", "compound", "nmod"):
                    rule = (self.nouns.get(f"{child.lemma_.lower()} {lemma}")
                            or self.nouns.get(f"{child.lower_} {lemma}"))
                    if rule is not None:
                        return rule
        if asks_for_something(noun):  # "renewed its call for tanks" (verbal.py)
            appeal = self.nouns["appeal"]
            return NounRule(lemma, appeal.coding, APPEAL_TARGETS)
        return self.nouns.get(lemma)

    @property
    def nonpolitical_phrases(self) -> list[str]:
        return self.phrases_of(self.nonpolitical)

    def phrases_of(self, cues: dict[str, str]) -> list[str]:
        """The cues of several words (or with a hyphen), matched in the text, not by token."""
        key = id(cues)
        if key not in self._phrases:
            self._phrases[key] = [w for w in cues if " " in w or "-" in w]
        return self._phrases[key]

    def verb_rule(self, lemma: str, particles: set[str], object_lemmas: set[str],
                  phrasal: set[str] = frozenset(), cargo: set[str] = frozenset()
                  ) -> VerbRule | None:
        """The most specific rule whose particle and object conditions hold. A phrasal verb
        ("call off") matches only rows with its particle. A two-word object ("rescue team")
        goes before its head alone ("team"): "dispatched search and rescue teams". What a
        vehicle or load holds (``cargo``) goes before the vehicle: "sent a plane loaded with
        medical supplies" sent supplies (aid), not a plane (a deployment)."""
        if cargo:
            rule = self.verb_rule(lemma, particles, cargo, phrasal)
            if rule is not None and rule.objects and rule.coding is not None:
                return rule
        two_words = {lemma for lemma in object_lemmas if " " in lemma}
        for wanted in (two_words, object_lemmas) if two_words else (object_lemmas,):
            for rule in self.verbs.get(lemma, ()):
                if rule.particle and rule.particle not in particles:
                    continue
                if phrasal and rule.particle not in phrasal:
                    continue
                if (rule.objects or wanted is two_words) and not (rule.objects & wanted):
                    continue
                return rule
        return None


def load_lexicon(folder: Path | None = None) -> Lexicon:
    return Lexicon(folder or Path(str(resources.files("newsevents") / "data" / "lexicon")))
