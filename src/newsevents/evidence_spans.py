"""Character spans of what an event was read from, in its article's cleaned text.

A stored event record carries the evidence sentence with its offsets, and the surface text
of each side, the date and the place. Each surface text is looked for inside the evidence
sentence (as a whole word first, then anywhere in it); a record that carries explicit
``start``/``end`` offsets for an actor, date or place is taken at its word. What the sentence
does not contain (a side implied by the story, a place named earlier) is reported as
unlocated rather than guessed. Words of the trigger are marked where the sentence has them.
"""

from __future__ import annotations

import re

# Parts of an event record that are spans of text, with the kind each span gets.
SPAN_PARTS = (("source", "source"), ("target", "target"), ("date", "date"),
              ("location", "place"))


def locate(text: str, surface: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of ``surface`` in ``text[start:end]``: a whole-word match first."""
    if not surface:
        return None
    word = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    found = word.search(text, start, end)
    if found:
        return found.start(), found.end()
    position = text.find(surface, start, end)
    return (position, position + len(surface)) if position >= 0 else None


def _explicit(text: str, part: dict) -> tuple[int, int] | None:
    start, end = part.get("start"), part.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    return None


def event_spans(text: str, record: dict) -> tuple[list[dict], list[dict]]:
    """(spans, unlocated) of one contract event record over its article's text."""
    evidence = record["evidence"]
    start, end = evidence["start"], evidence["end"]
    spans = [{"kind": "evidence", "start": start, "end": end, "text": text[start:end]}]
    parts = [(kind, record.get(name)) for name, kind in SPAN_PARTS]
    parts += [("participant", actor) for actor in record.get("participants") or ()]
    unlocated = []
    for kind, part in parts:
        if not part or not part.get("text"):
            continue
        offsets = _explicit(text, part) or locate(text, part["text"], start, end)
        if offsets is None:
            unlocated.append({"kind": kind, "text": part["text"]})
            continue
        spans.append({"kind": kind, "start": offsets[0], "end": offsets[1],
                      "text": text[offsets[0]:offsets[1]]})
    for word in (evidence.get("trigger") or "").split():
        offsets = locate(text, word, start, end)
        if offsets:  # trigger words are lemmas or surface words; only the found are shown
            spans.append({"kind": "trigger", "start": offsets[0], "end": offsets[1],
                          "text": word})
    return spans, unlocated
