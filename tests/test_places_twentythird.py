"""Places of the twenty-third session. An event noun carried out by a verb of its own happened
where the verb did ("drove a joint patrol along the M4", "take part in joint exercises at ranges
near Brest"), and "over" a place is where a flight or an exercise was ("flight exercises over
Guyana"), not what talks are about (``conducted_acts``). A visit goes to a country as it goes to
a capital ("will travel to Egypt and Israel"). A town on the governing body a statement is
addressed to is that body's seat, not where the words were said ("called on the government in
Caracas"), while the speaker's own seat still is ("The Kurdish regional government in Arbil
condemned"). A handover participle's town named as a province's ("handing him over to a
commission in the northeastern province of Arauca") is the release's place."""

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


def test_a_visit_to_a_country_is_there(pipeline):
    text = "Sarkozy will travel to Egypt and Israel on Monday to press for a ceasefire."
    events = code_text(pipeline, text, PUB)
    assert sorted(place_names(events, "CONSULT")) == ["Egypt", "Israel"]


def test_an_addressed_government_s_seat_is_no_place_of_the_appeal(pipeline):
    text = ('The U.S. State Department on Sunday condemned what it called "the brutal '
            'repression of peaceful protesters" and called on the government in Caracas to free '
            "all political prisoners.")
    assert place_names(code_text(pipeline, text, PUB), "REQUEST") == [None]


def test_the_speaking_government_s_seat_stays_the_place(pipeline):
    """Guard: the seat of the body that speaks is where it spoke."""
    text = ("The Kurdish regional government in Arbil condemned the raid on Monday, saying it "
            "had damaged villages and killed livestock, and called on the federal government in "
            "Baghdad to raise the matter with Ankara.")
    assert place_names(code_text(pipeline, text, PUB), "REQUEST") == ["Erbil"]


def test_a_handover_in_a_named_province_places_the_release(pipeline):
    text = ("Colombia's ELN guerrillas freed a soldier they had held for seven weeks, handing him "
            "over to a humanitarian commission in the northeastern province of Arauca on "
            "Thursday, the Catholic Church said.")
    assert place_names(code_text(pipeline, text, PUB), "RETREAT") == ["Arauca"]


def test_a_refusal_told_in_a_town_was_said_there(pipeline):
    text = ("Doumbouya told ambassadors in Conakry on Thursday that the former president was in "
            'good health and would not be released "for the time being".')
    assert place_names(code_text(pipeline, text, PUB), "REJECT") == ["Conakry"]


def test_a_summons_to_the_ministry_in_a_capital_is_there(pipeline):
    text = ("Foreign Minister Nobutaka Machimura summoned Chinese Ambassador Wang Yi to the "
            "ministry in Tokyo to lodge a formal protest over Saturday's violence.")
    assert place_names(code_text(pipeline, text, PUB), "ACCUSE") == ["Tokyo"]


def test_a_visit_told_by_its_country_is_the_visit_told_by_its_capital(pipeline):
    """A visit placed in a country and the same visit placed in its capital are one event."""
    text = ("Japanese Foreign Minister Kenji Tanabe is due to visit Seoul on March 3 for talks "
            "with South Korean Foreign Minister Kang Kyung-wha. It will be the first visit by a "
            "Japanese foreign minister to South Korea in almost two years.")
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "CONSULT"]
    assert [e.location.name for e in events] == ["Seoul"]


def test_strikes_in_a_country_and_near_one_of_its_towns_stay_apart(pipeline):
    """Guard: strikes told in a country and near a town of it on one day are two events."""
    text = ("Israeli jets pounded Hezbollah positions in southern Lebanon on Thursday, the "
            "Israeli military said. Israeli jets also bombed a Hezbollah depot near Tyre on "
            "Thursday.")
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "ASSAULT"]
    assert len(events) == 2
