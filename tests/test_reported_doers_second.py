"""An authority's act told in the passive with no agent: the state body that acted on the same
thing in an earlier sentence is its doer (same_thing_doers.py); the victim's side reporting it
is not (reported_doers.py)."""

from coding import code_text, side_countries

PUB = "2024-03-15"


def test_earlier_doer_on_the_same_boat(pipeline):
    events = code_text(pipeline, "Chinese coast guard ships blocked a Philippine supply boat near "
                       "the shoal on Thursday. The boat was seized and towed away, the "
                       "Philippine foreign ministry said.", PUB)
    assert ("CHN", "PHL") in side_countries(events, "COERCE")
    assert all(s != "PHL" for s, _ in side_countries(events, "COERCE"))


def test_earlier_captor_of_the_trucks_releases_them(pipeline):
    events = code_text(pipeline, "Sudanese paramilitaries seized a convoy of Egyptian aid trucks "
                       "near Khartoum on Thursday. The trucks were released on Saturday, "
                       "Egypt's foreign ministry said.", PUB)
    assert side_countries(events, "RETREAT") == [("SDN", "EGY")]


def test_earlier_police_close_what_they_searched(pipeline):
    events = code_text(pipeline, "Turkish police searched the offices of a pro-Kurdish newspaper "
                       "in Istanbul on Thursday. The newspaper was closed by decree the same "
                       "evening.", PUB)
    assert any(e.source.text == "Turkish police" and "newspaper" in e.target.text.lower()
               for e in events if e.event_type == "COERCE")


def test_a_new_thing_takes_no_earlier_doer(pipeline):
    events = code_text(pipeline, "Chinese coast guard ships shadowed a Philippine patrol boat on "
                       "Thursday. A Vietnamese fishing boat was seized separately, Vietnam's "
                       "foreign ministry said.", PUB)
    assert all(s != "CHN" for s, _ in side_countries(events, "COERCE"))


def test_victims_foreign_ministry_is_not_the_captor(pipeline):
    events = code_text(pipeline, "Iranian gunboats fired on a Kuwaiti oil platform on Thursday. "
                       "Three workers were detained and taken to Bandar Abbas, Kuwait's foreign "
                       "ministry said.", PUB)
    assert all(s != "KWT" for s, _ in side_countries(events, "COERCE"))
