"""False events, sixteenth session: pressing an act of force is carrying it on ("pressed their
siege of the city" is the siege, no request to anyone), but an act of force a state is pressed
over or about is what it is asked about; the act a help is for is an aim; an agreement that is
the subject of another verb is a topic, unless the noun tells it made or coming into effect;
attending a handover is witnessing it."""

from coding import code_text, of_type, side_codes


def test_pressing_an_offensive_is_no_request(pipeline):
    """"pressed their offensive", "pressed an assault", "pressed the siege": the force goes
    on; nobody is asked anything."""
    for text in ("Ethiopian troops pressed their offensive against Tigrayan rebels near Mekele on "
                 "Tuesday, residents said.",
                 "Myanmar's army pressed an assault on the Karen rebel stronghold of Myawaddy on "
                 "Monday, forcing villagers to flee.",
                 "Azerbaijani forces pressed the siege of Stepanakert on Friday, officials in "
                 "Yerevan said."):
        assert of_type(code_text(pipeline, text, "2023-03-10"), "REQUEST") == [], text


def test_pressing_an_offensive_codes_the_offensive(pipeline):
    """The pressed noun is the act: "pressed an assault on the Karen rebels" is an ASSAULT."""
    text = ("Myanmar's army pressed an assault on the Karen rebel stronghold of Myawaddy on "
            "Monday, forcing villagers to flee.")
    assert len(of_type(code_text(pipeline, text, "2023-03-10"), "ASSAULT")) == 1


def test_pressing_a_government_stays_a_request(pipeline):
    """"pressed Hungary to drop its veto", "pressed for a ceasefire": requests."""
    for text in ("Germany pressed Hungary on Monday to drop its veto on aid to Ukraine, officials "
                 "in Berlin said.",
                 "France pressed for a ceasefire in Lebanon at the meeting in Paris on Tuesday, "
                 "the foreign ministry said."):
        assert len(of_type(code_text(pipeline, text, "2023-03-10"), "REQUEST")) == 1, text


def test_the_act_a_help_is_for_is_an_aim(pipeline):
    """"arrived to help quell unrest", "ready to help fund a fleet": the help is the news; the
    act it serves is not told done (unrealised_aims.py)."""
    cases = (("Turkish troops arrived in Azerbaijan on Monday to help quell unrest in the border "
              "districts, the defence ministry in Ankara said.", "COERCE"),
             ("Japan said on Friday it was ready to help fund a new coast guard fleet for the "
              "Philippines, the foreign ministry in Tokyo said.", "AID"))
    for text, kind in cases:
        assert of_type(code_text(pipeline, text, "2023-03-10"), kind) == [], text


def test_the_help_itself_stays(pipeline):
    """The deployment that brings the help is still coded."""
    text = ("Turkish troops arrived in Azerbaijan on Monday to help quell unrest in the border "
            "districts, the defence ministry in Ankara said.")
    assert len(of_type(code_text(pipeline, text, "2023-03-10"), "MOBILIZE")) == 1


def test_a_help_told_done_keeps_its_act(pipeline):
    """"Australian soldiers helped quell riots": done, and coded."""
    text = ("Australian soldiers helped quell riots in Honiara on Friday, the Solomon Islands "
            "government said, after two nights of looting in the capital.")
    assert len(of_type(code_text(pipeline, text, "2023-03-10"), "COERCE")) == 1


def test_an_agreement_as_subject_is_a_topic(pipeline):
    """"The deal ... came weeks after", "the pact ... covers", "a pledge ... has eased
    tensions": the accord is what the sentence is about, not one made there."""
    for text in ("The deal between Kenya and Tanzania came weeks after a drought cut the flow of "
                 "the rivers that feed their shared lake, officials in Nairobi said on Monday.",
                 "The pact between Ghana and Togo covers fishing rights along their shared coast, "
                 "officials in Accra said on Monday.",
                 "A pledge by Peru and Chile last year to share border intelligence has eased "
                 "tensions along the frontier, diplomats in Lima said on Wednesday."):
        assert of_type(code_text(pipeline, text, "2023-03-10"), "AGREE") == [], text


def test_an_agreement_made_stays(pipeline):
    """"signed a deal", "the agreement ... was signed": an accord made."""
    for text in ("Egypt and Ethiopia signed a deal in Cairo on Monday to share water from the "
                 "Nile, the Egyptian foreign ministry said.",
                 "The agreement between Egypt and Ethiopia was signed in Cairo on Monday after two "
                 "days of talks, the Egyptian foreign ministry said."):
        assert len(of_type(code_text(pipeline, text, "2023-03-10"), "AGREE")) == 1, text


def test_attending_a_handover_is_no_concession(pipeline):
    """"attended the handover": the attendees witness it; neither hands anything over."""
    for text in ("Thai and Lao ministers attended the handover of the Mekong ferry terminal in "
                 "Vientiane on Friday, the Lao foreign ministry said.",
                 "The Kenyan and Ugandan presidents attended the handover of three patrol boats at "
                 "Jinja on Monday, officials in Kampala said."):
        assert of_type(code_text(pipeline, text, "2023-03-10"), "CONCEDE") == [], text


def test_a_handover_and_attended_talks_stay(pipeline):
    """"handed over the border post" is a retreat; "attended talks" a meeting."""
    text = ("Kenya handed over the disputed border post to Uganda at a ceremony on Friday, "
            "officials in Kampala said.")
    assert len(of_type(code_text(pipeline, text, "2023-03-10"), "RETREAT")) == 1
    text = ("Egypt and Sudan attended talks in Addis Ababa on Monday on the filling of the Nile "
            "dam, the Ethiopian foreign ministry said.")
    assert len(of_type(code_text(pipeline, text, "2023-03-10"), "CONSULT")) == 1


def test_pressing_a_state_over_an_attack_is_a_request(pipeline):
    """"pressed Manila over its raid", "pressed the generals about the shelling": the act of
    force is what the pressure is about; the presser asks, and attacks no one."""
    cases = ("Vietnam pressed the Philippines over its raid on a fishing camp in the Spratlys on "
             "Wednesday, the foreign ministry in Hanoi said.",
             "Germany pressed Turkey on Thursday about the bombardment of Kurdish villages in "
             "northern Syria, officials in Berlin said.")
    for text in cases:
        events = code_text(pipeline, text, "2023-03-10")
        assert of_type(events, "ASSAULT") == [] and of_type(events, "COERCE") == [], text
        assert len(of_type(events, "REQUEST")) == 1, text


def test_pressing_an_official_on_an_attack_is_no_attack(pipeline):
    """"pressed the interior minister on the raid": the raid is not the questioners' own."""
    text = ("Opposition deputies in Nairobi pressed the interior minister on the police raid "
            "on a slum during a hearing on Tuesday.")
    events = code_text(pipeline, text, "2023-03-10")
    assert of_type(events, "COERCE") == [] and of_type(events, "ASSAULT") == []


def test_pressing_ahead_with_an_offensive_codes_it(pipeline):
    """"pressed ahead with the offensive": the object of "with" is the act pressed on."""
    text = ("Ethiopian troops pressed ahead with their offensive against Tigrayan rebels near "
            "Mekele on Tuesday, residents said.")
    assert len(of_type(code_text(pipeline, text, "2023-03-10"), "ASSAULT")) == 1


def test_an_agreement_told_made_as_subject_stays(pipeline):
    """"an accord reached in Geneva on Friday opens ...", "a truce between them ... took
    effect", "a Turkish-brokered deal ... freed", "a deal ... ends the dispute": the noun itself
    tells the accord made or coming into effect."""
    cases = (("An accord between Armenia and Azerbaijan reached in Geneva on Friday opens the "
              "border to trade, Swiss officials said.", ("ARM", "AZE")),
             ("A truce agreement between Ethiopia and Eritrea took effect at dawn on Saturday, "
              "officials in Addis Ababa said.", ("ETH", "ERI")),
             ("A deal between Ghana and Togo signed in Lome on Tuesday ends a long quarrel over "
              "fishing grounds, officials said.", ("GHA", "TGO")))
    for text, (one, other) in cases:
        pairs = side_codes(code_text(pipeline, text, "2023-03-10"), "AGREE")
        assert any({s[:3], (t or "")[:3]} == {one, other} for s, t in pairs), (text, pairs)


def test_an_agreement_ending_a_war_long_ago_is_a_topic(pipeline):
    """"the peace deal ... ended a war": told in the past with no day, background."""
    text = ("The peace deal between Angola and the UNITA rebels ended a war that killed half a "
            "million people, historians said.")
    assert of_type(code_text(pipeline, text, "2023-03-10"), "AGREE") == []


def test_an_attended_handover_keeps_its_own_doer(pipeline):
    """"attended Britain's handover of the islands": the handover is coded from its own
    owner, never from the attendees; an attendee whom the sentence does not make the giver
    ("Indian diplomats attended the handover of the islands to Mauritius") hands nothing over."""
    text = ("French diplomats attended Britain's handover of the Chagos Islands in Port Louis "
            "on Thursday, officials said.")
    pairs = side_codes(code_text(pipeline, text, "2023-03-10"), "CONCEDE")
    assert pairs and all(s.startswith("GBR") for s, _ in pairs), pairs
    text = ("Indian diplomats attended the handover of the Chagos Islands to Mauritius in Port "
            "Louis on Thursday, officials said.")
    assert of_type(code_text(pipeline, text, "2023-03-10"), "CONCEDE") == []
