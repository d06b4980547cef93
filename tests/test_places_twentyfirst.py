"""Places of the twenty-first session. A town told only as "the capital" is named as the news
spells its seat of government (the actor dictionary's seat: "Ulaanbaatar", "Lome", "Port Vila"),
not as the gazetteer does ("Ulan Bator", "Lomé", "Port-Vila"), since the sentence gives no
spelling of its own; a town named in the sentence keeps the gazetteer's name."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def test_the_mongolian_capital_is_named_as_the_news_spells_it(pipeline):
    text = ("Mongolian riot police detained dozens of protesters in the capital on Wednesday, "
            "the interior ministry said.")
    events = code_text(pipeline, text, PUB, dateline="Ulaanbaatar")
    assert place_names(events, "COERCE") == ["Ulaanbaatar"]


def test_the_togolese_capital_is_named_without_the_accent(pipeline):
    text = ("Togolese police arrested 30 opposition activists in the capital on Tuesday, "
            "a party spokesman said.")
    assert place_names(code_text(pipeline, text, PUB), "COERCE") == ["Lome"]


def test_a_capital_the_sentence_names_keeps_the_gazetteer_name(pipeline):
    """Guard: the sentence's own name of the town is read as the gazetteer spells it."""
    text = "Togolese police arrested 30 opposition activists in Lomé on Tuesday."
    assert place_names(code_text(pipeline, text, PUB), "COERCE") == ["Lomé"]
