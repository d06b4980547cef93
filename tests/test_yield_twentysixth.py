"""Concessions, twenty-sixth session. A measure put on hold is held back, a concession ("has
put a planned increase in household electricity tariffs on hold": verbs.tsv, "put on hold");
talks, meetings, mediation, aid or ties put on hold are no concession (a blocking row before it:
"put meetings of the NATO-Russia Council on hold"). A ban overturned by the side that
imposed it is lifted (verbs.tsv, "overturn" + ban, restriction, curb, embargo, blockade)."""

from coding import code_text, of_type, side_countries

PUB = "2025-10-19"  # a Sunday


def test_a_planned_increase_put_on_hold_is_a_concession(pipeline):
    text = ("Kazakhstan's government has put a planned increase in household electricity "
            "tariffs on hold for six months, the Energy Ministry said on Saturday.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONCEDE") == [("KAZ", "KAZ")]


def test_meetings_or_mediation_put_on_hold_are_no_concession(pipeline):
    text = ("NATO foreign ministers said there could be no business as usual with Moscow and "
            "put meetings of the NATO-Russia Council on hold. Norway put its mediation on hold "
            "last month after the rebels killed Sri Lanka's foreign minister.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONCEDE") == []


def test_a_ban_overturned_is_a_concession(pipeline):
    text = ("The ban on the opposition newspaper was overturned by Zimbabwe's government on "
            "Monday. Officials gave no further details about it to reporters.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONCEDE") == [("ZWE", "ZWE")]
