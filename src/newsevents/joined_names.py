"""A parse repair for two titled names joined by "and": the small parser may read the first
name and the second one's country or title as one modifier of the second name ("[Vucic and
Kosovo] Prime Minister Albin Kurti", "[Kim and US President] Donald Trump", "[Egypt's Sameh
Shoukry and Iraq's] Ibrahim al-Jaafari"), which hides the first person as a side of the act.
The first name takes the phrase's place in the clause and the second name becomes its
conjunct, with its country or title as its own modifier. The second side of "talks between A
and B" cut off as a second subject of the clause's verb ("Talks in Nairobi between Tshisekedi
and Kenyan President Uhuru Kenyatta focused on ...") becomes the first side's conjunct too."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.syntax import SUBJECT_DEPS, reattach

# How the parser hangs the first name on the second ("Vucic ... Kurti": nmod).
FIRST_NAME_DEPS = {"nmod"}
# How the parser hangs the first of two joined sides on the second when its "and" joins
# nothing ("[the government and] rebels"): nmod.
STRANDED_SIDE_DEPS = {"nmod"}
# Possessive marks that make the second name's country its possessor ("Iraq's Ibrahim").
POSSESSIVE_MARKS = {"'s", "'"}
# The preposition that names the two sides of a meeting noun ("talks between A and B").
SIDES_PREP = "between"


def repair_joined_names(name: Token) -> bool:
    """"Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti will meet":
    Vucic is the subject, Kurti his conjunct and Kosovo a modifier of Kurti."""
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return False
    first = next((c for c in name.children if c.dep_ in FIRST_NAME_DEPS and c.i < name.i
                  and c.pos_ == "PROPN"), None)
    if first is None or not any(c.dep_ == "cc" for c in first.children):
        return False
    joined = next((c for c in first.children if c.dep_ == "conj" and c.i < name.i), None)
    if joined is None or not _within_phrase(joined, name):
        return False
    reattach(first, name.head if name.head.i != name.i else first, name.dep_)
    reattach(name, first, "conj")
    possessive = any(c.lower_ in POSSESSIVE_MARKS for c in joined.children)
    reattach(joined, name, "poss" if possessive else "compound")
    return True


def repair_stranded_side(head: Token) -> bool:
    """"Sudan's government and southern rebels agreed", "the Philippine government and
    communist-led rebels agreed": the parser hangs the first side on the second as a modifier
    whose "and" joins nothing, which hides the first side; it takes the phrase's place, with
    the words before it, and the second side becomes its conjunct."""
    if head.pos_ != "NOUN":
        return False
    first = next((c for c in head.children if c.dep_ in STRANDED_SIDE_DEPS and c.i < head.i
                  and c.pos_ == "NOUN"), None)
    if first is None or any(c.dep_ == "conj" for c in first.children) \
            or not any(c.dep_ == "cc" and c.i > first.i for c in first.children):
        return False
    for before in [c for c in head.children if c.i < first.i]:
        reattach(before, first, before.dep_)  # "Sudan's", "The Philippine"
    reattach(first, head.head if head.head.i != head.i else first, head.dep_)
    reattach(head, first, "conj")
    return True


def repair_cut_partner(second: Token) -> bool:
    """"Talks in Nairobi on Thursday between Tshisekedi and Kenyan President Uhuru Kenyatta
    focused on ...", "A meeting between Pakistan's Foreign Minister and acting Afghan Foreign
    Minister Amir Khan Muttaqi is planned": the parser makes the second side a second subject
    of the clause's verb and leaves the first side's "and" joining nothing, which hides the
    second side of the meeting; it becomes the first side's conjunct."""
    if second.dep_ not in SUBJECT_DEPS or second.pos_ not in ("PROPN", "NOUN"):
        return False  # the cut-off side hangs on the verb as a subject
    start = second.left_edge
    if start.i == second.sent.start:
        return False
    joining = second.doc[start.i - 1]
    first = joining.head
    if joining.dep_ != "cc" or joining.lower_ != "and" or first.dep_ != "pobj" \
            or first.head.lower_ != SIDES_PREP or any(c.dep_ == "conj" for c in first.children):
        return False
    verb = second.head
    if not any(c.dep_ in SUBJECT_DEPS and c.i < first.i and first in c.subtree
               for c in verb.children):
        return False  # the meeting noun that carries the "between" is the verb's subject
    reattach(second, first, "conj")
    return True


def _within_phrase(joined: Token, name: Token) -> bool:
    """The words from the joined word to the name hang inside that stretch: they are one
    name's title and forenames ("Kosovo Prime Minister Albin Kurti")."""
    doc = name.doc
    return all(joined.i <= doc[i].head.i <= name.i for i in range(joined.i + 1, name.i))
