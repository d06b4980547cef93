"""Sides of events told with region and people adjectives of one state ("Tigrayan rebels",
"Chechen fighters", "Uyghur activists"): they are that state's (ninth session, second
pass)."""

from coding import code_text, side_countries


def test_tigrayan_rebels_are_ethiopias(pipeline):
    text = ("Tigrayan rebels attacked an Eritrean army post near the border town of Zalambessa "
            "on Tuesday.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ASSAULT") == [("ETH", "ERI")]


def test_chechen_commander_is_russias(pipeline):
    text = "A Chechen commander accused Kyiv on Tuesday of executing prisoners of war."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("RUS", "UKR")]


def test_tibetan_refugees_are_chinas(pipeline):
    text = "Nepalese police detained 14 Tibetan refugees near the Chinese border on Tuesday."
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "COERCE") == [("NPL", "CHN")]


def test_dagestani_officials_are_russias(pipeline):
    text = ("Dagestani officials condemned Georgia on Tuesday for closing a mountain border "
            "crossing.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("RUS", "GEO")]


def test_darfuri_refugees_are_sudans(pipeline):
    text = ("Darfuri refugees in eastern Chad accused the Rapid Support Forces on Tuesday of "
            "burning their villages.")
    events = code_text(pipeline, text, "2023-05-10")
    assert side_countries(events, "ACCUSE") == [("SDN", "SDN")]
