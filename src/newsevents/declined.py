"""Refusals told by the refused act rather than by a refusing verb of the lexicon.

- "the Rwandan delegation declined to attend", "Caracas declined to sign the protocol": an act
  of joining in, declined, is a rejection ("declined to comment" is none: comment is no act
  of joining in);
- "would not return to the negotiating table until ...", "will not go back to talks": a
  refusal of talks;
- "ruled out withdrawing the bill", "ruled out suspending enrichment": an act ruled out, told
  by its gerund ("did not rule out ..." refuses nothing).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lexicon import Coding
from newsevents.threats import refuses
from newsevents.triggers import Trigger

DECLINING_VERBS = {"decline"}
# Acts of joining in whose declining is a rejection ("declined to attend the summit").
DECLINED_ACTS = {"attend", "participate", "join", "sign", "meet", "negotiate", "endorse",
                 "ratify", "recognise", "recognize", "extradite", "cooperate", "co-operate",
                 "accept", "engage", "back"}
RETURNING_VERBS = {"return", "go", "come", "get"}
TALKS_WORDS = {"table", "talk", "talks", "negotiation", "dialogue"}
RULING_VERB = "rule"
RULING_PARTICLE = "out"
# Force ruled out is no rejection of another's wish ("ruled out using force": see the
# THREATEN rows of "rule out").
FORCE_GERUNDS = {"use", "attack", "strike", "invade", "intervene", "retaliate", "bomb"}
REFUSAL_TARGETS = ("to", "with", "in", "obj")


def declined_refusals(sent: Span, triggers: list[Trigger], reject: Coding) -> list[Trigger]:
    """Rejections told by a declined act, a refused return to talks or an act ruled out:
    "Manila declined to join the patrols", "Hamas would not return to talks", "the minister
    ruled out scrapping the tax"."""
    taken = {i for t in triggers for i in t.indices}
    found = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if _declined_act(verb) and verb.head.i not in taken:  # told on "declined"
            taken.add(verb.head.i)
            found.append(Trigger(verb.head, (verb.head,), reject, REFUSAL_TARGETS, verb.head,
                                 nominal=False))
        elif _refused_return(verb):  # the talks' own trigger is a stance, dropped (status.py)
            found.append(Trigger(verb, (verb,), reject, REFUSAL_TARGETS, verb, nominal=False))
        elif verb.i in taken:
            continue
        elif _ruled_out_act(verb):  # (a ruled-out object of the lexicon is taken)
            found.append(Trigger(verb, (verb,), reject, ("obj", "on", "to"), verb,
                                 nominal=False))
    return found


def _declined_act(verb: Token) -> bool:
    """"declined to attend": the act of joining in, under "decline"."""
    return (verb.dep_ == "xcomp" and verb.lemma_.lower() in DECLINED_ACTS
            and verb.head.lemma_.lower() in DECLINING_VERBS
            and not any(c.dep_ == "neg" for c in verb.head.children))


def _refused_return(verb: Token) -> bool:
    """"would not return to the negotiating table", "will not go back to talks"."""
    if verb.lemma_.lower() not in RETURNING_VERBS or not refuses(verb):
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "advmod"]  # "go back to talks"
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "to" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in TALKS_WORDS for o in prep.children):
            return True
    return False


def _ruled_out_act(verb: Token) -> bool:
    """"ruled out withdrawing the bill" (the gerund as complement or clause) or "ruled out
    halting enrichment" (the gerund parsed as a modifier of the object)."""
    if verb.lemma_.lower() != RULING_VERB or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ == "prt" and c.lower_ == RULING_PARTICLE for c in verb.children):
        return False
    return any(_gerund(g) for g in _ruled_out_words(verb))


def _ruled_out_words(verb: Token) -> list[Token]:
    """The complement of "ruled out", and the modifiers of its object."""
    words = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        words += [m for m in obj.children if m.dep_ == "amod"]
    return words


def _gerund(word: Token) -> bool:
    """"withdrawing", "halting" (the model tags some as nouns); not force ("using force"),
    nor an "-ing" adjective ("ruled out any lasting deal", "an ongoing review")."""
    return ((word.tag_ == "VBG" or (word.lower_.endswith("ing") and word.pos_ != "ADJ"))
            and word.lemma_.lower() not in FORCE_GERUNDS)
