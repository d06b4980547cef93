"""False events, sixteenth session: pressing an act of force is carrying it on ("pressed their
siege of the city" is the siege, no request to anyone)."""

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
