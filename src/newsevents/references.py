"""Who a pronoun, a possessive or a reference back stands for: "it" and "its" in a reported
clause mean the one who reports ("Azerbaijan's ministry denied that its troops fired"), a
possessive means the subject of its clause ("Pakistan closed the crossing after its troops ...
exchanged fire"), "the two ministers", "both sides" and "the ministry" mean actors named before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.context import PERSON_PRONOUNS, ArticleContext
from newsevents.governing_doers import RELATIVE_PRONOUNS, relative_antecedent
from newsevents.leading_persons import previous_person
from newsevents.plural_references import body_named_by_noun
from newsevents.quotes import SPEECH_VERBS
from newsevents.recent_pairs import PAIR_SIZE, PAIR_WORDS, PAIRED_STATE_NOUNS, recent_pair
from newsevents.records import Actor
from newsevents.relative_doers import relative_clause_doer
from newsevents.syntax import SUBJECT_DEPS, first_conjunct, prep_objects

if TYPE_CHECKING:
    from newsevents.mention_index import DocMentions

# Nouns that refer back to an international body named before ("the bloc", "the alliance",
# "the forum's demands", "the global lender", "the nuclear watchdog").
ORGANISATION_ANAPHORS = {"bloc", "alliance", "union", "organisation", "organization", "body",
                         "grouping", "commission", "agency", "mission", "forum", "fund",
                         "lender", "watchdog", "league", "council", "committee", "assembly",
                         "community", "tribunal"}
PRONOUN_TAGS = {"PRP"}
# Nouns that refer back to an armed group named before ("Kataib Hezbollah ... the group fired
# rockets", "the Houthis ... the movement warned", "the militia said").
ARMED_GROUP_ANAPHORS = {"group", "movement", "militia", "faction", "outfit"}
# Words beside them that keep the reference an armed one ("the Islamist group", "the rebel
# movement"); any other ("the rights group", "the monitoring group") names someone else.
ARMED_GROUP_MODIFIERS = {"the", "armed", "militant", "rebel", "insurgent", "islamist",
                         "jihadist", "extremist", "separatist", "guerrilla", "guerilla",
                         "terrorist", "paramilitary", "shiite", "shi'ite", "sunni",
                         "backed", "aligned", "hardline", "radical"}  # "the Iran-backed group"
# The sectors of such groups.
ARMED_SECTORS = {"REB"}
# Craft that "the vessel" later names again ("a UAE-flagged tanker ... the vessel").
VESSEL_NOUNS = {"vessel", "tanker", "ship", "boat", "freighter", "trawler", "ferry", "warship",
                "frigate", "destroyer", "submarine"}
# Nouns of a crew that "the men" or "the fishermen" later names again ("120 Indian fishermen
# ... The men were arrested"), as lemmas and as the words of the earlier phrase.
CREW_NOUNS = {"fisherman", "sailor", "crew", "crewman", "seafarer"}
CREW_WORDS = CREW_NOUNS | {"fishermen", "crewmen"}  # regular plurals: ArticleContext.last_called
# Words on such a noun that may name a side of its own: only "the" may stand there.
CREW_MODIFIER_DEPS = {"det", "amod", "compound", "nummod", "poss"}
# Acts of holding whose patient "the men" is taken back to a crew: "The men ... were arrested by
# the Pakistan Maritime Security Agency", "said the fishermen had been arrested".
DETAINING_VERBS = {"arrest", "detain", "seize", "capture", "apprehend", "intercept", "jail"}
CREW_HELD_DEPS = {"nsubjpass", "dobj"}
# "the men" names a crew again only when one was told.
CREW_REFERENCE_NOUNS = CREW_NOUNS | {"man"}
# Words that make "the ship" another one than the one told before.
ANOTHER_CRAFT_WORDS = {"other", "another", "second", "third", "new"}
# Pronouns and possessives that stand for a person named before them.
PERSON_WORDS = PERSON_PRONOUNS | {"his"}

# Other words for a title, as "the premier" may follow "Prime Minister Li Qiang".
TITLE_SYNONYMS = {"premier": {"premier", "prime minister"}, "monarch": {"king", "queen", "monarch"}}
# Words beside a bare title that keep it a reference back ("the president", "the king").
BARE_TITLE_WORDS = {"the"}

# Dependencies of the phrase of a name another party holds in a sentence ("called on Kinshasa",
# "accused Rwanda", "follow Washington's policy"); a place "in Kinshasa" is not one.
ADDRESSED_DEPS = {"dobj", "pobj", "dative", "iobj"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
# Common nouns that stand for a state named before when owned by "the" ("the country's
# interior ministry", "the kingdom's foreign minister")
STATE_NOUNS = {"country", "nation", "kingdom", "republic", "emirate", "island", "state"}
PLACE_PREPS = {"in", "at", "from", "inside", "within", "near", "across", "outside"}

# Sectors of a state's own dissenters: the government they address is their own.
NON_STATE_SECTORS = {"OPP", "REB", "CVL", "PTY", "EDU", "LAB"}
# How many of the latest actors to look back over for them.
DISSENT_LOOKBACK = 4

# How a reported clause holds a part that may be the reporter's ("its troops fired").
REPORTED_PART_DEPS = {"nsubj", "nsubjpass", "dobj"}
# Object pronouns that may mean whoever the act they hang on addresses, with the subject
# pronoun they agree as; the clauses that hang so ("asking it to", "and urged them to").
ADDRESSED_PRONOUNS = {"it": "it", "them": "they"}
ADDRESSING_CLAUSE_DEPS = {"advcl", "conj"}
# Prepositions of what an act is aimed at ("fired on its posts", "pushed into its territory"),
# not of where one's own goes ("moved troops to their border": the movers' own).
AIMED_PREPS = {"on", "at", "against", "into", "upon"}

# Verbs whose reported clause speaks of the subject's own side ("denied that its troops fired").
OWN_SIDE_VERBS = SPEECH_VERBS | {"deny", "admit", "acknowledge", "vow", "pledge", "promise",
                                  "assert", "maintain", "argue", "reiterate", "repeat"}


def first_person_pronoun(sent: Span) -> int:
    """Where the sentence's first "he", "she", "his" or "her" stands (its end if none): a
    person named after it is not the one it means ("Chavez said ... He accused the government
    of President Alvaro Uribe": he is Chavez)."""
    return next((t.i for t in sent if t.lower_ in PERSON_WORDS and t.tag_ in ("PRP", "PRP$")),
                sent.end)


def reporter_of(clause_part: Token) -> Token | None:
    """The named subject of the reporting verb whose reported clause holds this subject or
    object; None when there is none or it is itself a pronoun."""
    verb = _clause_verb(clause_part)
    if verb is None:
        return None
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in OWN_SIDE_VERBS:
        return None
    speech = verb.head
    subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subject is None and speech.dep_ == "conj":
        # "Sudan accused Ethiopian forces of ..., and said it had reinforced its troops": the
        # subject the reporting verb shares with the verb it is joined to
        subject = next((c for c in first_conjunct(speech).children if c.dep_ == "nsubj"),
                       None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        # "Somalia's government, which said it had not been consulted": the government
        subject = relative_antecedent(speech, subject)
        if subject is not None and subject.pos_ not in ("NOUN", "PROPN"):
            subject = None
    if subject is None or subject.tag_ in PRONOUN_TAGS:
        return None
    return subject


def _clause_verb(clause_part: Token) -> Token | None:
    """The verb whose subject or object this is, also through a preposition ("had opened fire
    on its posts": "opened")."""
    if clause_part.dep_ in REPORTED_PART_DEPS:
        return first_conjunct(clause_part.head)
    if clause_part.dep_ == "pobj" and clause_part.head.lower_ in AIMED_PREPS \
            and clause_part.head.head.pos_ in ("VERB", "AUX"):
        return first_conjunct(clause_part.head.head)
    return None


def agrees(pronoun: str, subject: Token) -> bool:
    person = any(t.ent_type_ == "PERSON" for t in subject.subtree)
    wanted = {"it": not person, "its": not person, "he": person, "his": person,
              "she": person, "her": person, "their": not person, "we": True,
              "they": subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)
              or _named_people(subject)}
    return wanted.get(pronoun, False)


def _named_people(subject: Token) -> bool:
    """"The Houthis said they had attacked a ship", "the Taliban said they": a group named
    by a proper noun with "the", which the tagger leaves singular (and may call a person,
    though no one's name takes "the")."""
    return subject.tag_ == "NNP" and any(child.lower_ == "the" for child in subject.children)


def addressee_meant(pronoun: Token) -> Token | None:
    """The object pronoun of a clause that hangs, with no subject of its own, on an act
    addressing someone means that someone: "wrote to the Security Council on Sunday asking it
    to send peacekeepers", "met the rebels and urged them to disarm" (not the latest actor of
    the story)."""
    agreeing = ADDRESSED_PRONOUNS.get(pronoun.lower_)
    clause = pronoun.head
    if (agreeing is None or pronoun.tag_ not in PRONOUN_TAGS or pronoun.dep_ != "dobj"
            or clause.dep_ not in ADDRESSING_CLAUSE_DEPS
            or any(c.dep_ in SUBJECT_DEPS for c in clause.children)):
        return None
    for child in clause.head.children:
        addressee = child if child.dep_ == "dobj" else (
            next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ == "to" else None)
        if (addressee is not None and addressee.i < pronoun.i
                and addressee.tag_ not in PRONOUN_TAGS and agrees(agreeing, addressee)):
            return addressee
    return None


def speaker_meant(pronoun: Token) -> Token | None:
    """"The African Union said it would send a team": the subject of a reported clause that is
    a pronoun means the one who speaks; an object pronoun may mean the one addressed
    (``addressee_meant``)."""
    addressee = addressee_meant(pronoun)
    if addressee is not None:
        return addressee
    if pronoun.tag_ not in PRONOUN_TAGS or pronoun.lower_ not in ("it", "he", "she", "they", "we") \
            or pronoun.dep_ not in REPORTED_PART_DEPS:
        return None
    subject = reporter_of(pronoun)
    return subject if subject is not None and agrees(pronoun.lower_, subject) else None


def possessor_meant(head: Token) -> Token | None:
    """"Azerbaijan's Defence Ministry denied that its troops had fired": a possessive in the
    reported clause means the one who reports."""
    owner = next((c for c in head.children if c.tag_ == "PRP$"), None)
    if owner is None or owner.lower_ not in POSSESSIVE_PRONOUNS:
        return None
    subject = reporter_of(head)
    return subject if subject is not None and agrees(owner.lower_, subject) else None


def subject_owner(head: Token) -> Token | None:
    """"Pakistan closed the crossing with Afghanistan after its troops and Afghan forces
    exchanged fire": a possessive stands for the subject of a clause it sits in, not for the
    last name before it. In "moved troops to its border with Guyana" the phrase names the
    partner."""
    owner = next((c for c in head.children if c.tag_ == "PRP$"), None)
    if owner is None or owner.lower_ not in ("its", "their"):
        return None
    partner = next(iter(prep_objects(head, {"with"})), None)
    if partner is not None:
        return partner
    for verb in head.ancestors:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in PRONOUN_TAGS or head in subject.subtree:
            continue
        if subject.i < owner.i and agrees(owner.lower_, subject):
            return subject
        return None
    return None


def referred_to(head: Token, text: str, found: DocMentions, context: ArticleContext
                 ) -> list[Actor] | None:
    """Actors a pronoun, a group ("the two ministers") or "the ministry" refers back to."""
    if head.tag_ in PRONOUN_TAGS:
        return (_previous_subject(head, context) or _relative_clause_doer(head, context)
                or previous_person(head, context)
                or context.pronoun(head.lower_, acted_on=head.dep_ == "nsubjpass"))
    group = context.group_reference(text)
    if group:
        return recent_pair(head, text, group, context)
    if group is not None:  # a group reference with no group told: "the two rivals"
        paired = head.lemma_.lower() in PAIRED_STATE_NOUNS and PAIR_WORDS & {
            t.lower_ for t in head.subtree}
        return named_pair(head, context) if paired else []
    if head.lemma_.lower() in VESSEL_NOUNS and _craft_named_again(head, found):
        vessel = (context.last_called({head.lemma_.lower()})
                  or context.last_called(VESSEL_NOUNS))
        if vessel:
            return [vessel]  # "a UAE-flagged tanker ... intercepted the vessel"
    if head.lemma_.lower() in CREW_REFERENCE_NOUNS and _crew_named_again(head, found):
        crew = context.last_called(CREW_WORDS)
        if crew:
            return [crew]  # "120 Indian fishermen ... The men were arrested"
    named_body = body_named_by_noun(head, found, context)  # "the leaders": West African ones
    if named_body:
        return named_body
    if _armed_group_meant(head, found):
        return context.last_armed_group(ARMED_SECTORS)  # "the group fired rockets"
    body = _organisation_meant(head, found)
    if body is not None:
        previous = context.last_organisation()
        if previous:
            return [previous]
    return None


def named_pair(head: Token, context: ArticleContext) -> list[Actor]:
    """The two states a group reference means when the story has told no group acting: the
    last two named before it in its sentence or the one before ("Tensions between China and
    Taiwan rose. The two rivals accused each other"), else the first two named after it in
    its sentence or the next ("Both sides accused each other ... The clashes between Kyrgyz
    and Tajik border guards")."""
    sent, doc = head.sent, head.doc
    before = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    after = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    earlier = [country for _, country, _ in reversed(context.countries_named_in(before, head.i))]
    later = [country for _, country, _ in context.countries_named_in(head.i + 1, after)]
    for named, backwards in ((earlier, True), (later, False)):
        pair = list(dict.fromkeys(named))[:PAIR_SIZE]
        if len(pair) == PAIR_SIZE:
            pair = pair[::-1] if backwards else pair  # in the order the text names them
            return [Actor(text=head.text, code=country, country=country) for country in pair]
    return []


def _previous_subject(pronoun: Token, context: ArticleContext) -> list[Actor] | None:
    """A sentence-opening "It" is the subject of the sentence before, not its latest name:
    "The Philippine coast guard said a Chinese ship had blocked its boat. It accused China
    of dangerous manoeuvres": the coast guard."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent
    if pronoun.i != sent.start or sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in PRONOUN_TAGS:
        return None
    return actor_named_by(subject, context)


def _relative_clause_doer(pronoun: Token, context: ArticleContext) -> list[Actor] | None:
    """"sanctioned three companies it accused of ...": the main clause's doer, not the
    companies (relative_doers.py)."""
    subject = relative_clause_doer(pronoun)
    return actor_named_by(subject, context) if subject is not None else None


def actor_named_by(subject: Token, context: ArticleContext) -> list[Actor] | None:
    """The latest state or body the story coded whose name is in a subject's own noun phrase
    (not a relative clause or prepositional phrase after it)."""
    phrase = subject.doc[subject.left_edge.i: subject.i + 1].text
    for actor in reversed(context.history):
        if actor.kind in ("state", "organisation") and actor.text and re.search(
                rf"\b{re.escape(actor.text)}\b", phrase):  # not "Niger" in "Nigeria's army"
            return [actor]
    return None


def _organisation_meant(head: Token, found: DocMentions) -> Token | None:
    """"the bloc", "the forum's demands", "the lender's decision": the word that refers back
    to an international body, as the phrase's head or as its owner."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    for word in (head, owner):
        if (word is not None and word.lemma_.lower() in ORGANISATION_ANAPHORS
                and any(c.lower_ == "the" for c in word.children)
                and word.i not in found.name_at):
            return word
    return None


def _armed_group_meant(head: Token, found: DocMentions) -> bool:
    """"the group", "the Islamist group", "the rebel movement", "the militia": a singular
    reference back with "the" and nothing else than armed words before it; not "a group",
    "the rights group", "a second group of prisoners" or "the Wagner group"."""
    children = list(head.children)
    return (head.lemma_.lower() in ARMED_GROUP_ANAPHORS and head.tag_ == "NN"
            and head.i not in found.name_at
            and any(c.lower_ == "the" for c in children)
            and all(c.i > head.i or c.lower_ in ARMED_GROUP_MODIFIERS for c in children)
            and not any(c.dep_ == "prep" for c in children))


def _craft_named_again(head: Token, found: DocMentions) -> bool:
    """"the vessel", "the surveillance ships": a craft told before; not "the second ship",
    "the anti-submarine ship Severomorsk" or "the Iranian vessel"."""
    children = list(head.children)
    named = head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN"
    return (not named and any(c.lower_ == "the" for c in children)
            and all(c.dep_ in ("det", "amod", "compound") for c in children)
            and not any(t.pos_ == "PROPN" or t.i in found.name_at or t.lower_ in ANOTHER_CRAFT_WORDS
                        for t in head.subtree))


def _crew_named_again(head: Token, found: DocMentions) -> bool:
    """"the fishermen had been arrested", "the men were seized": a crew told before; not "the
    Vietnamese fishermen" or "the fishermen, all from Rameswaram in Tamil Nadu" (their own
    words tell whose they are), nor "the men were handed over" (a release retold)."""
    modifiers = [c for c in head.children if c.dep_ in CREW_MODIFIER_DEPS]
    held = head.dep_ in CREW_HELD_DEPS and head.head.lemma_.lower() in DETAINING_VERBS
    origin_told = any(t.lower_ == "from" for t in head.subtree)  # "all from Rameswaram"
    return (held and not origin_told and any(c.lower_ == "the" for c in modifiers)
            and all(c.dep_ == "det" for c in modifiers)
            and not any(t.i in found.name_at for t in head.subtree))


# "its partners", "their neighbours" name others, not the owner.
RELATIONAL_NOUNS = {"partner", "ally", "neighbour", "neighbor", "friend", "rival", "enemy",
                    "adversary", "counterpart", "foe", "opponent"}
# Relations that name the side an act was aimed at ("stood with its ally") ...
FRIENDLY_RELATIONS = {"ally", "partner", "friend"}
# ... and those that name the side that aimed it ("its rival", "their enemy").
HOSTILE_RELATIONS = {"rival", "enemy", "adversary", "foe", "opponent"}
PARTY_RELATIONS = FRIENDLY_RELATIONS | HOSTILE_RELATIONS
# Nouns for a ruling power that a capital after "in" names: "the government in Khartoum",
# "military governments in Mali" (marked_actors.py).
RULING_NOUNS = {"government", "regime", "authority", "administration", "junta", "leadership",
                "ruler", "leader", "cabinet"}
# Members of a legislature, who sit in their state's capital: "Republican lawmakers in
# Washington" are American wherever the story is.
LEGISLATOR_NOUNS = {"lawmaker", "legislator", "senator", "congressman", "congresswoman",
                    "parliamentarian", "mp"}


def seated_state(head: Token, found: DocMentions) -> str | None:
    """The state whose capital follows a ruling noun or a legislator's: "the government in
    Khartoum", "the regime in Damascus", "the authorities in Kabul", "Republican lawmakers in
    Washington": Sudan, Syria, Afghanistan, the United States (not where the story is)."""
    if head.lemma_.lower() not in RULING_NOUNS | LEGISLATOR_NOUNS:
        return None
    for places in objects_of_in(head):
        for place in places:
            mention = found.name_at.get(place.i)
            capitals = {e.country for e in mention.entries if e.kind == "capital"} \
                if mention else set()
            if len(capitals) == 1:
                return capitals.pop()
    return None


def objects_of_in(head: Token) -> Iterator[list[Token]]:
    """The objects of each "in" phrase of a noun, one list a phrase ("the government in
    Khartoum": [Khartoum]; "the electoral commission in Kenya": [Kenya])."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            yield [place for place in prep.children if place.dep_ == "pobj"]


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}


def related_party(relation: str, owners: set[str], context: ArticleContext) -> list[Actor]:
    """"The United States said it stood with its ally" after "a Chinese ship fired on a
    Philippine boat": an owner's unnamed ally or partner is the one the latest act between
    two other countries was aimed at; its enemy or rival the one who aimed it."""
    if not owners:
        return []
    for source, target in reversed(context.event_pairs):
        if target is not None and source.country and target.country \
                and not {source.country, target.country} & owners \
                and source.country != target.country:
            return [source if relation in HOSTILE_RELATIONS else target]
    return []


def possessive_owner(tokens: list[Token], context: ArticleContext) -> Actor | None:
    for token in tokens:
        if token.tag_ == "PRP$" and token.lower_ in POSSESSIVE_PRONOUNS:
            owners = context.pronoun(POSSESSIVE_PRONOUNS[token.lower_], owning=True)
            return owners[0] if owners else None
        if token.dep_ == "poss" and token.lower_ in STATE_NOUNS and _definite(token):
            return _state_named_before(token, context)
    return None


def _definite(noun: Token) -> bool:
    """"the country's", not "a country's" nor "each country's"."""
    return any(child.lower_ == "the" for child in noun.children)


def _state_named_before(noun: Token, context: ArticleContext) -> Actor | None:
    """"Moldova's prime minister said that the country's security service had expelled a
    Russian diplomat": the state a "the country's" stands for is the latest named before it
    that the rest of its sentence does not name ("... ties with France. The country's new
    leaders ordered French troops to leave": Niger, named before France)."""
    later = {c for _, c, _ in context.countries_named_in(noun.i, noun.sent.end)}
    named = [c for _, c, _ in context.countries_named_in(0, noun.i) if c not in later]
    if not named:
        return None
    return Actor(text=noun.text, code=named[-1], country=named[-1], kind="state")


# Nouns that point back to an act told before without naming its kind ("welcomed the
# decision", "condemned the move", "denounced the test-firing"), with the kinds of act each
# can mean: its target is the author of the latest such act of another side.
POLICY_ACTS = ("SANCTION", "COERCE", "CONCEDE", "RETREAT", "AGREE", "MOBILIZE", "AID")
SHOW_OF_FORCE_ACTS = ("MOBILIZE", "THREATEN")
FORCE_ACTS = ("ASSAULT",)
REFERRED_ACTS = {
    **dict.fromkeys(("decision", "move", "step", "measure", "action", "announcement",
                     "proclamation", "decree", "order", "ruling", "gesture", "initiative",
                     "policy", "steps", "measures", "actions"), POLICY_ACTS),
    **dict.fromkeys(("launch", "test", "firing", "test-firing", "drill", "exercise",
                     "manoeuvre", "maneuver", "manoeuvres", "maneuvers", "deployment",
                     "build-up", "buildup", "show"), SHOW_OF_FORCE_ACTS),
    **dict.fromkeys(("attack", "strike", "airstrike", "raid", "bombing", "shelling",
                     "assault", "incursion", "offensive", "bombardment", "killing"),
                    FORCE_ACTS),
}


def referred_act_author(noun: Token, other_than: set[str], context: ArticleContext
                        ) -> Actor | None:
    """"China halted imports of Australian beef. Canberra criticised the decision": a noun
    that points back to an act of a fitting kind (a decision or move to a policy act, a launch
    or drills to a show of force, an attack to an assault) targets the author of the latest
    such act of another side; None when no act told before fits."""
    kinds = REFERRED_ACTS.get(noun.lemma_.lower()) or REFERRED_ACTS.get(noun.lower_)
    return context.latest_author(set(kinds), other_than) if kinds else None


def dissenters_state(tokens: list[Token], context: ArticleContext) -> str | None:
    """"Opposition leader Aung San Suu Kyi welcomed the amnesty but urged the government to
    free ...": the government an opposition, rebels or citizens named before it in its
    sentence address is their own state's."""
    sent = tokens[0].sent
    before = sent.doc[sent.start:tokens[0].i].text
    for actor in reversed(context.history[-DISSENT_LOOKBACK:]):
        if actor.country and set(actor.sector) & NON_STATE_SECTORS and actor.text in before:
            return actor.country
    return None


def titled_person(tokens: list[Token], title_text: str | None, context: ArticleContext
                  ) -> Actor | None:
    """"The European Union urged the president to free him": a bare title with no name or
    country is the person named before with that title; of several ("Ugandan President
    Museveni", then "Kenyan President Ruto"), the one of the story's main country."""
    if not title_text or any(t.lower_ not in BARE_TITLE_WORDS and t.lower_ not in
                             title_text.lower().split() for t in tokens):
        return None
    if tokens[0].lower_ != "the" or tokens[-1].tag_ != "NN":
        return None
    words = TITLE_SYNONYMS.get(title_text.lower(), {title_text.lower()})
    titled = [a for a in context.history if a.kind == "person" and a.country
              and (a.title or "").lower().endswith(tuple(words))]
    if not titled:
        return None
    main = context.main_country()
    return next((a for a in reversed(titled) if a.country == main), titled[-1])


def not_addressed(tokens: list[Token], country: str | None, found: DocMentions,
                  context: ArticleContext) -> str | None:
    """"Foreign ministry spokesman Ramin Mehmanparast ... called on European countries not to
    follow Washington's hostile policy": a newly named official is not of a country his own
    sentence addresses or names as another party (when it is the only one it names so); he
    serves the story's main country, or the latest one named before that his sentence leaves
    alone."""
    speaker = max(tokens, key=lambda t: t.i)
    while speaker.dep_ in ("compound", "appos") and speaker.head in tokens:
        speaker = speaker.head
    if speaker.dep_ not in SUBJECT_DEPS or country is None:
        return country  # only the sentence's acting official
    addressed = _addressed_countries(tokens, found)
    if addressed != {country}:
        return country  # "accused Mexico of interfering in Peru's affairs": his own is named
    main = context.main_country()
    if main and main not in addressed:
        return main
    return next((a.country for a in reversed(context.history)
                 if a.country and a.country not in addressed), country)


def home_not_addressed(tokens: list[Token], country: str | None, sectors: tuple[str, ...],
                       found: DocMentions, context: ArticleContext) -> str | None:
    """"ISLAMABAD - Officials on Thursday accused India of violating the ceasefire": an
    unnamed official or state body whose country the story never gives is not of the only
    country its own sentence addresses (the story's main country only because it is the
    one named); it serves the country of the dateline when that is another. Opposition,
    rebels and citizens address their own state ("the opposition urged Colombians")."""
    home = context.home_country
    if country is None or home is None or home == country or context.venue_host \
            or set(sectors) & NON_STATE_SECTORS:
        return country
    if not _acting_subject(tokens) or _addressed_countries(tokens, found) != {country}:
        return country
    return home


def _acting_subject(tokens: list[Token]) -> bool:
    """Whether the phrase is its clause's subject ("Officials accused India")."""
    speaker = max(tokens, key=lambda t: t.i)
    while speaker.dep_ in ("compound", "appos") and speaker.head in tokens:
        speaker = speaker.head
    return speaker.dep_ in SUBJECT_DEPS


def _addressed_countries(tokens: list[Token], found: DocMentions) -> set[str]:
    """Countries the sentence names, outside this phrase, as objects or their owners."""
    inside = {t.i for t in tokens}
    addressed = set()
    for token in tokens[0].sent:
        mention = found.name_at.get(token.i)
        if mention is None or token.i in inside or token.i != mention.span.root.i:
            continue
        phrase = token  # "Mexican President Lopez Obrador", "Washington's hostile policy"
        while phrase.dep_ in MODIFIER_DEPS and phrase.head is not phrase:
            phrase = phrase.head
        if phrase.dep_ not in ADDRESSED_DEPS or (
                phrase.dep_ == "pobj" and phrase.head.lower_ in PLACE_PREPS):
            continue  # "in Kinshasa", "interfering in Peru's affairs"
        addressed.update(e.country for e in mention.entries
                         if e.kind in ("country", "capital", "adjective") and e.country)
    return addressed
