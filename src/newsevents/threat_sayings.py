"""Threats said as set phrases of diplomatic speech, told by the speech verb that carries them:
an act declared a casus belli ("Pakistan said any attempt to divert its water would be
treated as an act of war") and force kept in reserve ("Washington said all options were on
the table", "Moscow said nothing was off the table", "Seoul would keep all options open").

The threat is the speaker's and happened when said; whom it is aimed at is left to the
extractor's usual search of the sentence and the story.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lexicon import Coding
from newsevents.quotes import SPEECH_VERBS
from newsevents.syntax import SUBJECT_DEPS
from newsevents.triggers import Trigger

# "would be treated / regarded / considered / seen / viewed as an act of war".
DEEMING_VERBS = {"treat", "regard", "consider", "see", "view", "deem", "construe", "interpret"}
# "would be an act of war", "would constitute a declaration of war", "would amount to ...".
BEING_VERBS = {"be", "constitute", "amount", "mean"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "could"}
# The casus belli: "act of war / aggression", "declaration of war", "casus belli", "red line".
WAR_ACT_HEADS = {"act", "declaration"}
WAR_ACT_OBJECTS = {"war", "aggression"}
CASUS_BELLI = {"belli"}
# "all options are on the table", "nothing is off the table", "no option is off the table".
OPTION_SUBJECTS = {"option", "nothing"}
OPTION_STATES = {"be", "remain", "stay"}
TABLE_WORDS = {"table"}
# "keep all options open", "kept every option on the table".
KEEP_VERBS = {"keep", "leave"}


def set_phrase_threats(sent: Span, taken: set[int], threatened: list[Token],
                       threat: Coding) -> list[Trigger]:
    """Threats said as set phrases ("would be treated as an act of war", "all options are on
    the table"): the speech verb is the threat, the phrase's verb goes with it."""
    found = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in taken:
            continue
        if not (_casus_belli(verb) or _options_kept(verb)):
            continue
        speech = voicing_speech(verb, taken, threatened)
        if speech is None:
            continue
        found.append(Trigger(speech, (speech, verb), threat, (), speech, nominal=False))
        taken.add(speech.i)
    return found


def voicing_speech(verb: Token, taken: set[int], threatened: list[Token],
                   trailing: bool = False) -> Token | None:
    """The speech verb that voices a threat told in ``verb``'s clause, unless another trigger
    took it or a warning already is the threat ("warned that it would be treated as an act of
    war": the warning is it)."""
    speech = speech_over(verb, trailing)
    if speech is None or speech.i in taken or speech in threatened or any(
            v in speech.ancestors for v in threatened):
        return None
    return speech


def speech_over(verb: Token, trailing: bool = False) -> Token | None:
    """The speech verb whose reported clause holds ``verb`` ("said ... would be treated");
    with ``trailing``, also a speech verb the model hangs on the act as a conjunct ("Troops
    would resume operations ..., the minister told state television")."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp", "auxpass") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
        return clause.head
    if trailing and clause.dep_ == "ROOT":
        return next((c for c in clause.children if c.dep_ == "conj"
                     and c.lemma_.lower() in SPEECH_VERBS and c.i > verb.i), None)
    return None


def _casus_belli(verb: Token) -> bool:
    """"would be treated as an act of war", "would constitute a declaration of war", "would
    be regarded as a casus belli", "would mean war"."""
    lemma = verb.lemma_.lower()
    if lemma not in DEEMING_VERBS and lemma not in BEING_VERBS:
        return False  # the cheap check first
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or not (
            {c.lower_ for c in children if c.dep_ == "aux"} & FUTURE_AUX):
        return False
    if lemma in DEEMING_VERBS:
        named = [o for p in children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj"]
    elif lemma in BEING_VERBS:
        named = [c for c in children if c.dep_ in ("attr", "dobj", "oprd")]
        named += [o for p in children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]
    else:
        return False
    return any(_war_act(noun) or (lemma == "mean" and noun.lemma_.lower() == "war")
               for noun in named)


def _war_act(noun: Token) -> bool:
    """"an act of war", "a declaration of war", "an act of aggression", "a casus belli"."""
    if noun.lower_ in CASUS_BELLI:
        return True
    if noun.lemma_.lower() not in WAR_ACT_HEADS:
        return False
    return any(o.lemma_.lower() in WAR_ACT_OBJECTS for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _options_kept(verb: Token) -> bool:
    """"all options are on the table", "nothing is off the table", "would keep all options
    open", "kept every option on the table"."""
    lemma = verb.lemma_.lower()
    if lemma not in OPTION_STATES and lemma not in KEEP_VERBS:
        return False  # the cheap check first
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if lemma in OPTION_STATES:
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
        options = [s for s in subjects if s.lemma_.lower() in OPTION_SUBJECTS]
    elif lemma in KEEP_VERBS:
        options = [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() == "option"]
        if options and any(c.lower_ == "open" for c in verb.subtree):
            return any(d.lower_ in ("all", "every") for d in options[0].children)
    else:
        return False
    if not options:
        return False
    wanted = "off" if options[0].lemma_.lower() == "nothing" or any(
        d.lower_ == "no" for d in options[0].children) else "on"
    return any(p.lower_ == wanted and any(o.lower_ in TABLE_WORDS for o in p.children)
               for p in children if p.dep_ == "prep")
