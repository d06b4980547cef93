"""Acts of force told only in a speaker's own quoted words, as a charge against another side.

"'Rwanda is waging war on Congo,' Muyaya said", "'Rwanda is attacking Congo under an M23
label'", "'We will not sit with them while they are firing artillery at our soldiers,' he
said": the quotation holds the whole clause, its doer is not the speaker's own side ("we", "our
troops"), it is told in the present ("is waging", "are firing", not "has fired"), it names no
day, and its wording is a charge: war waged ("is waging war"), an act done through a proxy or
under a cover ("through its proxies", "under an M23 label", "behind a rebel facade"), or an act
a first-person refusal is conditioned on ("we will not talk ... while they are raiding"). Such a
clause is the speaker's rhetoric about the other side, an act alleged (the gold guidelines code
alleged acts as optional) whose sides are read from a quotation's pronouns; it is not coded.
A quoted report of an act stays, in the present perfect or the progressive ("'Russia has
launched an invasion,' Zelensky said", "'Russia is deploying troops to the border,' the
minister said") as in the past ("'Russian forces shelled Kharkiv overnight'"), and so does a
quoted word inside a reported clause ("its forces had 'neutralised' four militants").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.quotes import inside_quotes, quoted_stretch
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
# A charge of war: "is waging war on Congo" (the verb's present forms, as the model lemmatises
# "waging" as "wag", and its object's lemma).
WAR_VERBS, WAR_NOUN = frozenset({"wage", "wages", "waging"}), "war"
# Objects of a preposition that tell an act done through another's hands ("through its
# proxies", "under an M23 label", "behind a rebel facade", "under the guise of ...").
PROXY_NOUNS = frozenset({"proxy", "label", "facade", "guise"})
# The conjunction of a clause a refusal is conditioned on ("we will not talk while they ...").
WHILE_MARK = "while"


def _told_in_present(verb: Token) -> bool:
    """"is waging", "are firing", "sends": the verb or its auxiliary in the present tense, not
    the present perfect ("has launched" reports a done act)."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS]
    if any(c.lemma_.lower() == "have" for c in auxiliaries):
        return False
    return verb.tag_ in PRESENT_TAGS or any(c.tag_ in PRESENT_TAGS for c in auxiliaries)


def _first_person(tokens: list[Token]) -> bool:
    return any(t.lower_ in FIRST_PERSON_WORDS for s in tokens for t in s.subtree)


def _charge_wording(verb: Token) -> bool:
    """"is waging war", "through its proxies", "under an M23 label", or the clause a
    first-person refusal hangs on ("we will not talk to them while they are raiding")."""
    if verb.lower_ in WAR_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() == WAR_NOUN for c in verb.children):
        return True
    if any(t.dep_ == "pobj" and t.lemma_.lower() in PROXY_NOUNS for t in verb.subtree):
        return True
    head = verb.head
    return (verb.dep_ == "advcl" and head is not verb
            and any(c.dep_ == "mark" and c.lower_ == WHILE_MARK for c in verb.children)
            and any(c.dep_ == "neg" for c in head.children)
            and _first_person([c for c in head.children if c.dep_ in SUBJECT_DEPS]))


def is_quoted_charge(trigger: Trigger, sent: Span) -> bool:
    """An act of force whose whole clause, subject included, is a quotation in the speaker's
    voice about someone else, told in the present in the words of a charge, with no day."""
    verb = trigger.verb
    if trigger.coding.plover not in CHARGED_TYPES or verb is None or not _told_in_present(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or _first_person(subjects) or not _charge_wording(verb):
        return False
    if not (inside_quotes(verb, sent) and all(inside_quotes(s, sent) for s in subjects)):
        return False
    return not any(t.ent_type_ in TIME_ENTITIES for t in quoted_stretch(verb, sent))
