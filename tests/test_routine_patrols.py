"""False events, fifteenth session: a routine patrol is no mobilisation (routine_patrols.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-08"
FILLER = " The statement was issued late in the evening."


def test_soldiers_on_patrol_are_no_mobilisation(pipeline):
    text = ("Indian soldiers patrolled the Line of Control near Poonch on Monday, an army "
            "spokesman said." + FILLER)
    assert of_type(code_text(pipeline, text, PUB), "MOBILIZE") == []


def test_marines_patrolling_a_harbour_are_no_mobilisation(pipeline):
    text = ("Dutch marines were patrolling the harbour at Willemstad when the Venezuelan boat "
            "approached." + FILLER)
    assert of_type(code_text(pipeline, text, PUB), "MOBILIZE") == []


def test_police_patrols_seen_are_no_mobilisation(pipeline):
    text = ("Nigerien police patrols were seen in the streets of Niamey on Friday as the vote "
            "count went on." + FILLER)
    assert of_type(code_text(pipeline, text, PUB), "MOBILIZE") == []


def test_patrols_stepped_up_stay_a_mobilisation(pipeline):
    text = ("Kenya stepped up patrols along its border with Somalia after the raid on "
            "Tuesday." + FILLER)
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("KEN", "SOM")]


def test_patrolling_together_stays_cooperation(pipeline):
    text = ("Russian and Turkish troops patrolled together east of the Euphrates on "
            "Thursday." + FILLER)
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "MOBILIZE") == []
    assert len(of_type(events, "COOPERATE")) == 1


def test_patrols_stepped_up_in_the_passive_stay_a_mobilisation(pipeline):
    """"Patrols were stepped up": the trigger holds the word of change, not only "patrols"."""
    text = ("Patrols were stepped up along the border with Chad on Monday after the raid, a "
            "Sudanese army spokesman said in Khartoum." + FILLER)
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("SDN", "TCD")]


def test_warships_patrolling_off_another_state_stay_a_mobilisation(pipeline):
    """A patrol aimed at another state is a show of force, not a routine."""
    text = ("Russian warships patrolled the waters off the Norwegian archipelago of Svalbard on "
            "Sunday, the Norwegian navy said." + FILLER)
    assert ("RUS", "NOR") in side_countries(code_text(pipeline, text, PUB), "MOBILIZE")


def test_frigates_that_began_patrolling_off_another_state_stay_a_mobilisation(pipeline):
    text = "Turkish frigates began patrolling the sea off northern Cyprus on Sunday." + FILLER
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("TUR", "CYP")]
