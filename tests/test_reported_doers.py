"""An authority's act told in the passive with no agent is the act of the state body that
reports it in the same sentence (reported_doers.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-15"


def test_release_reported_by_a_navy(pipeline):
    events = code_text(pipeline, "Eleven Bangladeshi fishermen were freed on Thursday, "
                       "Myanmar's navy said.", PUB)
    assert [s for s, _ in side_countries(events, "RETREAT")] == ["MMR"]


def test_arrest_reported_by_a_security_service(pipeline):
    events = code_text(pipeline, "Two Belarusian citizens were arrested on Thursday on suspicion "
                       "of spying, Lithuanian police said.", PUB)
    assert ("LTU", "BLR") in side_countries(events, "COERCE")


def test_speaker_of_the_reported_clause(pipeline):
    events = code_text(pipeline, "Kenyan authorities said the curfew in Mombasa would be eased "
                       "for five hours on Saturday so residents could buy food.", PUB)
    assert [s for s, _ in side_countries(events, "RETREAT")] == ["KEN"]


def test_killing_is_not_the_reporting_ministry_s(pipeline):
    events = code_text(pipeline, "Six civilians were killed in shelling on Thursday, the "
                       "Ukrainian interior ministry said.", PUB)
    assert all(s != "UKR" for s, _ in side_countries(events, "ASSAULT"))


def test_speakers_own_people_are_not_its_detainees(pipeline):
    events = code_text(pipeline, "Two Georgian shepherds were detained near the boundary line "
                       "on Thursday, Georgia's State Security Service said.", PUB)
    assert not [e for e in of_type(events, "COERCE") if "Service" in e.source.text]
