"""False events and wrong types of the twentieth session. A court that sentences or convicts
someone takes legal action against that person (CAMEO 173, COERCE), as the annotators code it:
no sanction between states."""

from coding import code_text, of_type, side_prefixes

PUB = "2024-03-14"  # a Thursday


def test_court_sentence_is_coercion(pipeline):
    text = ("A court in Tehran on Tuesday sentenced a Swedish aid worker to eight years in "
            "prison for spying.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION") == []
    assert side_prefixes(events, "COERCE") == [("IRN", "SWE")]


def test_conviction_is_coercion(pipeline):
    text = "A Belarusian court convicted three opposition activists of organising riots."
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION") == []
    assert len(of_type(events, "COERCE")) == 1


def test_sanctions_between_states_stay_sanctions(pipeline):
    """Negative case: a state's sanctions on another are still SANCTION."""
    text = "The United States imposed sanctions on Venezuela's oil ministry on Monday."
    events = code_text(pipeline, text, PUB)
    assert len(of_type(events, "SANCTION")) == 1
    assert of_type(events, "COERCE") == []

