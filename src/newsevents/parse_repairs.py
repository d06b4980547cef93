"""Repairs of misreadings of the small parser that hide an act's doer or target, made
once on the parsed document so that every stage reads the same tree.

An organisation's acronym read as a verb: "ECOWAS imposed sanctions on Niger" (ECOWAS the
root, "imposed" a modifier of "sanctions"), "IS claimed the attack" (IS an auxiliary). A
town read as an adverb of the verb before it: "Russian troops stormed Bakhmut", "Saudi jets
pounded Sirte"; and a
name made a second subject after its common noun: "the bloc ECOWAS imposed"; a particle
read as "more than" ("handed over 150 prisoners"); a denied charge read as the denial's
subject ("..., a charge Ukraine denies": charge_repairs.py); "asset freezes" read as a verb
(freeze_repairs.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsevents.charge_repairs import repair_charge_subject
from newsevents.freeze_repairs import repair_asset_freezes
from newsevents.joined_names import repair_cut_partner, repair_joined_names, repair_stranded_side
from newsevents.opening_participles import repair_opening_participle
from newsevents.quotes import SPEECH_VERBS
from newsevents.syntax import SUBJECT_DEPS, reattach
from newsevents.unwelcome_repairs import repair_unwelcome_phrase

# Past forms the acronym's act takes ("ECOWAS imposed", "IS claimed", "NATO has warned").
PAST_TAGS = {"VBD", "VBN"}
# How the parser hangs the real verb on the acronym read as a verb ("imposed sanctions": amod).
HUNG_VERB_DEPS = {"amod", "acl", "ccomp", "xcomp", "conj", "dep", "advcl", "relcl"}
ACRONYM_LENGTHS = range(2, 9)
# Entity labels of a word that only dates the act ("struck Tuesday"): never its target.
TIME_ENTITIES = {"DATE", "TIME"}
DAY_AND_MONTH_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "overnight", "sept", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
}
ADVERB_DEPS = {"advmod", "npadvmod"}
# How the parser hangs the doer on a past verb it read as an adjective ("Turkish aircraft
# strafed positions": nsubj; "a Moscow court jailed Yashin": npadvmod).
STRANDED_DOER_DEPS = {"nsubj", "npadvmod", "compound", "nmod"}
NOMINAL_POS = {"NOUN", "PROPN"}
# Particles the parser may read as "more than" before a number ("handed over 150 prisoners"),
# with the verbs they belong to.
QUANTITY_PARTICLES = {"over": {"hand", "turn"}}


def is_acronym(token: Token) -> bool:
    """An upper-case word of two to eight letters in running text ("ECOWAS", "IS", "NATO"),
    not a word of an all-capitals headline ("WAR IS OVER")."""
    if not (token.is_alpha and token.text.isupper() and len(token.text) in ACRONYM_LENGTHS):
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(n.is_alpha and n.text.isupper() and len(n.text) > 1 for n in neighbours)


def repair_acronym_subject(token: Token) -> bool:
    """"ECOWAS imposed sanctions on Niger", "IS claimed the attack": an acronym tagged as a
    verb or an auxiliary before a past verb is that verb's subject."""
    doc = token.doc
    misread = token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.head.i == token.i)
    if not misread or token.i + 1 >= len(doc) or not is_acronym(token):
        return False  # "ECOWAS slapped sanctions": the acronym a noun heading the sentence
    verb = doc[token.i + 1]
    if verb.tag_ not in PAST_TAGS or verb.sent.start != token.sent.start or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if token.head.i == verb.i and token.dep_ in ("aux", "auxpass"):
        pass  # "IS claimed": only the subject's name is wrong
    elif verb.dep_ in HUNG_VERB_DEPS and token in verb.ancestors:
        old_dep = token.dep_
        root = token.head.i == token.i
        reattach(verb, verb if root else token.head, old_dep)
        for child in [c for c in token.children if c.i != verb.i]:
            reattach(child, verb, child.dep_)
    else:
        return False
    named = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
    if named:  # "the West African bloc ECOWAS imposed": the acronym names the bloc
        reattach(token, named[0], "appos")
    else:
        reattach(token, verb, "nsubj")
    token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    verb.pos_ = "VERB"
    return True


def repair_place_object(token: Token) -> bool:
    """"Russian troops stormed Bakhmut", "Saudi jets pounded Sirte": a capitalised name the
    parser hangs as an adverb right after a verb with no object is the verb's object."""
    verb = token.head
    if token.dep_ not in ADVERB_DEPS or token.i != verb.i + 1 or verb.pos_ != "VERB":
        return False
    if not token.text[:1].isupper() or token.is_sent_start or not token.is_alpha:
        return False
    if token.ent_type_ in TIME_ENTITIES or token.lower_ in DAY_AND_MONTH_WORDS:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    reattach(token, verb, "dobj")
    token.pos_, token.tag_ = "PROPN", "NNP"
    return True


def repair_named_subject(token: Token) -> bool:
    """"The West African bloc ECOWAS imposed a trade embargo", "the militant group Hamas
    fired": a name the parser makes a second subject right after a common noun subject of
    the same verb names that noun."""
    if token.dep_ != "nsubj" or token.pos_ != "PROPN" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.dep_ != "nsubj" or before.head.i != token.head.i or before.pos_ != "NOUN":
        return False
    reattach(token, before, "appos")
    return True


def _noun_phrase_head(noun: Token) -> Token:
    """The head of the noun phrase a word opens ("opposition politician Ilya Yashin")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def repair_past_verb_as_adjective(token: Token) -> bool:
    """"Turkish aircraft strafed positions", "A Moscow court jailed opposition politician
    Ilya Yashin", "Azerbaijan concentrated forces near the frontier": a past verb the parser
    hangs as an adjective of the noun after it is the clause's verb, that noun its object and
    the noun before it its subject (a participle only right after a name)."""
    if token.tag_ not in PAST_TAGS or token.dep_ != "amod" or token.head.i <= token.i:
        return False
    doers = [c for c in token.children if c.i < token.i and c.dep_ in STRANDED_DOER_DEPS
             and c.pos_ in NOMINAL_POS]
    if token.tag_ == "VBN" and not (doers and doers[-1].i == token.i - 1
                                    and doers[-1].pos_ == "PROPN"):
        return False  # "Iran-backed militias", "detained journalists": a real participle
    if not doers:  # the head comes after the verb, in its sentence: no bounds to check
        return False
    done_to = _noun_phrase_head(token.head)
    if done_to.pos_ not in NOMINAL_POS:
        return False
    governor = done_to.head
    if governor.i == done_to.i:
        reattach(token, token, "ROOT")
    else:
        reattach(token, governor, "ccomp" if done_to.dep_ in SUBJECT_DEPS
                  and governor.lemma_.lower() in SPEECH_VERBS else done_to.dep_)
    reattach(done_to, token, "dobj")
    reattach(doers[-1], token, "nsubj")
    token.pos_ = "VERB"
    return True


def repair_particle_as_quantity(token: Token) -> bool:
    """"Russia and Ukraine each handed over 150 prisoners", "Ankara handed over 14 suspects": a
    particle right after its verb that the parser reads as "more than" of the number after it
    is the verb's particle."""
    if token.dep_ != "quantmod" or token.lower_ not in QUANTITY_PARTICLES or token.i == 0:
        return False
    verb = token.doc[token.i - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in QUANTITY_PARTICLES[token.lower_]:
        return False
    reattach(token, verb, "prt")
    token.pos_, token.tag_ = "ADP", "RP"
    return True


def repair_sentence(sent: Span) -> None:
    repair_opening_participle(sent)  # "Mediated by Qatar, Israel and Hamas agreed"
    for token in sent:
        if not (repair_acronym_subject(token) or repair_named_subject(token)
                or repair_charge_subject(token)  # "..., a charge Ukraine denies"
                or repair_asset_freezes(token)  # "imposed asset freezes on"
                or repair_past_verb_as_adjective(token) or repair_particle_as_quantity(token)
                or repair_unwelcome_phrase(token) or repair_joined_names(token)
                or repair_stranded_side(token) or repair_cut_partner(token)):
            repair_place_object(token)


@Language.component("newsevents_parse_repairs")
def repair_parse(doc: Doc) -> Doc:
    """Pipeline component: the repairs above, sentence by sentence."""
    if not doc.has_annotation("DEP"):
        return doc
    for sent in doc.sents:
        repair_sentence(sent)
    return doc
