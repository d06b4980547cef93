"""Event status from the clause: occurred, planned, negated or hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.cancelled import is_called_off
from newsevents.expected_visits import due_in_place
from newsevents.habitual import told_as_standing
from newsevents.meetings import invited_to_gathering
from newsevents.negated_readings import negated_reading_no_event
from newsevents.refused_acts import gives_in, refused_outright, refuses_to_submit
from newsevents.syntax import PRESENT_TAGS, SUBJECT_DEPS, TIME_DEPS, marked_clause
from newsevents.threat_sayings import speech_over
from newsevents.told_aside import reporters_question
from newsevents.transfers import pledged_aid
from newsevents.triggers import INTENT_NOUNS, Trigger, is_to_infinitive

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "can", "must", "ought"}
# Modals of a guess about the past: "may have struck", "might have fired", "could have hit".
PAST_GUESS_AUX = {"may", "might", "could"}
CONDITION_MARKS = {"if", "unless", "whether"}
CONDITION_ONLY_MARKS = {"if", "unless"}
# "will not", "would not", "won't": with a cooperative act, a refusal.
REFUSING_AUX = {"will", "would", "wo"}
COOPERATIVE_QUADS = {1, 2}
# A verb whose complement is an intention or schedule: the complement is planned.
PLAN_VERBS = {"plan", "agree", "due", "schedule", "expect", "intend", "set", "prepare", "decide",
              "promise", "pledge", "vow", "aim", "arrange", "announce", "commit", "hope",
              "seek", "want", "wish", "look", "move", "try", "begin", "start", "resolve"}
# Verbs of beginning: "began releasing" happened when the beginning did.
ONSET_VERBS = {"begin", "start", "continue", "resume"}
# A verb whose complement is only demanded, threatened or proposed: hypothetical.
IRREALIS_VERBS = {"threaten", "warn", "demand", "urge", "call", "ask", "request", "press",
                  "push", "appeal", "propose", "suggest", "consider", "offer", "invite",
                  "encourage", "insist", "recommend", "need", "require", "weigh", "mull"}
NEGATING_VERBS = {"deny", "refuse", "fail", "decline", "reject", "rule", "cancel", "postpone",
                  "halt", "abandon", "avoid", "stop"}
REPORTING_VERBS = {"say", "tell", "announce", "state", "add", "confirm", "declare", "report",
                   "insist", "promise", "pledge", "vow"}
PLANNED_MODIFIERS = {"upcoming", "planned", "proposed", "next", "forthcoming", "scheduled",
                     "future", "possible", "potential", "expected", "prospective"}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl", "acl", "relcl", "conj"}
# Verbs whose negated or refused complement is a stance, not an act that failed to happen:
# "refused to hand him over", "agreed not to threaten each other".
STANCE_VERBS = {"refuse", "decline", "agree", "promise", "pledge", "vow", "commit", "allow",
                "permit", "authorise", "authorize"}
# "does not recognise": a standing stance; "denies arming the militia": a standing denial.
PRESENT_DO = {"does", "do"}
PERFECT_AUX = {"has", "have", "had", "'s", "'ve"}
PRESENT_BE = {"is", "are", "'s", "'re", "am"}
# Where a verb's own time hangs: "this week", "on Friday".
# Subjects that say nobody did the act: "none of the three attended", "no troops would be moved".
NOBODY_SUBJECTS = {"none", "neither", "nobody", "no-one"}
# Verbs of attempting: a past attempt is an act that happened ("tried to storm the office").
ATTEMPT_VERBS = {"try", "attempt"}
# Words of readiness: the act they are ready for is only offered ("was ready to host talks
# if both sides wished", "is willing to mediate").
READINESS_WORDS = {"ready", "willing", "prepared", "eager", "keen", "open"}
# Nouns of a charge: the verb that denies one denies it, not the clause before ("accused Rwanda
# of sending troops, an accusation Kigali denies").
CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim", "assertion", "suggestion"}
# Verbs of excluding: "have not ruled out a meeting" leaves it possible.
EXCLUDING_VERBS = {"rule", "exclude"}
# Verbs that announce: what they report in a past, perfect or progressive clause is done
# ("announced it had seized a tanker", "announced it was expelling two diplomats").
ANNOUNCING_VERBS = {"announce", "declare", "confirm"}
PROGRESSIVE_BE = {"is", "are", "was", "were", "'s", "'re"}
# Verbs that set an event up for a day: the day is the event's, which lies ahead ("called a
# strike for Monday", "invited Gbagbo to talks in Pretoria next week").
SCHEDULING_VERBS = {"call", "convene", "schedule", "set", "invite", "announce", "plan",
                    "arrange", "organise", "organize", "summon"}
# Prepositions that join a verb to the clause it governs ("agree on reopening", "warned against
# attacking", "refrained from firing"); not those of time ("after meeting", "before leaving").
COMPLEMENT_PREPS = {"on", "upon", "against", "about", "for", "from", "of", "to"}
# Words that open a free relative: "to stop what he called aggression" names a thing.
FREE_RELATIVE_WORDS = {"what", "whatever"}
# Verbs of weighing a measure: saying one weighs sanctions or force is the threat, made when
# said ("would consider further sanctions", "is weighing retaliation", "could mull tariffs").
# The one list of them, also used by threats.py and invented_acts.py.
WEIGHING_VERBS = {"consider", "weigh", "mull", "contemplate"}
# Concessions refused for the future are a stance, not a rejection of anyone's act, unless
# the act refused is giving in to whoever presses ("will not bow to pressure").
UNREFUSED_TYPES = {"CONCEDE"}


def _clause_status(verb: Token) -> str | None:
    """Status marked on one verb: negation, modals, conditions."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
        return "hypothetical"
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if _guessed_or_narrated_past(verb, auxes):
        return "occurred"
    if auxes & HYPOTHETICAL_AUX:
        return "hypothetical"
    if auxes & FUTURE_AUX or ("going" in auxes):
        return "planned"
    return None


def _guessed_or_narrated_past(verb: Token, auxes: set[str]) -> bool:
    """A past act told with a modal perfect ("might have fired on Indian posts", "may have
    struck an airbase") or a narrative "would later" ("jets would later bomb the positions"):
    it happened, as far as the text tells. Not under an inverted condition ("could have
    killed dozens had it detonated"), nor a "would later" a speech verb reports ("..., the
    ministry said")."""
    if auxes & PAST_GUESS_AUX and "have" in auxes and verb.tag_ == "VBN":
        return not _inverted_condition(verb)
    if "would" not in auxes or not any(
            c.dep_ == "advmod" and c.lower_ == "later" for c in verb.children):
        return False
    return speech_over(verb, trailing=True) is None and not (
        verb.dep_ == "ccomp" and verb.head.i < verb.i)  # "said it would later"


def _inverted_condition(verb: Token) -> bool:
    """"had it detonated", "were it not for": a condition told by an auxiliary before its
    subject, hung on the act."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "conj") or clause.i < verb.i:
            continue
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if auxes and subjects and auxes[0].lower_ in ("had", "were", "should") \
                and auxes[0].i < subjects[0].i:
            return True
    return False


def event_status(trigger: Trigger) -> str:
    verb = trigger.verb
    if trigger.nominal:
        if is_called_off(trigger.head):
            return "negated"
        for child in trigger.head.children:
            if child.lower_ == "no" and child.dep_ == "det":
                return "negated"
            if child.lower_ in PLANNED_MODIFIERS and child.dep_ in ("amod", "compound"):
                return "planned"
        if _purpose_of_a_due_trip(trigger.head):
            return "planned"
        if invited_to_gathering(trigger.head) is not None:
            return "planned"  # "has invited Tshisekedi and Kagame to a summit in Luanda"
    if verb is None:
        return "occurred"
    if due_in_place(verb):  # "Lavrov is due in Ankara on Sunday" (expected_visits.py)
        return _plan_status(verb.head)
    if refused_outright(trigger):
        return "negated"  # "would offer no compromise", as "would make no concessions"
    marked = _status_by_cue_words(trigger)
    if marked:
        return marked
    own = _clause_status(verb)
    if own in ("planned", "hypothetical") and _threat_by_weighing(trigger):
        return "occurred"
    if own == "hypothetical" and _reported_future(verb):
        return "planned"
    if own:
        return own
    if called_for_protest(trigger):
        return "planned"  # "the opposition called for nationwide demonstrations on July 7"
    inherited = _inherited_status(verb)
    if inherited in ("planned", "hypothetical") and _threat_by_weighing(trigger):
        return "occurred"
    return "planned" if inherited == "occurred" and pledged_aid(trigger) else inherited


def called_for_protest(trigger: Trigger) -> bool:
    """"Called for fresh demonstrations on Sunday": the protest called for is still to come
    (the verbs.tsv row "call for" + a protest noun); "called a strike" is not read here."""
    verb = trigger.verb
    return trigger.coding.plover == "PROTEST" and verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _threat_by_weighing(trigger: Trigger) -> bool:
    """"Washington would consider further sanctions", "Ankara will weigh retaliation", "is
    ready to consider an embargo": a threat made when said, whatever modal the weighing
    takes, unless a condition holds it back ("if talks fail, the EU could consider ...")."""
    verb = trigger.verb
    if trigger.coding.plover != "THREATEN" or verb.lemma_.lower() not in WEIGHING_VERBS:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children) \
        and not any(marked_clause(c, CONDITION_ONLY_MARKS) for c in verb.children)


def _purpose_of_a_due_trip(noun: Token) -> bool:
    """"Frazer is due in Nairobi on Friday for meetings with Kibaki": talks a trip that is due
    or expected is for."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    verb = noun.head.head
    return any(c.dep_ == "acomp" and c.lemma_.lower() in ("due", "expected")
               for c in verb.children)


def _reported_future(verb: Token) -> bool:
    """"Kaymakci said Turkey would set up a hotline": a backshifted "will" in reported speech,
    unless a condition ("if", "unless") makes it hypothetical."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes != {"would"} and auxes != {"would", "also"}:
        return False
    speech = _speech_over(verb)
    if speech is None or speech.lemma_.lower() not in REPORTING_VERBS or speech.tag_ != "VBD":
        return False
    return not any(c.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in c.children)
                   for c in verb.children)


def _speech_over(verb: Token) -> Token | None:
    """The verb of saying whose complement ``verb`` is: its head for a complement clause, and
    for a second complement joined on ("said the situation had returned to normal and that the
    police units would be withdrawn", even where the parser hangs it on a verb inside the first:
    "said it would allow ... to resume broadcasting, and that 200 demonstrators would be
    freed") the first saying verb above it."""
    if verb.dep_ == "ccomp":
        return verb.head
    if verb.dep_ != "conj":
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return next((a for a in verb.ancestors if a.lemma_.lower() in REPORTING_VERBS), None)
    first = verb.head
    while first.dep_ == "conj":
        first = first.head
    return first.head if first.dep_ == "ccomp" else None


def _intended_status(intent: Token) -> str:
    """The act an intent noun's infinitive names: planned, unless there is "no" such intent or
    its holder's clause is negated ("signed an agreement to give Bangladesh $20 million"; "had
    no plans to move")."""
    if any(c.lower_ == "no" for c in intent.children):
        return "negated"
    holder = intent.head
    held = _clause_status(holder) or (
        _inherited_status(holder) if holder.i != intent.i else None)
    return "negated" if held == "negated" else "planned"


def _inherited_status(verb: Token) -> str:
    """Status from the verbs that govern this clause ("agreed to meet", "threatened to")."""
    current = verb
    for _ in range(4):
        if current.dep_ not in COMPLEMENT_DEPS or current.head.i == current.i:
            return "occurred"
        dep, governor = current.dep_, current.head
        if _through_a_preposition(current):  # "failed to agree on reopening the crossing"
            dep, governor = "xcomp", governor.head
        lemma = governor.lemma_.lower()
        governed = _status_by_governor(current, governor)
        if governed:
            if governed == "attempted":
                current = governor
                continue
            return governed
        if dep == "conj":
            # "will meet and discuss" shares the modal; "would never accept ..., and called
            # on" has a verb of its own tense
            shares = (current.tag_ == "VB" or current.tag_ == governor.tag_) and not \
                _copula_beside_an_act(current, governor)
            return (_clause_status(governor) if shares else None) or "occurred"
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                  for c in current.children):
            return "hypothetical"
        if dep in ("xcomp", "ccomp", "pcomp") or governor.pos_ == "ADJ":
            if lemma in NEGATING_VERBS and not _denies_a_thing(governor) \
                    and not _denies_a_charge(governor):
                return "negated"
            if lemma in IRREALIS_VERBS:
                return "hypothetical"
            if lemma in ONSET_VERBS and governor.tag_ in ("VBD", "VBN"):
                current = governor  # "began releasing prisoners": as the beginning is
                continue
            if lemma in PLAN_VERBS or (governor.pos_ == "ADJ" and lemma == "due"):
                return _plan_status(governor)
            if dep == "xcomp" and lemma == "be":
                return "planned"
        if dep == "acl" and current.tag_ == "VB" and lemma in INTENT_NOUNS:
            return _intended_status(governor)
        if dep == "advcl" and is_to_infinitive(current):
            # "is due in Conakry to meet", "will fly to Kyiv to meet": the trip's time
            if lemma in ("due", "expected") or any(
                    c.lemma_.lower() in ("due", "expected") for c in governor.children):
                return "planned"
            current = governor
            marked = _clause_status(governor)
            if marked:
                return marked
            continue
        if dep in ("relcl", "acl", "advcl"):
            return "occurred"
        marked = _clause_status(governor)
        if marked == "negated" and dep == "ccomp":
            return "occurred"
        if marked:
            return marked
        current = governor
    return "occurred"


def _through_a_preposition(verb: Token) -> bool:
    """"Failed to agree on reopening the crossing", "insisted on holding talks", "warned
    against attacking": a clause told through a preposition of a verb takes that verb's
    status, as an infinitive would (not one told by a preposition of time: "announced the
    move after meeting for five hours")."""
    preposition = verb.head
    return verb.dep_ == "pcomp" and preposition.dep_ == "prep" and \
        preposition.lower_ in COMPLEMENT_PREPS and preposition.head.pos_ == "VERB"


def _plan_status(plan: Token) -> str:
    """What a verb of planning gives its act: planned ("agreed on reopening the crossing"),
    unless the plan itself failed or was refused ("failed to agree on reopening the
    crossing", "did not agree to release them"): negated."""
    if _clause_status(plan) == "negated":
        return "negated"
    refused = plan.dep_ == "xcomp" and plan.head.lemma_.lower() in NEGATING_VERBS
    return "negated" if refused else "planned"


def _denies_a_thing(verb: Token) -> bool:
    """"..., a charge Doha denies": the verb denies its own object, not the clause the parser
    hangs on it."""
    return any(c.dep_ == "dobj" for c in verb.children)


def is_refusal(trigger: Trigger, status: str) -> bool:
    """"Hungary would not contribute", "Japan will not provide any aid": a cooperative act
    refused for the future, which is itself a rejection that occurred; so is "said there would
    be no talks with Pakistan" ("there can be no talks on sovereignty")."""
    verb = trigger.verb
    if (status != "negated" or verb is None or trigger.coding.quad not in COOPERATIVE_QUADS
            or (trigger.coding.plover in UNREFUSED_TYPES
                and not (refuses_to_submit(verb) or gives_in(trigger)))):
        return False
    children = list(verb.children)
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if auxes & REFUSING_AUX and (any(c.dep_ == "neg" for c in children)
                                 or refused_outright(trigger)):
        return True  # "would not contribute", "would make no further concessions"
    return bool(auxes & (REFUSING_AUX | {"can"})) and _none_to_be(trigger)


def _none_to_be(trigger: Trigger) -> bool:
    """"there will be no ceasefire", "there would be no negotiations with the RSF"."""
    verb = trigger.verb
    return (trigger.nominal and verb.lemma_.lower() == "be"
            and any(c.dep_ == "expl" for c in verb.children)
            and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children))


def not_an_event(trigger: Trigger, status: str) -> bool:
    """A negated stance, a standing state told in the present passive, or a stance held or act
    done as a habit ("Washington backs the SDF", "has repeatedly complained"): no event."""
    return (is_stance_not_act(trigger, status) or is_passive_state(trigger)
            or told_as_standing(trigger) or reporters_question(trigger)
            or negated_reading_no_event(trigger, status))


def is_passive_state(trigger: Trigger) -> bool:
    """"Americans are barred from dealing with them", "journalists are barred from the border
    zone": a simple-present passive with no agent tells a standing state (the act that made
    it is told elsewhere, with its date)."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    passive = {c.lower_ for c in children if c.dep_ == "auxpass"}
    return (bool(passive & PRESENT_BE) and not any(c.dep_ in ("aux", "agent") for c in children))


def is_stance_not_act(trigger: Trigger, status: str) -> bool:
    """A negated act that reports a stance rather than something that did not happen: refused
    for the future ("Lithuania will not hand anyone over", "would never give up its claim"),
    refused, forsworn or not allowed ("Caracas has refused to hand him over", "agreed not to
    threaten each other", "was not authorised to brief the media"), denied as a standing
    charge ("Kabul denies sheltering the group"), without a plan ("had no plans to move
    forces"), or a standing state ("have never agreed their sea boundaries", "does not
    recognise the election"). The refusal, the denial or the agreement is the event."""
    verb = trigger.verb
    if status != "negated" or verb is None or trigger.nominal:
        return False
    children = list(verb.children)
    negations = {c.lower_ for c in children if c.dep_ == "neg"}
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if negations and auxes & REFUSING_AUX:
        return not _dated(verb)  # "Wen will not meet Kan this week": a meeting called off
    if ("never" in negations and auxes & PERFECT_AUX) or (negations and auxes & PRESENT_DO):
        return True
    return _stance_governor(verb)


def _stance_governor(verb: Token) -> bool:
    """"refused to allow British diplomats to visit", "denies arming the militia", "had no
    plans to move forces into Hiiraan": the verbs or the plan that govern the act."""
    current = verb
    for _ in range(3):
        # "failed to agree on reopening the crossing": through the preposition to "agree"
        governor = current.head.head if _through_a_preposition(current) else current.head
        if governor.i == current.i:
            return False
        lemma = governor.lemma_.lower()
        if current.dep_ == "acl" and lemma in INTENT_NOUNS:
            return any(c.lower_ == "no" for c in governor.children)
        if current.dep_ not in ("xcomp", "ccomp", "pcomp"):
            return False
        if lemma in STANCE_VERBS or (lemma == "deny" and governor.tag_ in PRESENT_TAGS
                                     and current.dep_ != "ccomp"):
            return True  # (not "Moscow has accused Kiev of ..., a charge Ukraine denies")
        current = governor
    return False


def _dated(verb: Token) -> bool:
    """The verb names its own time: "will not meet Kan at the UN this week"."""
    return any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ in TIME_DEPS
               for t in c.subtree)


def _status_by_cue_words(trigger: Trigger) -> str | None:
    """Status said by the act's own subject or by a verb that excludes it: "none of the three
    attended the summit", "no Colombian troops would be moved" (negated); "officials have not
    ruled out a meeting" (hypothetical)."""
    verb = trigger.verb
    if any(_says_nobody(c) for c in verb.children if c.dep_ in SUBJECT_DEPS):
        return "negated"
    if _future_on_a_condition(verb):
        return "hypothetical"
    if trigger.nominal and verb.lemma_.lower() in EXCLUDING_VERBS and \
            any(c.dep_ == "neg" for c in verb.children):
        return "hypothetical"
    return None


def _future_on_a_condition(verb: Token) -> bool:
    """"If Moscow invades, Washington will impose sanctions", "will cut aid unless the junta
    sets a date": a future act on a condition is hypothetical."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & FUTURE_AUX) and any(
        marked_clause(c, CONDITION_ONLY_MARKS) for c in verb.children)


def _says_nobody(subject: Token) -> bool:
    """"None of the three", "neither side", "no troops", "no one"."""
    if subject.lower_ in NOBODY_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def _status_by_governor(current: Token, governor: Token) -> str | None:
    """Status the governing word gives a clause, before the verb lists of
    ``_inherited_status``: a free relative names a thing ("to stop what he called Thai
    aggression": occurred); readiness only offers ("Georgia was ready to host talks",
    "is willing to mediate": hypothetical); a past attempt happened as its clause tells
    ("protesters tried to storm the office", "attempted to march on parliament": "attempted",
    read on from the attempt), and so did an announced act told in the past ("announced it
    had seized a tanker"); an act called or pressed for is only demanded ("called for Russia
    to withdraw its troops": hypothetical); "has yet to" has not happened (negated); a
    beginning takes its own modal ("could start lifting the measures": hypothetical)."""
    if any(c.dep_ in ("dobj", "oprd", "nsubj", "pobj") and c.lower_ in FREE_RELATIVE_WORDS
           for c in current.children):
        return "occurred"
    lemma = governor.lemma_.lower()
    if current.dep_ == "ccomp" and lemma in ANNOUNCING_VERBS and _told_as_past(current):
        return "attempted"
    if current.dep_ == "advcl" and lemma in IRREALIS_VERBS and any(
            c.dep_ == "mark" and c.lower_ == "for" for c in current.children):
        return "hypothetical"  # "called for Russia to withdraw", "pressed for talks to resume"
    if current.dep_ != "xcomp":
        return None
    if lemma in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                       for c in governor.children):
        return "negated"  # "the EU has yet to impose sanctions", "is yet to respond"
    if lemma in ONSET_VERBS and governor.tag_ == "VB":
        marked = _clause_status(governor)  # "the bloc could start lifting the measures"
        return "planned" if marked == "hypothetical" and _reported_future(governor) else marked
    if governor.lower_ in READINESS_WORDS and (governor.pos_ == "ADJ" or any(
            c.dep_ in ("auxpass", "cop") for c in governor.children)):
        return "hypothetical"
    if governor.lemma_.lower() in ATTEMPT_VERBS and governor.tag_ in ("VBD", "VBN", "VBG"):
        return "attempted"
    return None


def _told_as_past(verb: Token) -> bool:
    """A clause told in the past, the perfect or the progressive, with no modal: "it had
    seized", "it was expelling", "Tehran expelled"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & (FUTURE_AUX | HYPOTHETICAL_AUX) or "going" in auxes:
        return False
    return verb.tag_ == "VBD" or bool(auxes & PERFECT_AUX) or (
        verb.tag_ == "VBG" and bool(auxes & PROGRESSIVE_BE))


def told_as_done(trigger: Trigger) -> bool:
    """A verb told in the simple past or the present perfect is done, whatever date its object
    carries: "has ordered the ambassador to leave within 72 hours" (the order happened; the
    departure is ahead), unless it sets the event up for that day ("called a strike for
    Monday") or the event is its object ("dispatched a task force for joint exercises next
    week")."""
    verb = trigger.verb
    if verb is None or trigger.nominal or len(trigger.tokens) > 1 or \
            verb.i != trigger.head.i or verb.lemma_.lower() in SCHEDULING_VERBS:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes <= PERFECT_AUX and bool(auxes))


def _copula_beside_an_act(current: Token, governor: Token) -> bool:
    """"Said the pause was not long enough and urged both sides to ...": a negated copula does
    not negate the act coordinated with it."""
    return governor.lemma_.lower() == "be" and current.lemma_.lower() != "be"


def _denies_a_charge(verb: Token) -> bool:
    """"Accused Eritrea of smuggling weapons, a charge Asmara has denied", "an allegation Abu
    Dhabi denies": the verb denies the charge it names, not the clause the parser hangs on it."""
    return any(t.lemma_.lower() in CHARGE_NOUNS for c in verb.children if c.dep_ in SUBJECT_DEPS
               for t in c.subtree)
