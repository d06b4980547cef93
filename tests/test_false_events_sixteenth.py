"""False events, sixteenth session: pressing an act of force is carrying it on ("pressed their
siege of the city" is the siege, no request to anyone); the act a help is for is an aim; an
agreement that is the subject of another verb is a topic; attending a handover is witnessing it."""

from coding import code_text, of_type


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
