"""Eleventh-session places, second round: an event told in a named part of a city (a suburb,
district, slum, street, square or airport the text ties to its city) is placed in the city,
the part's name kept as the place's text.

Each test uses a hand-built sentence the code at ba8591d got wrong."""

from coding import code_text, of_type, place_names


def places(pipeline, text, event_type, pub="2024-03-15"):
    return place_names(code_text(pipeline, text, pub), event_type)


def test_the_city_suburb_of_a_named_part(pipeline):
    text = ("Police fired tear gas at hundreds of stone-throwing youths in the Lagos suburb of "
            "Ikorodu on Thursday.")
    assert places(pipeline, text, "COERCE") == ["Lagos"]


def test_the_named_part_keeps_its_text(pipeline):
    text = "Rebels shelled the Damascus suburb of Jobar on Thursday, killing three civilians."
    [event] = of_type(code_text(pipeline, text, "2024-03-15"), "ASSAULT")
    assert (event.location.name, event.location.text) == ("Damascus", "Jobar")


def test_a_named_part_as_a_suburb_of_the_city(pipeline):
    text = ("Police dispersed a demonstration in Pikine, a suburb of Dakar, on Thursday. "
            "Officials gave no further details.")
    assert places(pipeline, text, "COERCE") == ["Dakar"]


def test_the_city_owning_its_district(pipeline):
    text = ("Army snipers fired on protesters in Khartoum's Burri district on Thursday, killing "
            "one man.")
    assert places(pipeline, text, "ASSAULT") == ["Khartoum"]


def test_a_town_in_a_region_stays_the_town(pipeline):
    text = ("Police fired tear gas at protesters in Kisumu in western Kenya on Thursday. "
            "Officials gave no further details.")
    assert places(pipeline, text, "COERCE") == ["Kisumu"]

