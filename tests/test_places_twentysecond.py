"""Places of the twenty-second session. An armed attack no clause rule places takes a town its
own sentence names in a phrase even when the model tags the town as a person or not at all
("around the city of Gao", "in and around Sanaa"), and a town no other act of the sentence
was placed in before another act's ("strikes around Sanaa, hours after the group fired
missiles at Jazan": Jazan is the missiles' place) (``attack_places``). A participle of meeting
the model tags as a noun or reads as the subject still sets the scene ("The council, meeting in
Addis Ababa, condemned", "EU leaders meeting in Brussels did not impose"); a coordinated clause
with a subject of its own keeps its place to itself ("Kampala has accused the rebels, and police
arrested 12 in Kasese"); money sent to a capital goes to its government, not to a place ("disbursed
50 million euros to Chisinau"), where goods go to the town ("sent 30 tonnes of supplies to
Kabul")."""

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


def test_a_meeting_the_model_tags_as_a_noun_sets_the_scene(pipeline):
    text = ("The African Union suspended Gabon from all its activities on Thursday. The "
            'council, meeting in Addis Ababa, "strongly condemned" the takeover and called on '
            "the military to return to barracks.")
    assert place_names(code_text(pipeline, text, PUB), "REQUEST") == ["Addis Ababa"]


def test_a_meeting_read_as_the_subject_sets_the_scene(pipeline):
    text = "EU leaders meeting in Brussels last week did not impose an embargo on Russian oil."
    assert place_names(code_text(pipeline, text, PUB), "SANCTION") == ["Brussels"]


def test_a_clause_with_its_own_subject_keeps_its_place(pipeline):
    text = ("Kampala has accused the rebels of recruiting fighters inside Uganda, and police "
            "arrested 12 suspected recruiters in the western district of Kasese last week.")
    events = code_text(pipeline, text, PUB)
    assert place_names(events, "ACCUSE") == [None]
    assert place_names(events, "COERCE") == ["Kasese"]


def test_a_second_verb_of_one_subject_shares_its_place(pipeline):
    """Guard: one subject's two acts are one scene."""
    text = ("Thousands of opposition supporters marched in Lilongwe on Friday and demanded that "
            "the electoral commission resign.")
    assert place_names(code_text(pipeline, text, PUB), "REQUEST") == ["Lilongwe"]


def test_money_sent_to_a_capital_is_not_placed_there(pipeline):
    text = "The European Union on Tuesday disbursed 50 million euros in budget support to Chisinau."
    assert place_names(code_text(pipeline, text, PUB), "AID") == [None]


def test_goods_sent_to_a_capital_are_placed_there(pipeline):
    """Guard: supplies are delivered to the town."""
    text = "Qatar sent 30 tonnes of medical supplies to Kabul on Monday."
    assert place_names(code_text(pipeline, text, PUB), "AID") == ["Kabul"]
