"""Acts of force told only in a speaker's own quoted words, as a charge against another side.

"'Rwanda is waging war on Congo through its proxies,' Muyaya said", "'The TPLF regime has
unleashed an attack,' the ministry said", "'We will not sit with them while they are firing
artillery at our soldiers,' he said": the quotation holds the whole clause, its doer is not
the speaker's own side ("we", "our troops"), it is told in the present ("is waging", "are
firing", "has unleashed") and it names no day. Such a clause is the
speaker's rhetoric about the other side, an act alleged (the gold guidelines code alleged acts
as optional) whose sides are read from a quotation's pronouns; it is not coded. A quoted word
inside a reported clause ("its forces had 'neutralised' four militants", "the coast guard had
'driven away' the boat") is a report and stays, and so does a quoted clause with a day of its
own or told in the past ("'Russian forces shelled Kharkiv overnight,' the governor said" is a
report of a done act).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.quotes import inside_quotes
from newsevents.references import SUBJECT_DEPS
from newsevents.syntax import PRESENT_TAGS
from newsevents.triggers import Trigger

# Acts of force and deployments: what a speaker charges another side with doing.
CHARGED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# The words of a subject that make the doer the speaker's own side ("we", "our troops").
FIRST_PERSON_WORDS = frozenset({"we", "i", "our", "my", "us"})
# The dependencies of a verb's auxiliaries ("is waging", "has been sent").
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
# Entities that give the quoted clause a time of its own ("overnight", "on Tuesday").
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _quoted_stretch(anchor: Token, sent: Span) -> list[Token]:
    """The tokens of the sentence inside the same quotation as ``anchor``."""
    start = anchor.i
    while start > sent.start and inside_quotes(sent.doc[start - 1], sent):
        start -= 1
    end = anchor.i
    while end + 1 < sent.end and inside_quotes(sent.doc[end + 1], sent):
        end += 1
    return list(sent.doc[start:end + 1])


def _told_in_present(verb: Token) -> bool:
    """"is waging", "are firing", "has unleashed", "sends": the verb or its auxiliary in the
    present tense."""
    return verb.tag_ in PRESENT_TAGS or any(
        c.dep_ in AUXILIARY_DEPS and c.tag_ in PRESENT_TAGS for c in verb.children)


def is_quoted_charge(trigger: Trigger, sent: Span) -> bool:
    """An act of force whose whole clause, subject included, is a quotation in the speaker's
    voice about someone else, told in the present with no day of its own."""
    verb = trigger.verb
    if trigger.coding.plover not in CHARGED_TYPES or verb is None or not _told_in_present(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(t.lower_ in FIRST_PERSON_WORDS for s in subjects for t in s.subtree):
        return False
    if not (inside_quotes(verb, sent) and all(inside_quotes(s, sent) for s in subjects)):
        return False
    return not any(t.ent_type_ in TIME_ENTITIES for t in _quoted_stretch(verb, sent))
