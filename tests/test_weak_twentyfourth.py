"""Weak types, twenty-fourth session. A warning that the law would punish anyone who breaks a
rule ("anyone spreading false news would be prosecuted") is aimed at the warner's own people."""

from coding import code_text, side_countries

PUB = "2024-03-15"


def test_warning_to_anyone_spreading_news_is_aimed_at_the_warners_people(pipeline):
    text = ("The European Union on Tuesday condemned the arrest of two journalists in Myanmar. "
            "Myanmar's military government said on Wednesday that rebels had planted the bomb, "
            "and warned that anyone spreading false news about the blast would be prosecuted.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("MMR", "MMR")]


def test_police_warning_to_anyone_causing_chaos_is_aimed_at_the_countrys_people(pipeline):
    text = ("European Union observers arrived in Harare on Thursday ahead of Monday's election. "
            "A Zimbabwean police spokeswoman warned that anyone who tried to \"cause chaos\" "
            "after the vote would be arrested.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("ZWE", "ZWE")]
