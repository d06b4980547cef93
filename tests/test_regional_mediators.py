""""West African mediators", "Southern African envoys": a regional body's go-betweens are
that body, as its leaders and ministers are (data/actors/organisations.tsv)."""

from coding import code_text, side_codes

PUB = "2021-09-27"


def test_west_african_mediators_are_ecowas(pipeline):
    text = ("Mali's military rulers on Monday refused to give West African mediators a "
            "timetable for elections, a month after soldiers toppled the president.")
    assert ("MLIMIL", "IGOWAFWAS") in side_codes(code_text(pipeline, text, PUB), "REJECT")


def test_southern_african_envoys_are_sadc(pipeline):
    text = ("Southern African envoys met President Emmerson Mnangagwa in Harare on Monday to "
            "discuss the crisis, the foreign ministry said.")
    sources = {source for source, _ in side_codes(code_text(pipeline, text, PUB), "CONSULT")}
    assert sources == {"IGOSAFSAD"}
