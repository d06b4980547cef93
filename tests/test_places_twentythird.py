"""Places of the twenty-third session. An event noun carried out by a verb of its own happened
where the verb did ("drove a joint patrol along the M4", "take part in joint exercises at ranges
near Brest"), and "over" a place is where a flight or an exercise was ("flight exercises over
Guyana"), not what talks are about (``conducted_acts``)."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def test_exercises_taken_part_in_are_where_the_verb_puts_them(pipeline):
    text = ("The Belarusian defence ministry said on Wednesday that some 12,000 Russian and "
            "Belarusian servicemen would take part in joint exercises at ranges near Brest "
            "from September 12 to 18.")
    assert place_names(code_text(pipeline, text, PUB), "COOPERATE") == ["Brest"]


def test_missions_flown_over_a_place_are_there(pipeline):
    text = ("Argentine and Bolivian air force crews flew joint rescue missions over the flooded "
            "savannah of Beni on Saturday and Sunday, Bolivia's civil defence office said.")
    assert place_names(code_text(pipeline, text, PUB), "COOPERATE") == ["Beni"]


def test_exercises_over_a_country_are_in_it(pipeline):
    text = ("U.S. and Guyanese military pilots will hold joint flight exercises over Guyana "
            "next week, the U.S. embassy said.")
    assert place_names(code_text(pipeline, text, PUB), "COOPERATE") == ["Guyana"]


def test_talks_over_a_region_are_not_there(pipeline):
    """Guard: "over" of a topic is no place."""
    text = "Indian and Pakistani officials held talks over Kashmir on Tuesday."
    assert place_names(code_text(pipeline, text, PUB), "CONSULT") == [None]
