"""Coding a hand-written text with the real pipeline, for the rule tests."""

from datetime import date

from newsevents.records import Article


def code_text(pipeline, text, pub, dateline=None):
    """The events the pipeline codes from one text published on ``pub`` (YYYY-MM-DD)."""
    article = Article("t", text, title=None, pub_date=date.fromisoformat(pub), dateline=dateline)
    return pipeline.events_for(article, pipeline.nlp(text))


def of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


def side_codes(events, event_type):
    """The (source, target) actor codes of the events of one type, sorted."""
    return sorted((e.source.code, e.target.code if e.target else None)
                  for e in events if e.event_type == event_type)


def side_prefixes(events, event_type):
    """The (source, target) country prefixes of the actor codes of one type ("" for none)."""
    return [(s[:3], (t or "")[:3]) for s, t in side_codes(events, event_type)]


def side_countries(events, event_type):
    """The (source, target) countries of the events of one type, sorted."""
    return sorted((e.source.country, e.target.country if e.target else None)
                  for e in events if e.event_type == event_type)


def place_names(events, event_type):
    """The place names (None for no place) of the events of one type."""
    return [e.location.name if e.location else None for e in events if e.event_type == event_type]


def day_spans(events, event_type, sentence_index=None):
    """The (start, end) days of the events of one type (of one sentence, when given)."""
    return [(e.date.start, e.date.end) for e in events if e.event_type == event_type
            and (sentence_index is None or e.evidence.sentence_index == sentence_index)]
