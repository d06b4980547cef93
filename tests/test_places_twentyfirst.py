"""Places of the twenty-first session. A town told only as "the capital" is named as the news
spells its seat of government (the actor dictionary's seat: "Ulaanbaatar", "Lome", "Port Vila"),
not as the gazetteer does ("Ulan Bator", "Lomé", "Port-Vila"), since the sentence gives no
spelling of its own; a town named in the sentence keeps the gazetteer's name. An armed attack
that no clause rule places takes a town its own sentence names in one of its sides' countries
before the sentence before and the dateline's town (``attack_places``); a town of another
country is not taken."""

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


def _attack_places(pipeline, text, dateline):
    return place_names(code_text(pipeline, text, PUB, dateline=dateline), "ASSAULT")


def test_an_attack_takes_the_town_its_sentence_names_over_the_dateline(pipeline):
    text = ("Al Shabaab fighters publicly executed two men accused of spying for the government "
            "in Baidoa on Monday, a local elder said.")
    assert _attack_places(pipeline, text, "Mogadishu") == ["Baidoa"]


def test_a_town_of_another_country_leaves_the_dateline_town(pipeline):
    """Guard: a Senegalese spokesman's town is not where a Malian convoy was ambushed."""
    text = ("Islamist militants ambushed a Malian army convoy on Tuesday, killing four soldiers, "
            "a spokesman for the Senegalese army in Dakar said.")
    assert _attack_places(pipeline, text, "Bamako") == ["Bamako"]
