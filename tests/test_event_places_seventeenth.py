"""Seventeenth-session places: a feature at sea the model does not tag ("the Second Thomas
Shoal") is the place, not the sea its "in" phrase names, but a person whose name ends in a
feature noun ("the columnist Mehmet Bay") is no place; a provincial or regional seat of power
is not the national capital; a town owning a spot whose name the parser splits ("Nairobi's
Africa Heritage Plaza") is the place.

Each test uses a hand-built sentence the code at 1d6e7bc got wrong, except the guards, which
passed there too."""

from coding import code_text, place_names


def places(pipeline, text, event_type, pub="2024-03-15"):
    return place_names(code_text(pipeline, text, pub), event_type)


def test_an_untagged_shoal_beats_the_sea_it_lies_in(pipeline):
    text = ("Chinese coast guard ships fired water cannon at a Philippine supply boat near the "
            "Second Thomas Shoal in the South China Sea on Monday.")
    assert places(pipeline, text, "COERCE") == ["Second Thomas Shoal"]


def test_an_untagged_shoal_after_off(pipeline):
    text = ("A Chinese coast guard cutter blocked two Philippine boats off Sabina Shoal in the "
            "Spratly Islands on Sunday.")
    assert places(pipeline, text, "REJECT") == ["Sabina Shoal"]


def test_a_tagged_island_in_a_sea_is_kept(pipeline):
    text = ("Houthi fighters fired a missile at a tanker near Perim Island in the Red Sea on "
            "Thursday.")
    assert places(pipeline, text, "ASSAULT") == ["Perim Island"]


def test_a_body_named_after_a_gulf_is_no_place(pipeline):
    text = "The Gulf Cooperation Council condemned the Iranian missile attack on Monday."
    assert all(p is None for p in places(pipeline, text, "ACCUSE"))


def test_a_person_named_like_a_bay_is_no_place(pipeline):
    text = ("Turkish police detained the columnist Mehmet Bay on Tuesday over an article "
            "criticising the army.")
    assert places(pipeline, text, "COERCE") == [None]


def test_a_provincial_legislature_is_not_the_capital(pipeline):
    text = ("Indonesian police arrested 12 students who had gathered outside the provincial "
            "legislature on Wednesday.")
    assert places(pipeline, text, "COERCE") == [None]


def test_a_regional_parliament_is_not_the_capital(pipeline):
    text = ("Iraqi riot police fired tear gas at farmers protesting outside the regional "
            "parliament on Monday.")
    assert places(pipeline, text, "COERCE") == [None]


def test_the_parliament_is_still_the_capital(pipeline):
    text = "Kenyan police arrested 12 students outside the parliament on Wednesday."
    assert places(pipeline, text, "COERCE") == ["Nairobi"]


def test_the_national_congress_is_still_the_capital(pipeline):
    text = ("Peruvian police fired tear gas at protesters outside the national congress on "
            "Monday.")
    assert places(pipeline, text, "COERCE") == ["Lima"]


def test_a_town_owning_a_spot_whose_name_the_parser_splits(pipeline):
    text = ("Police detained protesters who had gathered in Nairobi's Africa Heritage Plaza on "
            "Sunday.")
    assert places(pipeline, text, "COERCE") == ["Nairobi"]


def test_a_town_owning_a_square_dispersed_from(pipeline):
    text = ("Riot police dispersed opposition supporters who had gathered in Harare's Africa "
            "Unity Square on Friday.")
    assert places(pipeline, text, "COERCE") == ["Harare"]


def test_a_town_owning_a_named_square_is_still_placed(pipeline):
    text = ("Riot police dispersed traders who had gathered in Lusaka's Freedom Statue Square on "
            "Monday.")
    assert places(pipeline, text, "COERCE") == ["Lusaka"]


def test_a_country_owning_a_fleet_is_no_place(pipeline):
    text = "Ukraine accused Russia's Black Sea Fleet of shelling the port on Monday."
    assert places(pipeline, text, "ACCUSE") == [None]
