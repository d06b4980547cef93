"""Places of the ninth session's second places round: "out of" names the place an act leaves."""

from coding import code_text, place_names


def test_troops_pulled_out_of_a_town_are_placed_there(pipeline):
    events = code_text(pipeline, "Georgia pulled its troops out of Tskhinvali on Sunday.",
                       "2024-03-14")
    assert place_names(events, "RETREAT") == ["Ts’khinvali"]


def test_pulled_out_of_a_towns_suburbs(pipeline):
    events = code_text(pipeline, "Soldiers were pulled out of Harare's high-density suburbs "
                       "over the weekend, residents said.", "2024-03-14")
    assert place_names(events, "RETREAT") == ["Harare"]


def test_withdrew_soldiers_out_of_a_capital(pipeline):
    events = code_text(pipeline, "France withdrew its last soldiers out of Niamey on Friday, "
                       "ending a decade-long deployment.", "2024-03-14")
    assert place_names(events, "RETREAT") == ["Niamey"]


def test_began_pulling_out_of_the_town_of(pipeline):
    events = code_text(pipeline, "Turkish troops began pulling out of the Syrian town of "
                       "Tal Abyad on Monday, a monitoring group said.", "2024-03-14")
    assert place_names(events, "RETREAT") == ["Tal Abyad"]
