"""Dates told relative to another time in the sentence: "resigned on Monday, two days after
police shot dead two demonstrators", "a day after the vote", "hours before the swap". The event
inside the "after"/"before" clause happened that long before or after the governing clause's
date; one in an "as"/"when" clause at the same time; one told as done "during talks" or "in a
call" on the occasion's day. Also the day "hours later" in the next sentence counts from."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from newsevents.date_spans import OFFSET_UNITS, date_expressions
from newsevents.dates import resolve_date
from newsevents.quotes import SPEECH_VERBS
from newsevents.records import VERBAL_QUADS, EventDate
from newsevents.syntax import SUBJECT_DEPS
from newsevents.triggers import Trigger

# Units of an offset in days; "hours after" is the same day.
UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}
DIRECTIONS = {"after": -1, "before": 1}
# Conjunctions of a clause that happened at the time of its governor ("fired tear gas on
# Wednesday as protests turned violent", "rallied on Monday, while monitors patrolled").
SAME_TIME_MARKS = {"as", "when", "while", "whilst"}
# Of those, the ones that also contrast a standing state or a stance ("while Kenya has long
# backed", "while the opposition demanded"): their clause keeps the governor's time only for
# a deed told in the simple past, not a statement.
CONTRAST_MARKS = {"while", "whilst"}
# Words of a "while" clause's own time that the date stage may leave unresolved ("while Britain
# expelled 23 diplomats after the poisoning", "while Moscow has pressed its case since 2014").
OWN_TIME_PREPS = {"after", "before", "since", "following"}
# Types of the two acts a contrasting "while" ties to one occasion: force met by force or by
# policing ("struck Gaza on Monday, while Hezbollah fired rockets"), a protest policed or held
# at a meeting ("marched on Monday, while riot police detained", "met ... while supporters
# rallied"), either way round. Other pairs share the occasion only when both clauses name one
# country.
LINKED_TYPES = {"ASSAULT": {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"},
                "COERCE": {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"},
                "PROTEST": {"ASSAULT", "COERCE", "CONSULT"}}
NAME_LABELS = {"GPE", "NORP", "ORG"}
# Occasions an act is told as done at ("during talks", "in a telephone call", "in a statement"),
# and the words that lead down to them from the act's verb.
SETTING_NOUNS = {"meeting", "talks", "call", "summit", "visit", "conference", "session",
                 "negotiations", "discussions", "conversation", "statement", "speech",
                 "interview", "communique", "address", "message", "ceremony", "gathering"}
SETTING_WORDS = {"during", "at", "in"}
SETTING_PATH_DEPS = {"prep", "pobj", "dobj", "xcomp", "pcomp"}
# "The deal was reached at ...": a deal told before, and the verbs that tell how it was made.
DEAL_NOUNS = {"deal", "agreement", "accord", "pact", "truce", "ceasefire", "compromise"}
DEAL_VERBS = {"reach", "strike", "sign", "announce", "seal", "conclude", "agree", "hammer"}
# Verbs that tell the last day of an event of several days ("talks that ended on Sunday").
ENDING_VERBS = {"end", "conclude", "close", "wrap"}
# Nouns of the close of an event of several days ("at the end of two days of talks").
CLOSING_NOUNS = {"end", "close", "conclusion"}
# Prepositions before a stretch of days a dated act closed: "after three days of talks".
STRETCH_ENDING_PREPS = {"after", "following"}
# Adverbs of an act in the small hours: "struck early on Tuesday", "shelled overnight".
SMALL_HOURS_WORDS = {"early", "overnight"}
# Words of a phrase of the small hours: "in the early hours", "in the small hours", "before dawn".
SMALL_HOURS_ADJECTIVES = {"early", "small", "wee"}
DAWN_WORDS = {"dawn", "daybreak", "sunrise"}
# Subjects of a clause.


def date_by_offset(triggers: list[Trigger], dates: dict[int, EventDate], pub: date | None
                   ) -> None:
    """Date each undated trigger that sits in an "N days after/before ..." clause or phrase
    from the date of the clause it hangs on, and each stretch of days a dated act came after
    ("after three days of talks")."""
    if pub is None:
        return
    for trigger in triggers:
        if trigger.head.i in dates:
            continue
        found = _offset_of(trigger)
        if found is None:
            continue
        word, days, governor = found
        if word in CONTRAST_MARKS and days == 0 and not _one_occasion(trigger, governor, triggers):
            continue  # "sent police to Haiti on Tuesday, while Rwanda deployed troops"
        span = _governing_span(governor, triggers, dates) if (
            word in SAME_TIME_MARKS and trigger.coding.quad not in VERBAL_QUADS) else None
        if span is not None:  # "fired rockets on Monday and Tuesday, while aircraft hit"
            dates[trigger.head.i] = span
            continue
        anchor = _anchor_date(governor, triggers, dates, pub)
        if anchor is None:
            continue
        day = anchor + timedelta(days=days * DIRECTIONS.get(word, 0))
        if word == "after" and days == 0 and in_small_hours(governor):
            day -= timedelta(days=1)  # "early on Tuesday, hours after ... fired": on Monday
        dates[trigger.head.i] = EventDate(day, day, "day", None)
    date_stretches_before(triggers, dates, pub)


def _governing_span(governor: Token, triggers: list[Trigger], dates: dict[int, EventDate]
                    ) -> EventDate | None:
    """The days of the governing clause's act when it spans several ("on Monday and Tuesday"):
    an act at the same time shares them all."""
    for trigger in triggers:
        if governor.i in trigger.indices and trigger.head.i in dates:
            when = dates[trigger.head.i]
            return when if when.precision == "range" else None
    return None


def last_told_day(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                  pub: date | None, previous: date | None) -> date | None:
    """The day "hours later" in the next sentence counts from: that of the sentence's last
    event dated to a day, else, when none of its events is dated, the last day the sentence
    names ("The European Union on Monday imposed asset freezes ... Hours later, Lithuania
    expelled": the model found no event in the first), a speech's own day only when the
    sentence names no other day and tells no act besides it ('"We will not talk," Petro wrote
    on Monday. Hours earlier ...', "On Thursday, the kingdom told its citizens to leave. Hours
    later ..."); a sentence that tells neither keeps the day before it unless it tells undated
    events. A day after publication is a plan, which no told act follows. An act told as a
    counted time before or after the sentence's own ("signed on Monday, a day after Abiy made a
    visit") is not where the story goes on."""
    dated = [t for t in triggers if t.head.i in dates and dates[t.head.i].precision == "day"]
    days = [dates[t.head.i].start for t in (
        [t for t in dated if not in_offset_clause(t)] or dated)]
    if pub is not None and not any(t.head.i in dates for t in triggers):
        named = [(entity, when.start) for entity in date_expressions(sent)
                 if (when := resolve_date(entity.text, pub, anchor=previous)) is not None
                 and when.precision == "day"]
        days = [day for entity, day in named  # "officials said on Tuesday": no act's day
                if not _on_speech(entity.root)] or [day for _, day in named if not triggers]
    if days:
        return days[-1] if pub is None or days[-1] <= pub else None
    return None if triggers else previous


def kept_anchor_day(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                    told_day: date | None, previous: date | None) -> date | None:
    """The day "hours later" in the next sentence counts from: the told day, else the day
    before kept through a sentence whose acts are undated and which names no time ("Troops
    crossed the border before dawn on Friday ... The army said its units had returned fire.
    Hours later, ...") or names only a time of a flashback told in the perfect that is no day
    ("The army said the rebels had attacked its posts last month. Hours later, ..."); a time
    of an act told in the past tense ("condemned the strike last year") ends the count."""
    if told_day is not None or previous is None:
        return told_day
    dated = [t for t in triggers if t.head.i in dates]
    if all(t.verb is not None and is_perfect(t.verb) for t in dated) and all(
            _flashback_time(entity, previous) for entity in date_expressions(sent)):
        return previous
    return None


def _flashback_time(entity: Span, previous: date) -> bool:
    """"Had attacked its posts last month", "have expanded their hold this year": a time that
    is no day, on a verb told in the perfect."""
    when = resolve_date(entity.text, previous)
    verb = next((a for a in entity.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return (when is not None and when.precision not in ("day", "publication")
            and verb is not None and is_perfect(verb))


def _on_speech(date_token: Token) -> bool:
    """"said on Tuesday", "told reporters on Monday": a date on a speech verb."""
    word = date_token.head.head if date_token.head.dep_ == "prep" else date_token.head
    return word.lemma_.lower() in SPEECH_VERBS


def is_perfect(verb: Token) -> bool:
    """"had urged", "has appealed": an act told as done before the time of the sentence."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def in_offset_clause(trigger: Trigger) -> bool:
    """"Will reopen the bridge from next Monday, two months after Maduro sealed the frontier":
    the act in an "N units after/before" clause is at its own time, not at the sentence's."""
    holders = _offset_holders(trigger)
    return holders is not None and any(
        unit.dep_ == "npadvmod" and unit.lemma_.lower() in OFFSET_UNITS
        for holder in holders[1] for unit in holder.children)


def _offset_holders(trigger: Trigger) -> tuple[Token, list[Token], Token] | None:
    """The direction word, the words an offset may hang on, and the clause or phrase."""
    light = trigger.verb is not None and trigger.verb in trigger.tokens  # "made a visit"
    clause = trigger.verb if trigger.verb is not None and (
        not trigger.nominal or light) else trigger.head
    if trigger.nominal and clause.dep_ in SUBJECT_DEPS:
        clause = clause.head  # "as protests turned violent": the protests' clause
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "advcl":
        marks = [c for c in clause.children
                 if c.dep_ == "mark" and c.lower_ in DIRECTIONS.keys() | SAME_TIME_MARKS]
        if not marks:
            return None
        return marks[0], [clause, marks[0]], clause
    if clause.dep_ in ("pobj", "pcomp") and clause.head.lower_ in DIRECTIONS:
        return clause.head, [clause.head], clause.head  # "a day after the vote", "after meeting"
    return None


def _offset_of(trigger: Trigger) -> tuple[str, int, Token] | None:
    """("after", 2, governor) for "... , two days after police shot ..."."""
    found = _offset_holders(trigger)
    if found is None:
        return None
    word_token, holders, clause = found
    for holder in holders:
        for unit in (c for c in holder.children if c.dep_ == "npadvmod"):
            days = offset_days(unit)
            if days is not None:
                return word_token.lower_, days, clause.head
    if word_token.lower_ in SAME_TIME_MARKS and (word_token.lower_ not in CONTRAST_MARKS or (
            _simple_past(clause) and trigger.coding.quad not in VERBAL_QUADS
            and not _own_time(clause))):
        return word_token.lower_, 0, clause.head
    return None


def _own_time(clause: Token) -> bool:
    """"While Poland sent tanks last year", "while Britain expelled diplomats after the
    poisoning": a contrasting clause that tells its own time, resolved or not, is not at its
    governor's ("as protests turned violent for a second day" is)."""
    return any(t.ent_type_ == "DATE" or (t.dep_ == "prep" and t.lower_ in OWN_TIME_PREPS)
               for t in clause.subtree)


def _one_occasion(trigger: Trigger, governor: Token, triggers: list[Trigger]) -> bool:
    """Whether an act in a contrasting "while" clause answers its governor's: force met by
    force, a protest policed, or both clauses naming one country ("Serbia recalled its envoy
    from Montenegro on Monday, while Montenegro expelled a Serbian diplomat"). "Kenya sent
    police to Haiti on Tuesday, while Rwanda deployed troops to Mozambique" tells two stories."""
    ruling = next((t for t in triggers if governor.i in t.indices), None)
    if ruling is not None and any(second in LINKED_TYPES.get(first, ()) for first, second in (
            (ruling.coding.plover, trigger.coding.plover),
            (trigger.coding.plover, ruling.coding.plover))):
        return True
    clause = _offset_holders(trigger)
    inner = set() if clause is None else {t.i for t in clause[2].subtree}
    outer = {t.i for t in governor.subtree} - inner
    names = [{" ".join(t.lower_ for t in entity if t.lower_ != "the")
              for entity in governor.doc.ents
              if entity.label_ in NAME_LABELS and entity.root.i in side}
             for side in (inner, outer)]
    return bool(names[0] & names[1])


def _simple_past(verb: Token) -> bool:
    """"While monitors patrolled the area": a past verb with no auxiliary of its own."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def in_small_hours(verb: Token) -> bool:
    """"Carried out strikes early on Tuesday", "in the early hours of Tuesday", "before dawn on
    Tuesday", "shelled the town overnight": an act told in the small hours, so what it came
    hours after was the day before (when the act's own day is known)."""
    words = [c for c in verb.children if c.dep_ in ("advmod", "prep")]
    words += [g for c in words for g in c.children if g.dep_ in ("advmod", "conj")]
    return any((w.lower_ in SMALL_HOURS_WORDS and w.pos_ == "ADV")
               or (w.dep_ == "prep" and _small_hours_phrase(w)) for w in words)


def _small_hours_phrase(prep: Token) -> bool:
    """"in the early hours", "before dawn": a phrase of the small hours."""
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        lemma = noun.lemma_.lower()
        if prep.lower_ == "before" and lemma in DAWN_WORDS:
            return True
        if lemma == "hour" and any(c.dep_ == "amod" and c.lower_ in SMALL_HOURS_ADJECTIVES
                                   for c in noun.children):
            return True
    return False


def offset_days(unit: Token) -> int | None:
    """The days an offset unit counts: 0 for "hours", 2 for "two days"; None for "days after"
    or "weeks before" (some days, not one)."""
    lemma = unit.lemma_.lower()
    if lemma not in UNIT_DAYS:
        return None
    if lemma == "hour":
        return 0
    counts = [c for c in unit.children if c.dep_ in ("nummod", "det", "amod")]
    if not counts and unit.tag_ == "NNS":
        return None
    number = _number(counts[0]) if counts else 1
    return None if number is None else number * UNIT_DAYS[lemma]


def _number(word: Token) -> int | None:
    """"3", "three", "a": the count a word says; None for "several", "few" or a non-number."""
    return int(word.text) if word.text.isdigit() else NUMBER_WORDS.get(word.lower_)


def _anchor_date(governor: Token, triggers: list[Trigger], dates: dict[int, EventDate],
                 pub: date) -> date | None:
    """The day of the governing clause: its trigger's date, or a date phrase on its verb or
    between its subject and it ("Saied on Wednesday told ..., a day after")."""
    for trigger in triggers:
        if governor.i in trigger.indices and trigger.head.i in dates:
            when = dates[trigger.head.i]
            return when.start if when.precision == "day" else None
    return day_phrase_on(governor, pub) or _day_phrase_before(governor, pub)


def _day_phrase_before(verb: Token, pub: date) -> date | None:
    """"Saied on Wednesday told": a day phrase the parser hangs on the subject, right before
    the verb."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "on"):
            last = max(t.i for t in prep.subtree)
            phrase = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if last + 1 == verb.i and phrase is not None:
                day = _day_of_phrase(phrase, pub)
                if day is not None:
                    return day
    return None


def day_phrase_on(verb: Token, pub: date) -> date | None:
    """The day a date phrase of the verb's own names ("on Tuesday night", "at dawn on Monday",
    "struck Tuesday"); None for none or one that is no day ("for months", "since March")."""
    for child in verb.children:
        phrase = None
        if child.dep_ == "prep" and child.lower_ in ("on", "at"):
            phrase = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            phrase = child
        if phrase is not None and phrase.ent_type_ in ("DATE", "TIME"):  # "on Tuesday night"
            day = _day_of_phrase(phrase, pub)
            if day is not None:
                return day
    return None


def _day_of_phrase(phrase: Token, pub: date) -> date | None:
    """The day the words of ``phrase`` name, or None when they name no single day."""
    when = resolve_date(" ".join(t.text for t in phrase.subtree), pub)
    return when.start if when is not None and when.precision == "day" else None


def date_by_setting(triggers: list[Trigger], dates: dict[int, EventDate], pub: date | None
                    ) -> None:
    """Date each undated act told as done at a dated occasion: "urged the rebels to stop the
    attacks during talks in Muscat on Tuesday", "expressed support for Mbeki's mediation in a
    telephone call on Wednesday", "In a statement read on Sunday night, it accused ..."."""
    if pub is None:
        return
    for trigger in triggers:
        if trigger.head.i in dates or trigger.verb is None:
            continue
        for occasion in _settings_under(trigger.verb):
            when = _occasion_date(occasion, triggers, dates, pub)
            if when is not None:
                dates[trigger.head.i] = when
                break


def _settings_under(verb: Token) -> list[Token]:
    """Occasion nouns after "during", "at", "in" within the verb's own clause, and the occasion
    a relative clause tells of ("a telephone conversation on Sunday, in which the two agreed")."""
    found, stack = [], [verb]
    if verb.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in SETTING_WORDS and any(
            g.lower_ == "which" for g in c.children) for c in verb.children):
        for noun in (verb.head, *verb.head.ancestors):  # the parser may hang it on a name
            if noun.pos_ in ("VERB", "AUX"):
                break
            if noun.lemma_.lower() in SETTING_NOUNS:
                found.append(noun)
                break
    while stack:
        for child in stack.pop().children:
            if child.dep_ not in SETTING_PATH_DEPS:
                continue
            if child.dep_ == "pobj" and child.head.lower_ in SETTING_WORDS and (
                    child.lower_ in SETTING_NOUNS or child.lemma_.lower() in SETTING_NOUNS):
                found.append(child)
            stack.append(child)
    return found


def _occasion_date(noun: Token, triggers: list[Trigger], dates: dict[int, EventDate],
                   pub: date) -> EventDate | None:
    """The day of an occasion: its trigger's ("talks mediated by Angola ... on Tuesday") or a
    date phrase of its own ("a statement read on Sunday night")."""
    for trigger in triggers:
        own = noun.i in trigger.indices or (
            trigger.verb is not None and trigger.verb.dep_ == "acl" and trigger.verb.head == noun)
        when = dates.get(trigger.head.i)
        if own and when is not None and when.precision == "day":
            return when
    for word in noun.subtree:
        if word.ent_type_ in ("DATE", "TIME") and word.dep_ == "pobj" and \
                word.head.lower_ in ("on", "at"):
            when = resolve_date(" ".join(t.text for t in word.subtree), pub)
            if when is not None and when.precision == "day":
                return when
    return None


def date_by_told_deal(sent: Span, triggers: list[Trigger], dates: dict[int, EventDate],
                      told_day: date | None) -> None:
    """"The deal was reached at a meeting in Nairobi": the undated events of a sentence that
    tells where or how the deal just told was made happened on that deal's day."""
    if told_day is None or not any(_reached_the_deal(token) for token in sent):
        return
    for trigger in triggers:
        dates.setdefault(trigger.head.i, EventDate(told_day, told_day, "day", None))


def _reached_the_deal(verb: Token) -> bool:
    """"The deal was reached", "the agreement was announced": a told deal as a passive
    subject."""
    if verb.lemma_.lower() not in DEAL_VERBS:
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in DEAL_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
        for c in verb.children)


def spread_over_duration(triggers: list[Trigger], dates: dict[int, EventDate]) -> None:
    """"Began two days of exercises on Thursday", "a five-day joint exercise ... on Monday": an
    event of N days from the day told (up to it after "ended")."""
    for trigger in triggers:
        when = dates.get(trigger.head.i)
        found = _duration_of(trigger.head)
        if when is None or when.precision != "day" or found is None:
            continue
        days, verb = found
        if verb.lemma_.lower() in ENDING_VERBS:
            start, end = when.start - timedelta(days=days - 1), when.start
        else:
            start, end = when.start, when.start + timedelta(days=days - 1)
        dates[trigger.head.i] = EventDate(start, end, "range", when.text)


def date_closing_talks(triggers: list[Trigger], dates: dict[int, EventDate]) -> None:
    """"The agreement was reached on Friday at the end of two days of talks": talks of N days
    that the dated act closed ran up to its day."""
    for trigger in triggers:
        found = _duration_of(trigger.head)
        if trigger.head.i in dates or found is None or trigger.head.dep_ != "pobj":
            continue
        days, close = found
        if close.lower_ != "of" or close.head.lemma_.lower() not in CLOSING_NOUNS:
            continue
        verb = next((a for a in close.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        closer = next((t for t in triggers if verb is not None and t.verb == verb
                       and t.head.i in dates), None)
        when = None if closer is None else dates[closer.head.i]
        if when is not None and when.precision == "day":
            start = when.start - timedelta(days=days - 1)
            dates[trigger.head.i] = EventDate(start, when.start, "range", when.text)


def date_stretches_before(triggers: list[Trigger], dates: dict[int, EventDate], pub: date | None
                          ) -> None:
    """"Signed a deal on Thursday after three days of talks", "sent troops in on Friday after
    six days of fighting": a stretch of N days that a dated act came after ran up to its day."""
    if pub is None:
        return
    for trigger in triggers:
        found = _duration_of(trigger.head)
        if trigger.head.i in dates or found is None or trigger.head.dep_ != "pobj":
            continue
        days, after = found
        if after.dep_ != "prep" or after.lower_ not in STRETCH_ENDING_PREPS:
            continue
        end = _anchor_date(after.head, triggers, dates, pub)
        if end is not None:
            dates[trigger.head.i] = EventDate(end - timedelta(days=days - 1), end, "range", None)


def date_lasting_until(triggers: list[Trigger], dates: dict[int, EventDate], pub: date) -> None:
    """"Farmers who had blocked highways for five days lifted their roadblocks on Tuesday
    night": an act its doers had kept up for N days ran up to the day of the clause about
    them."""
    for trigger in triggers:
        clause = trigger.verb
        if (trigger.head.i in dates or clause is None or clause.dep_ != "relcl"
                or not is_perfect(clause) or clause.head.dep_ != "nsubj"):
            continue
        days = next((offset_days(unit) for prep in clause.children
                     if prep.dep_ == "prep" and prep.lower_ == "for"
                     for unit in prep.children if unit.dep_ == "pobj"), None)
        end = _anchor_date(clause.head.head, triggers, dates, pub) if days and days > 1 else None
        if end is not None:
            start = end - timedelta(days=days - 1)
            dates[trigger.head.i] = EventDate(start, end, "range", None)


def _duration_of(noun: Token) -> tuple[int, Token] | None:
    """(2, began) for "began two days of exercises", (5, began) for "began a five-day
    exercise", (3, staged) for the verb of "staged three days of demonstrations"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "day":
        unit, verb = noun.head.head, noun.head.head.head
    elif noun.pos_ == "VERB" and noun.lemma_.lower() not in ENDING_VERBS:
        # "staged three days of demonstrations from Tuesday" (not "ending two days of fighting")
        unit = next((c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() == "day"
                     and any(p.lower_ == "of" for p in c.children)), None)
        verb = noun
    else:
        unit = next((c for c in noun.children if c.lemma_.lower() == "day"
                     and c.dep_ in ("amod", "compound", "nmod")), None)
        verb = noun.head
    if unit is None:
        return None
    ending = next((t for t in noun.subtree if t.dep_ == "relcl"
                   and t.lemma_.lower() in ENDING_VERBS), None)
    verb = ending or verb  # "three days of talks ... that ended on Sunday"
    count = next((c for c in unit.children if c.dep_ == "nummod"), None)
    days = None if count is None else _number(count)
    return (days, verb) if days and days > 1 else None
