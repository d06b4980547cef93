"""False events, twelfth session: force the text only supposes ("would keep fighting",
"could seize more villages", "will storm the positions next week") is no attack of its own."""

from coding import code_text, of_type


def test_fighting_vowed_is_no_attack(pipeline):
    """"would keep fighting the army": a vow about force to come, no attack told."""
    text = ("A rebel spokesman said the group would keep fighting the Indonesian army and "
            "warned all foreigners to leave.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "ASSAULT") == []


def test_seizure_supposed_is_no_attack(pipeline):
    """"could seize more villages": a guess at force, no seizure made."""
    text = "Armenian troops could seize more villages in Azerbaijan, Baku said on Monday."
    assert of_type(code_text(pipeline, text, "2024-03-08"), "ASSAULT") == []


def test_seizure_made_stays_an_attack(pipeline):
    """The same verb told as done is still an attack."""
    text = "Armenian troops seized two villages in Azerbaijan on Monday, Baku said."
    assert len(of_type(code_text(pipeline, text, "2024-03-08"), "ASSAULT")) == 1


def test_attack_announced_is_no_attack(pipeline):
    """"will storm the positions next week": force said to come, no attack made yet."""
    text = ("Azerbaijan will storm the Armenian positions near Lachin next week, a defence "
            "official in Baku said.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "ASSAULT") == []
