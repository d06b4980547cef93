"""Coding a hand-written text with the real pipeline, for the rule tests."""

from datetime import date

from newsevents.records import Article


def code_text(pipeline, text, pub, dateline=None):
    """The events the pipeline codes from one text published on ``pub`` (YYYY-MM-DD)."""
    article = Article("t", text, title=None, pub_date=date.fromisoformat(pub), dateline=dateline)
    return pipeline.events_for(article, pipeline.nlp(text))


def of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]
