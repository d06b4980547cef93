"""Mends of review A on the eighteenth session's places.

A police act is placed in the dateline's town only when nothing in its sentence says it
happened over days or elsewhere (`placing.place_police_acts`): a tally since a start ("have
arrested more than 200 people since the unrest began last week"), another place or a part of
the country ("in a nationwide crackdown", "in the northwest of the country", "after riots in
Durban") leave it unplaced. The review's sentences are its own probes; the others were written
for these tests; none is taken from a gold file."""

import pytest
from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def _places(pipeline, text, dateline, event_type="COERCE"):
    events = code_text(pipeline, text, PUB, dateline=dateline)
    assert any(e.event_type == event_type for e in events), f"no {event_type} event"
    return place_names(events, event_type)


@pytest.mark.parametrize(("dateline", "text"), [
    ("Nairobi", "Kenyan police have arrested more than 200 people since the unrest began last "
                "week."),
    ("Karachi", "Pakistani police said on Thursday they had arrested 40 suspects in a "
                "nationwide crackdown."),
    ("Lagos", "Nigerian police said on Monday they had arrested 60 suspected kidnappers in the "
              "northwest of the country."),
    ("Kampala", "Ugandan police arrested opposition leader Bobi Wine on Wednesday as he "
                "campaigned in the east of the country."),
    ("Johannesburg", "South African police arrested 15 people on Monday after riots in "
                     "Durban."),
    ("Bishkek", "Kyrgyz police have detained 300 protesters since Saturday, the interior "
                "ministry said."),
    ("Dhaka", "Bangladeshi police detained 45 opposition activists across several southern "
              "districts on Tuesday, a spokesman said."),
])
def test_police_acts_over_days_or_elsewhere_stay_unplaced(pipeline, dateline, text):
    assert _places(pipeline, text, dateline) == [None]


@pytest.mark.parametrize(("dateline", "text"), [
    ("Bishkek", "Kyrgyz police detained 23 people on Saturday as they gathered outside the "
                "parliament, officials said."),
    ("Nairobi", "Kenyan police fired tear gas at striking nurses on Tuesday, witnesses said."),
])
def test_one_day_police_acts_keep_the_dateline(pipeline, dateline, text):
    """Guard: a police act of one day with no other place is still the dateline town's."""
    assert _places(pipeline, text, dateline) == [dateline]
