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


def test_a_guessed_past_attack_happened(pipeline):
    """"may have shelled": a hedged past act, told as done."""
    text = ("Eritrean artillery may have shelled Ethiopian border villages on Sunday, aid "
            "workers said.")
    [event] = of_type(code_text(pipeline, text, "2024-03-08"), "ASSAULT")
    assert event.status == "occurred"


def test_a_narrated_later_attack_happened(pipeline):
    """"would later bomb": a narrative past, not a plan."""
    text = ("The truce collapsed in March. Syrian jets would later bomb rebel depots near "
            "Idlib.")
    [event] = of_type(code_text(pipeline, text, "2024-03-08"), "ASSAULT")
    assert event.status == "occurred"


def test_attacks_a_side_says_it_will_keep_up_are_its_threat(pipeline):
    """"said it would keep shelling": its own side's announced force is a threat."""
    text = "The Houthis said they would keep shelling Saudi border towns."
    events = code_text(pipeline, text, "2024-03-08")
    assert of_type(events, "ASSAULT") == []
    assert [(e.source.country, e.target.country) for e in of_type(events, "THREATEN")] == [
        ("YEM", "SAU")]


def test_a_reported_later_attack_is_no_narrated_past(pipeline):
    """"would later bomb ..., the ministry said": said of force to come, not told as done."""
    text = ("Iranian drones would later strike Kurdish militant camps in northern Iraq, the "
            "Iranian defence ministry said on Tuesday.")
    events = code_text(pipeline, text, "2024-03-08")
    assert all(e.status != "occurred" for e in of_type(events, "ASSAULT"))


def test_a_blast_supposed_under_an_inverted_condition_did_not_happen(pipeline):
    """"could have killed dozens had it exploded": a counterfactual, no attack made."""
    text = ("The roadside bomb could have killed dozens of Afghan policemen had it exploded "
            "near the checkpoint, officials said on Monday.")
    events = code_text(pipeline, text, "2024-03-08")
    assert all(e.status != "occurred" for e in of_type(events, "ASSAULT"))
