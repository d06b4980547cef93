"""Triggers the demand filter (demands.py) must keep: an act coordinated with a protest in a
finite verb is its own act, not the protest's purpose ("went on strike and demanded ..."); a
finite verb the parser hangs on a granted right's infinitive is the granter's own act ("gave
police the right to shoot ... and extended a curfew"). The purposes and the granted acts
themselves stay dropped."""

from coding import code_text, side_countries

PUB = "2024-05-14"


def test_a_demand_coordinated_with_a_strike_is_a_request(pipeline):
    events = code_text(pipeline, "Zambian nurses went on strike and demanded that the "
                                 "government pay their salary arrears.", PUB)
    assert ("ZMB", "ZMB") in side_countries(events, "REQUEST")


def test_a_demand_coordinated_with_a_march_is_a_request(pipeline):
    events = code_text(pipeline, "Moldovan farmers marched through Chisinau and called on the "
                                 "government to cut fuel taxes.", PUB)
    assert ("MDA", "MDA") in side_countries(events, "REQUEST")


def test_a_participle_purpose_of_a_march_stays_dropped(pipeline):
    events = code_text(pipeline, "Thousands of Belarusians marched through Minsk demanding the "
                                 "resignation of Alexander Lukashenko.", PUB)
    assert side_countries(events, "REQUEST") == []


def test_a_finite_act_after_a_granted_right_is_the_granters(pipeline):
    events = code_text(pipeline, "Tajik authorities gave security forces the right to shoot "
                                 "looters in the south on Saturday and extended a curfew in "
                                 "Khorog.", PUB)
    assert ("TJK", "TJK") in side_countries(events, "COERCE")


def test_an_act_wished_of_another_stays_dropped(pipeline):
    events = code_text(pipeline, "Washington wanted Pakistan to ban both militant groups and "
                                 "freeze their assets.", PUB)
    assert side_countries(events, "SANCTION") == []
