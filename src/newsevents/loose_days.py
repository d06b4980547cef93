"""Acts that a sentence's one loose date does not reach (``attach._date_the_undated``).

A date that hangs on no trigger dates the sentence's undated acts ("executed two men accused of
spying in Halgan on Monday"), except:

- an act told in an object relative clause, which describes the noun it hangs on ("the
  withdrawal of 1,000 troops that N'Djamena demanded", "a step Seoul denounced as retaliation",
  "individuals they accused of financing militants"): it happened at a time of its own, which
  the sentence does not give;
- a plan reported in a clause whose reporting verb carries the date ("Turkey and Iraq will set
  up a joint centre, the minister said after talks in Baghdad on Wednesday", "the two will
  open their border, their envoys decided at a meeting in Vienna on Tuesday"): the date is
  the occasion of the announcement, and the plan is still to come.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.triggers import Trigger

# Words that open a relative clause as its subject, its possessor or its adverb ("who
# seized power", "whose boats were seized", "where crowds torched", "in which gunmen killed").
RELATIVE_WORDS = {"who", "whom", "whose", "which", "that", "where", "when", "why", "what"}


def beyond_loose_date(trigger: Trigger, date_token: Token, ahead: bool) -> bool:
    """The loose date of the sentence does not date this act (see the module's docstring);
    ``ahead`` is true for an act told as planned or hypothetical."""
    return _in_object_relative(trigger) or (ahead and _plan_of_dated_saying(trigger, date_token))


def _in_object_relative(trigger: Trigger) -> bool:
    """"Troops that N'Djamena demanded", "a charge Paris rejected": the verb of a relative
    clause with a subject of its own, no object and no relative adverb, so that the noun it
    hangs on is what the act was done to."""
    verb = trigger.verb
    if verb is None or trigger.nominal or verb.dep_ != "relcl":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(_relative(s) or any(_relative(c) for c in s.children)
                           for s in subjects):
        return False  # "officers who seized power", "students whose protests ..."
    return not any((c.dep_ == "dobj" and not _relative(c)) or c.dep_ == "nsubjpass"
                   or (c.dep_ == "advmod" and _relative(c))
                   or (c.dep_ == "prep" and any(_relative(o) for o in c.children))
                   for c in verb.children)


def _relative(token: Token) -> bool:
    return token.lower_ in RELATIVE_WORDS


def _plan_of_dated_saying(trigger: Trigger, date_token: Token) -> bool:
    """The act sits in a reported clause and the date hangs on the verb that reports it:
    "will set up a centre, Guler said after talks in Baghdad on Wednesday" (not "told Kabul
    we are ready to talk, and their minister will be here on Friday")."""
    reported = next((c for c in (trigger.head, *trigger.head.ancestors) if c.dep_ == "ccomp"),
                    None)
    date_verb = next((a for a in date_token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return reported is not None and date_verb == reported.head
