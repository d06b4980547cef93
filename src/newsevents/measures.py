"""Measures one state takes against another, told with words that also serve at home.

A ban on entry, a bar, a revoked visa (CAMEO 172, "impose administrative sanctions") is a
coercive act when a state does it to its own people ("banned opposition leaders from
travelling") and a sanction when its target is another state's people or government
("barred members of the junta from entering the country", "imposed a travel ban on
Belarusian officials"): CAMEO 163, as the gold guidelines' SANCTION row says.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.lexicon import Coding
from newsevents.records import IMPLIED_KIND, Event
from newsevents.sentences import doc_words

BAN_CAMEO = "172"  # the generic ban rows: "ban", "bar", "revoke a visa", the noun "ban"
EMBARGO_CAMEO = "163"  # CAMEO: impose embargo, boycott or sanctions
INTERNATIONAL_PREFIX = "IGO"  # codes of international bodies: foreign to every state
UNWELCOME_WORDS = {"grata"}  # "persona non grata"
# "barred all North Koreans in the country from leaving": an exit ban holds people where they
# are, a coercive act whoever they are (the gold codes it COERCE).
LEAVING_VERBS = {"leave", "exit", "depart"}


def foreign_ban_as_sanction(event: Event, trigger_verb: Token | None, sanction: Coding
                            ) -> Event:
    """"Australia barred members of the Fijian junta from entering the country": a ban on
    another state's people is a SANCTION; "banned opposition leaders from travelling" stays
    COERCE, and so does an exit ban ("barred foreigners from leaving")."""
    if (event.event_type != "COERCE" or event.cameo != BAN_CAMEO or event.target is None
            or event.target.kind == IMPLIED_KIND or _bars_leaving(trigger_verb)
            or not _foreign_to(event.source.country or event.source.code,
                               event.target.country or event.target.code)):
        return event
    return replace(event, event_type="SANCTION", mode="embargo", cameo=EMBARGO_CAMEO,
                   quad_class=sanction.quad, goldstein=sanction.goldstein)


def _foreign_to(source: str | None, target: str | None) -> bool:
    """Whether two sides belong to different states (an international body to none)."""
    if not source or not target:
        return False
    if target.startswith(INTERNATIONAL_PREFIX) or source.startswith(INTERNATIONAL_PREFIX):
        return True
    return source[:3] != target[:3]


def declared_unwelcome(verb: Token) -> bool:
    """"declared the ambassador persona non grata": an expulsion, not a naming (the verb's
    object and complement are read as a name given, "called the visit a routine part")."""
    if UNWELCOME_WORDS.isdisjoint(doc_words(verb.doc)):
        return False
    return any(word.lower_ in UNWELCOME_WORDS for word in verb.subtree if word.i != verb.i)


def _bars_leaving(verb: Token | None) -> bool:
    """"barred all North Koreans in the country from leaving"."""
    return verb is not None and any(
        word.lemma_.lower() in LEAVING_VERBS for child in verb.children if child.dep_ == "prep"
        for word in child.children)
