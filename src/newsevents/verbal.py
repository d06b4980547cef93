"""Verbal acts whose type the words around a noun decide.

"Call" is a telephone call ("in a telephone call on Tuesday", "a call to the channel") unless
it asks for something: "renewed its call for Western tanks", "repeated his call on the
Security Council to act", "a French call to open negotiations" are appeals (REQUEST).
A meeting with a named partner that is the occasion of another act ("accused Moscow of
blackmail at a meeting with the Czech president") is a consultation of its own.
"""

from spacy.tokens import Token

from newsevents.syntax import OCCASION_SETTING_PREPS

# The prepositions of a consultation that is the occasion of another act.
OCCASION_IN_PREPS = OCCASION_SETTING_PREPS | {"in"}

# Nouns that are an appeal when they ask for something, else a consultation.
APPEAL_NOUNS = {"call"}
# Prepositions whose object is what or whom the appeal addresses ("call for", "call on").
APPEAL_PREPS = {"for", "on", "upon"}
# Where the recipient of such an appeal is found (nouns.tsv's target column).
APPEAL_TARGETS = ("on", "upon", "for", "to")
TIME_ENTITIES = {"DATE", "TIME"}


def asks_for_something(noun: Token) -> bool:
    """"its call for a ceasefire", "a call on Moscow to withdraw", "a call to open talks",
    "its call for France to send aid";
    not "a call on Tuesday" nor "a call to the channel"."""
    if noun.lemma_.lower() not in APPEAL_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in APPEAL_PREPS:
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if not objects or any(o.ent_type_ not in TIME_ENTITIES for o in objects):
                return True
        if child.dep_ in ("acl", "relcl", "advcl") and child.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True
    return False


# Prepositions that make a meeting the occasion of another act ("said at a meeting with").
# "after talks with" was tried too: one consultation found on the dev set, two false events.


def occasion_with_partner(noun: Token, plover: str) -> bool:
    """A consultation with a named partner that is the occasion of another act is an event of
    its own: "made the request at a meeting with European Commission officials", "raised the
    issue during talks with Blinken", "In a phone call with Abiy on Monday, Blinken called for
    ..." (eighteenth session: "in" sets the occasion as "at" and "during" do)."""
    return (plover == "CONSULT" and noun.dep_ == "pobj"
            and noun.head.lower_ in OCCASION_IN_PREPS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children))

