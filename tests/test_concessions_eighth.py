"""Concessions, eighth session: releases told with no agent, whose releaser is the side the
story said held the people ("Venezuelan police arrested three Colombian truckers on Monday. The
men were freed on Thursday."); yielding to pressure and giving ground; powers handed or
transferred; projects, construction and price rises suspended, halted or frozen; concessions
refused for the future ("would not bow to pressure") are no rejection. Every text is
hand-written; none is in the dev set."""

import pytest
from coding import code_text, side_codes

PUB = "2024-03-06"

# (text, type, (source country, target country))
CASES = [
    # RETREAT/CONCEDE: a release with no agent, after the story's detention of the same people
    ("Venezuelan police arrested three Colombian truckers near Cucuta on Monday. "
     "The drivers were freed on Thursday after talks between the two governments.",
     "RETREAT", ("VEN", "COL")),
    ("Azerbaijani border guards detained two Iranian shepherds last week. "
     "Both men have since been released, Tehran's foreign ministry said.",
     "RETREAT", ("AZE", "IRN")),
    ("Eritrean troops seized twelve Ethiopian farmers near Badme in March. "
     "They will be released next week, an Ethiopian official said.",
     "RETREAT", ("ERI", "ETH")),
    # ... after an abduction or hostage-taking
    ("Nigerian gunmen kidnapped four Chinese engineers at a quarry in Kogi state in May. "
     "The hostages were freed unharmed on Saturday, police said.",
     "RETREAT", ("NGA", "CHN")),
    # CONCEDE: yielding to pressure or protest, giving ground (verbs.tsv)
    ("Serbia's government bowed to pressure from the European Union on Monday and dropped a "
     "media law.", "CONCEDE", ("SRB", None)),
    ("The Peruvian government buckled under pressure from striking miners on Friday.",
     "CONCEDE", ("PER", None)),
    ("Kenya's president gave ground to the opposition on Tuesday, agreeing to a new "
     "electoral commission.", "CONCEDE", ("KEN", None)),
    # CONCEDE: projects and construction suspended, halted or frozen after protests
    ("Kyrgyz authorities suspended construction of the Chinese-funded plant after villagers "
     "protested.", "CONCEDE", ("KGZ", None)),
    ("Panama's government halted construction of the copper mine after mass protests.",
     "CONCEDE", ("PAN", None)),
    ("Nigeria's government froze the fuel price increase after unions threatened a strike.",
     "CONCEDE", ("NGA", None)),
    # CONCEDE: powers handed, given or transferred to another body
    ("Bahrain's king will hand the elected chamber more legislative powers, a palace official "
     "said.", "CONCEDE", ("BHR", None)),
    ("Morocco's king will give the parliament greater powers.", "CONCEDE", ("MAR", None)),
    ("Sudan's army transferred power to a civilian government on Monday.", "CONCEDE",
     ("SDN", None)),
]


@pytest.mark.parametrize(("text", "event_type", "sides"), CASES)
def test_the_family_is_coded(pipeline, text, event_type, sides):
    found = [(s[:3], (t or "")[:3]) for s, t in side_codes(code_text(pipeline, text, PUB),
                                                            event_type)]
    source, target = sides
    assert any(s == source and target in (None, t) for s, t in found), found


# Guards: what the new rule must leave alone.

def test_a_release_with_no_holding_told_keeps_no_releaser(pipeline):
    events = code_text(pipeline, "Indonesia protested to Malaysia on Monday. "
                                 "The statement was released on Tuesday.", PUB)
    assert side_codes(events, "RETREAT") == []


def test_a_release_of_other_people_takes_no_unrelated_holder(pipeline):
    events = code_text(pipeline, "Turkish police detained ten Syrian migrants on Monday. "
                                 "Two French journalists were released in Mali on Tuesday.", PUB)
    assert ("TUR", "FRA") not in [(s[:3], (t or "")[:3])
                                  for s, t in side_codes(events, "RETREAT")]


def test_the_release_keeps_the_holder_of_people_not_of_a_government(pipeline):
    text = ("Thai marine police arrested nine Cambodian fishermen on Friday. Phnom Penh said the "
            "men were in Cambodian waters when they were detained. Bangkok said the men would be "
            "freed on Monday.")
    found = [(s[:3], (t or "")[:3]) for s, t in side_codes(code_text(pipeline, text, PUB),
                                                            "RETREAT")]
    assert ("KHM", "THA") not in found, found


@pytest.mark.parametrize("text", [
    "Pakistan said it would not suspend the fuel price increase.",
    "The Egyptian government said it would not revoke the tax.",
])
def test_a_concession_refused_for_the_future_is_no_rejection(pipeline, text):
    assert side_codes(code_text(pipeline, text, PUB), "REJECT") == []
