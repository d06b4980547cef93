"""The date expressions of a sentence: DATE entities, with "Monday and Tuesday", "March 3 to
5" and "from Thursday until January 4" joined into one; times that name a day ("on Sunday
night", "overnight", "hours later") and holidays ("on New Year's Eve")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.dates import ANCHORED, HOLIDAYS, TIME_OF_DAY, WEEKDAYS
from newsevents.entities import entities_in

# Units of any offset, countable in days or not ("two months after Maduro sealed the border",
# "on Wednesday, two days after").
OFFSET_UNITS = {"hour", "day", "week", "month", "year"}
# Words between the two ends of a range: "from Thursday until January 4".
UNTIL_WORDS = {"until", "till", "to", "through"}
# Words between a dated day and a bare closing day: "from April 8 to 14".
CLOSING_DAY_LINKS = {"to", "through", "-", "–"}
MAX_MONTH_DAY = 31
# Clauses that tell a sentence's news (its main verb, what a speaker said), whose bare
# "overnight" names no day: "Russian forces shelled Kharkiv overnight".
NEWS_CLAUSES = {"ROOT", "ccomp"}
# Parts of a day a time told from the last event may name: "later that evening".
TOLD_TIME_NOUNS = {"day", "night", "evening", "morning", "afternoon"}
MAX_TOLD_TIME_WORDS = 4  # "later in the day"
# Where a document keeps its sentences' date expressions (in its own ``user_data``, so the
# cache lives and dies with the article): several date rules ask for the same sentence's.
_KEY = "newsevents.date_expressions"


def date_expressions(sent: Span) -> list[Span]:
    """DATE entities, with "Monday and Tuesday" and "March 3 to 5" joined into one; times
    that name a day ("on Sunday night", "overnight") and holidays ("on New Year's Eve").
    Worked out once per sentence and kept on the Doc; each caller gets its own list."""
    by_sentence = sent.doc.user_data.setdefault(_KEY, {})
    found = by_sentence.get((sent.start, sent.end))
    if found is None:
        found = by_sentence[sent.start, sent.end] = _date_expressions(sent)
    return list(found)


def _date_expressions(sent: Span) -> list[Span]:
    """``date_expressions`` worked out: "from Thursday until January 4" is one range."""
    dates = [_with_closing_day(_with_direction(_before_offset(e)), sent)
             for e in entities_in(sent)]
    dates = [e for e in dates if e.label_ == "DATE" or (
        e.label_ == "TIME" and (TIME_OF_DAY.search(e.text) or ANCHORED.match(e.text)
                                or _names_a_weekday(e))) or (
        e.label_ == "EVENT" and e.text.lower().removeprefix("the ") in HOLIDAYS)]
    dates += [sent.doc[t.i: t.i + 1] for t in sent if t.lower_ == "overnight" and not t.ent_type_]
    dates += [sent.doc[unit.left_edge.i: t.i + 1] for t in sent
              if t.lower_ in ("later", "earlier") and t.dep_ == "advmod" and not t.ent_type_
              for unit in t.children if unit.dep_ == "npadvmod" and not unit.ent_type_
              and unit.lemma_.lower() in ("hour", "minute", "day")]  # "took it hours later"
    dates += _within_hours(sent)
    dates = _with_told_times(sent, dates)
    dates.sort(key=lambda e: e.start)
    joined: list[Span] = []
    for entity in dates:
        previous = joined[-1] if joined else None
        if previous is not None and (
                (entity.start - previous.end == 1
                 and sent.doc[previous.end].lower_ in ("and", "to", "-", "–", "through"))
                or (entity.start == previous.end and (
                    _time_of_day(previous) or _time_of_day(entity)))):
            # "Monday and Tuesday", "overnight Sunday", "Tuesday night"
            joined[-1] = sent.doc[previous.start: entity.end]
        else:
            joined.append(entity)
    return _from_until([e for e in joined if not _bare_overnight(e)])


def _with_closing_day(entity: Span, sent: Span) -> Span:
    """"Are holding a joint exercise from April 8 to 14": the parser tags the closing day a
    number of its own; a later day number after a day of the month closes the range."""
    doc = entity.doc
    if entity.label_ != "DATE" or entity.end + 2 > sent.end or not entity[-1].is_digit:
        return entity
    link, day = doc[entity.end], doc[entity.end + 1]
    if (link.lower_ not in CLOSING_DAY_LINKS or not day.is_digit or day.ent_type_ == "DATE"
            or day.dep_ == "nummod" or len(entity) < 2 or entity[-2].is_digit):
        return entity
    if int(entity[-1].text) < int(day.text) <= MAX_MONTH_DAY:
        return Span(doc, entity.start, entity.end + 2, label=entity.label_)
    return entity


def _within_hours(sent: Span) -> list[Span]:
    """"Turned the offer down within hours", "hit back within hours": a response told from the
    day of the act just told; not "within hours of the quake" (of what it names), nor on a
    verb that reports what was said ("replied within hours that Russia saw no grounds": the
    saying's time only, however the parser hangs the "that" clause), nor on an act still to
    come ("said it would free them within hours", "plans to reply within hours")."""
    return [sent.doc[t.head.i: t.i + 1] for t in sent
            if t.lower_ in ("hours", "minutes") and t.dep_ == "pobj" and t.head.lower_ == "within"
            and not any(c.dep_ in ("prep", "relcl", "acl") for c in t.children)
            and not any(c.dep_ == "ccomp" for c in t.head.head.children)
            and not _still_to_come(t.head.head)
            and ANCHORED.match(sent.doc[t.head.i: t.i + 1].text)]


def _still_to_come(verb: Token) -> bool:
    """A verb told with a modal or as a to-infinitive: "would release", "is to release"."""
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "TO") or c.lower_ == "to")
               for c in verb.children)


def _with_told_times(sent: Span, dates: list[Span]) -> list[Span]:
    """Times told from the day of the event just told that the model leaves untagged or tags
    in part: "detained several of them later that day", "later in the evening" (the model
    tags only "the evening"), "the same night"; they replace the parts they hold."""
    told = []
    for noun in (t for t in sent if t.lemma_.lower() in TOLD_TIME_NOUNS):
        starts = range(max(sent.start, noun.i - MAX_TOLD_TIME_WORDS + 1), noun.i)
        span = next((noun.doc[i: noun.i + 1] for i in starts
                     if ANCHORED.match(noun.doc[i: noun.i + 1].text)), None)
        if span is not None:  # the longest: "later that day", not "that day"
            told.append(span)
    if not told:
        return dates
    return [e for e in dates if not any(s.start <= e.start and e.end <= s.end for s in told)
            ] + told


def _from_until(dates: list[Span]) -> list[Span]:
    """"fought from Friday evening until dawn on Sunday", "will halt attacks from Thursday
    until January 4": the two ends joined into one range."""
    merged: list[Span] = []
    for entity in dates:
        previous = merged[-1] if merged else None
        if previous is not None and previous.start > 0 and \
                previous.doc[previous.start - 1].lower_ == "from" and \
                0 < entity.start - previous.end <= 3 and any(
                    t.lower_ in UNTIL_WORDS for t in previous.doc[previous.end: entity.start]):
            merged[-1] = previous.doc[previous.start: entity.end]
        else:
            merged.append(entity)
    return merged


def _with_direction(entity: Span) -> Span:
    """"the day" and the adverb after it: "landed there the day before"."""
    doc = entity.doc
    if entity.end < len(doc) and doc[entity.end].lower_ in ("before", "earlier", "later") and \
            doc[entity.end].dep_ == "advmod" and entity.label_ in ("DATE", "TIME"):
        return Span(doc, entity.start, entity.end + 1, label=entity.label_)
    return entity


def _before_offset(entity: Span) -> Span:
    """"on Wednesday, two days after ...", which the model tags as one date: the day only; the
    count of days belongs to the clause it opens."""
    comma = next((t for t in entity if t.text == ","), None)
    if comma is None or comma.i == entity.start or entity.label_ != "DATE":
        return entity
    rest = entity.doc[comma.i + 1: entity.end]
    if rest.root.lemma_.lower() in OFFSET_UNITS and rest.root.dep_ == "npadvmod":
        return Span(entity.doc, entity.start, comma.i, label=entity.label_)
    return entity


def _names_a_weekday(span: Span) -> bool:
    """A time the model tags with its day: "in the early hours of Wednesday"."""
    return any(token.lower_ in WEEKDAYS for token in span)


def _bare_overnight(span: Span) -> bool:
    """"Shelled Kharkiv overnight", "the bombing continued overnight": a night joined to no day
    and on no noun, on the verb of the news the sentence tells, names no date of its own, and
    the gold leaves such acts undated (the probes' seven, and "launched 31 drones at Ukraine
    overnight, officials said on Thursday" dated by its story's day); "overnight Sunday", "in
    overnight raids" and a night in a clause of circumstance ("as security forces tried to
    retake government buildings overnight") keep their night."""
    night = span[0]
    return (len(span) == 1 and night.lower_ == "overnight" and night.dep_ != "amod"
            and night.head.dep_ in NEWS_CLAUSES)


def _time_of_day(span: Span) -> bool:
    """"night", "overnight": a time that joins the day beside it ("Tuesday night")."""
    return span.label_ == "TIME" or span.text.lower() == "overnight"
