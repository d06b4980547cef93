"""Threats and refusals no lexicon verb names (threats.py, real model): measures its own side
says it could take or would take on a condition, readiness to use force, threats said as
idioms, whom a conditional threat is aimed at, and refusals of acts with no event of their own.

Each test uses a sentence the code at the start of the session (14bbe1a) got wrong, except
the ones marked as guards."""


from coding import code_text, of_type


def events_of(pipeline, text, pub="2021-03-10"):
    return code_text(pipeline, text, pub)


def sides(events):
    return {(e.source.country, e.target.country if e.target else None) for e in events}


def test_a_measure_its_own_side_says_it_could_take_is_a_threat(pipeline):
    events = events_of(pipeline, "Foreign Minister Sergei Lavrov said Moscow could freeze its "
                                 "military cooperation with NATO.")
    threats = of_type(events, "THREATEN")
    assert [(e.source.country, e.target.code, e.status) for e in threats] == [
        ("RUS", "IGOWSTNAT", "occurred")]
    assert not of_type(events, "SANCTION")


def test_a_measure_said_with_a_condition_is_a_threat(pipeline):
    events = events_of(pipeline, "Foreign Minister Jorge Arreaza said Venezuela would expel U.S. "
                                 "diplomats if the aggression continued.")
    assert sides(of_type(events, "THREATEN")) == {("VEN", "USA")}


def test_a_measure_announced_plainly_stays_planned(pipeline):
    # guard: "would" with no condition announces the measure
    events = events_of(pipeline, "Canada announced on Wednesday that it would bar Iranian "
                                 "officials from entering the country.")
    assert not of_type(events, "THREATEN")
    # a bar on another state's officials is a SANCTION (measures.py)
    assert [e.status for e in of_type(events, "SANCTION")] == ["planned"]


def test_readiness_to_use_a_measure_is_a_threat(pipeline):
    events = events_of(pipeline, "The US envoy said Washington was prepared to impose further "
                                 "sanctions on Sudan.")
    assert sides(of_type(events, "THREATEN")) == {("USA", "SDN")}
    assert not of_type(events, "SANCTION")


def test_leaving_an_act_unanswered_is_a_threat(pipeline):
    events = events_of(pipeline, "Defence Minister Sergei Ivanov said Russia would not leave "
                                 "this provocation unanswered.")
    threats = of_type(events, "THREATEN")
    assert [(e.source.country, e.status) for e in threats] == [("RUS", "occurred")]


def test_refusing_to_tolerate_an_act_is_a_threat(pipeline):
    events = events_of(pipeline, "Defence Minister Benny Gantz said Israel will not tolerate "
                                 "fire at its communities from Lebanon.")
    assert sides(of_type(events, "THREATEN")) == {("ISR", "LBN")}


def test_a_firm_response_announced_is_a_threat(pipeline):
    events = events_of(pipeline, "Pakistan said it would respond in kind to any reduction in "
                                 "ties by India.")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["PAK"]


def test_an_ordinary_response_is_no_threat(pipeline):
    # guard: a reply to a letter threatens nobody
    events = events_of(pipeline, "The German ministry said it would respond to the letter from "
                                 "France next week.")
    assert not of_type(events, "THREATEN")


def test_a_threat_is_aimed_at_the_subject_of_its_condition(pipeline):
    events = events_of(pipeline, "Belarusian President Alexander Lukashenko warned that Minsk "
                                 "could halt the transit of Russian gas to Europe if the "
                                 "European Union imposed new sanctions.")
    assert [(e.source.country, e.target.code) for e in of_type(events, "THREATEN")] == [
        ("BLR", "IGOEUREEC")]


def test_refusing_an_act_with_no_event_of_its_own_is_a_rejection(pipeline):
    events = events_of(pipeline, "Several opposition parties in Chile said they would not "
                                 "attend.")
    rejections = of_type(events, "REJECT")
    assert [(e.source.country, e.status) for e in rejections] == [("CHL", "occurred")]


def test_refusing_an_act_with_no_second_side_is_a_rejection(pipeline):
    events = events_of(pipeline, "Macedonian President Gjorge Ivanov said on Wednesday he would "
                                 "not sign the agreement into law.", "2018-06-14")
    rejections = of_type(events, "REJECT")
    assert [(e.source.country, e.status) for e in rejections] == [("MKD", "occurred")]
