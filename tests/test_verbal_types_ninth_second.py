"""Ninth session, verbal types, second pass: a summons' asking purpose is a request of its own,
envoys called or hauled in are summoned, and a reporters' question put "by reporters" or with a
sentence-opening "Asked" is no request."""

from coding import code_text, side_countries

PUB = "2024-03-15"


def test_summons_to_demand_is_request(pipeline):
    """"summoned the ambassador to demand an apology": the summons and the demand."""
    events = code_text(pipeline, "Greece summoned the Turkish ambassador in Athens on Monday "
                                 "to demand an apology over remarks by a Turkish minister.", PUB)
    assert ("GRC", "TUR") in side_countries(events, "REQUEST")
    assert ("GRC", "TUR") in side_countries(events, "ACCUSE")


def test_summons_to_seek_or_ask_is_request(pipeline):
    events = code_text(pipeline, "Kenya's foreign ministry summoned Uganda's high commissioner "
                                 "on Monday to seek clarification over the arrest of two "
                                 "Kenyan activists.", PUB)
    assert ("KEN", "UGA") in side_countries(events, "REQUEST")
    events = code_text(pipeline, "The Dutch foreign ministry summoned China's envoy on Monday "
                                 "to ask for the release of a detained Dutch journalist.", PUB)
    assert ("NLD", "CHN") in side_countries(events, "REQUEST")


def test_summons_to_protest_is_no_demonstration(pipeline):
    """"summoned the ambassador to protest": the summons' complaint, no street protest."""
    events = code_text(pipeline, "Vietnam summoned China's ambassador on Monday to protest "
                                 "against the ramming of a Vietnamese fishing boat near the "
                                 "Paracel Islands.", PUB)
    assert not [e for e in events if e.event_type == "PROTEST"]
    assert ("VNM", "CHN") in side_countries(events, "ACCUSE")


def test_envoy_hauled_or_called_in_is_summoned(pipeline):
    events = code_text(pipeline, "Britain hauled in China's ambassador on Monday over the "
                                 "sentencing of a British citizen in Shanghai.", PUB)
    assert ("GBR", "CHN") in side_countries(events, "ACCUSE")
    events = code_text(pipeline, "Canberra called in the Chinese ambassador on Monday after a "
                                 "Chinese warship fired flares near an Australian aircraft.",
                       PUB)
    assert ("AUS", "CHN") in side_countries(events, "ACCUSE")


def test_question_by_reporters_is_no_request(pipeline):
    """"When asked by reporters about ...": the press asked, nobody requested anything."""
    events = code_text(pipeline, "When asked by reporters about Chinese patrols near the "
                                 "islands, the Vietnamese defence minister said on Monday that "
                                 "Hanoi was monitoring them closely.", PUB)
    assert not side_countries(events, "REQUEST")
    events = code_text(pipeline, "Asked by journalists about Serbian troop movements near the "
                                 "boundary, the Kosovo premier said on Monday that police were "
                                 "on alert.", PUB)
    assert not side_countries(events, "REQUEST")


def test_request_with_its_asker_stays(pipeline):
    """"Asked by the United Nations to send troops": a request with its asker."""
    events = code_text(pipeline, "Asked by Somalia to send more troops, Uganda said on Monday "
                                 "it would consider the request.", PUB)
    assert side_countries(events, "REQUEST")
