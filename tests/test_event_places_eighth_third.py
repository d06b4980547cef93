"""Places of events, eighth session, third pass: "the capital" is the city the news called
the capital on the story's day (capitals that moved, seats of government that are not the
constitutional capital)."""

from coding import code_text, place_names


def test_moved_capital_before_the_move(pipeline):
    # Burundi's political capital moved from Bujumbura to Gitega in 2019
    events = code_text(pipeline, "Burundian police fired tear gas at hundreds of protesters "
                       "in the capital on Wednesday.", "2015-05-07")
    assert place_names(events, "COERCE") == ["Bujumbura"]


def test_moved_capital_after_the_move(pipeline):
    events = code_text(pipeline, "Burundian soldiers arrested dozens of opposition activists "
                       "in the capital on Tuesday.", "2023-03-08")
    assert "Gitega" in place_names(events, "COERCE")


def test_seat_of_government_not_constitutional_capital(pipeline):
    events = code_text(pipeline, "Ivorian security forces fired tear gas at opposition "
                       "supporters in the capital on Saturday.", "2020-08-23")
    assert place_names(events, "COERCE") == ["Abidjan"]


def test_capital_named_by_adjective_before_a_move(pipeline):
    events = code_text(pipeline, "Nigerian troops detained scores of student protesters in the "
                       "Nigerian capital on Monday.", "1989-06-01")
    assert place_names(events, "COERCE") == ["Lagos"]
