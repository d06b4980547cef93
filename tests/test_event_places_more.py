"""Places of acts of force told by a participle on the people or things they were done to
("ambushed a convoy of trucks carrying fuel outside Kandahar"), and areas named with
"regency". Each sentence is hand-built; the code at c5c97e0 placed none of them."""

from coding import code_text


def places_of(pipeline, text, event_type):
    events = code_text(pipeline, text, "2021-03-18")
    return {e.location.name if e.location else None for e in events
            if e.event_type == event_type}


def test_an_ambush_is_where_the_convoy_it_struck_was(pipeline):
    text = ("Taliban fighters ambushed a convoy of Afghan army trucks carrying fuel outside "
            "Kandahar on Monday, officials said.")
    assert places_of(pipeline, text, "ASSAULT") == {"Kandahār"}


def test_a_killing_is_where_the_victims_were_on_guard(pipeline):
    text = ("Islamist militants killed three Kenyan policemen guarding a checkpoint near "
            "Garissa on Friday, officials said.")
    assert places_of(pipeline, text, "ASSAULT") == {"Garissa"}


def test_a_country_the_victims_were_in_is_no_place(pipeline):
    # the guard of the rule: a whole country is not where an act of force was done
    text = ("Islamist militants killed three Kenyan policemen guarding a checkpoint in "
            "Somalia on Friday, officials said.")
    assert places_of(pipeline, text, "ASSAULT") == {None}
