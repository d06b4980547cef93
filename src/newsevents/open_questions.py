"""Acts a text leaves as an open question are not reported: "Kigali did not say whether it
would respond in kind", "an IMF spokesman declined to say whether the fund would consider new
lending", "it was not clear if the army would retaliate", "reporters asked whether Ankara would
send troops". The act's clause is marked "whether" (a question whatever governs it), or "if"
under a speech or knowing word that is negated, declined, or a question itself."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.triggers import Trigger

# Links within one clause, from a verb up to the clause's own head ("would respond and retaliate").
SAME_CLAUSE_DEPS = {"conj", "xcomp"}
WHETHER = "whether"
IF = "if"
# Words an "if" clause is a question under, when negated ("did not say if") or declined.
TELLING_WORDS = {"say", "tell", "specify", "confirm", "disclose", "reveal", "indicate", "know",
                 "clear", "comment", "elaborate", "explain"}
# Words whose "if" clause is a question in itself.
ASKING_WORDS = {"ask", "wonder", "unclear", "uncertain", "question"}
# Verbs that decline to tell: "declined to say if", "refused to confirm if".
DECLINING_VERBS = {"decline", "refuse", "fail"}


def is_open_question(trigger: Trigger) -> bool:
    """The trigger's clause asks whether the act happens rather than telling it, or the
    trigger is the asking itself ("asked whether Ankara would ...": a question, no request)."""
    clause = trigger.verb or trigger.head
    if clause.lemma_.lower() in ASKING_WORDS and any(
            c.dep_ == "ccomp" and _marked(c, {WHETHER, IF}) for c in clause.children):
        return True
    while clause.dep_ in SAME_CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if _marked(clause, {WHETHER}):
        return True
    return _marked(clause, {IF}) and clause.dep_ == "ccomp" and _asks(clause.head)


def _marked(clause: Token, marks: set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _asks(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if lemma in ASKING_WORDS:
        return True
    if lemma not in TELLING_WORDS:
        return False
    if any(c.dep_ == "neg" for c in word.children):
        return True
    governor = word.head if word.dep_ in ("xcomp", "acomp") else None
    return governor is not None and (governor.lemma_.lower() in DECLINING_VERBS or any(
        c.dep_ == "neg" for c in governor.children))
