"""Places of the twenty-second session. An armed attack no clause rule places takes a town its
own sentence names in a phrase even when the model tags the town as a person or not at all
("around the city of Gao", "in and around Sanaa"), and a town no other act of the sentence
was placed in before another act's ("strikes around Sanaa, hours after the group fired
missiles at Jazan": Jazan is the missiles' place) (``attack_places``)."""

from coding import code_text, place_names, side_prefixes

PUB = "2024-03-14"  # a Thursday


def _attack_places(events, source):
    return [e.location.name if e.location else None for e in events
            if e.event_type == "ASSAULT" and e.source.code.startswith(source)]


def test_an_attack_takes_a_town_the_model_calls_a_person(pipeline):
    text = ("French warplanes pounded Islamist positions in northern Mali on Sunday, striking "
            "training camps and depots used by militants around the city of Gao, the defence "
            "ministry in Paris said.")
    assert place_names(code_text(pipeline, text, PUB, dateline="Bamako"), "ASSAULT") == ["Gao"]


def test_an_attack_takes_its_own_town_before_another_acts_place(pipeline):
    text = ("The Saudi-led coalition carried out a wave of air strikes on Houthi positions in "
            "and around Sanaa early on Tuesday, hours after the Iran-aligned movement fired "
            "ballistic missiles at the southern Saudi city of Jazan.")
    events = code_text(pipeline, text, PUB, dateline="Aden")
    assert ("SAU", "YEM") in side_prefixes(events, "ASSAULT")
    assert _attack_places(events, "SAU") == ["Sanaa"]
