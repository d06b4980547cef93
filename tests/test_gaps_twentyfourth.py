"""Named resolution gaps, twenty-fourth session. An office every state has, named without its
state ("Foreign Office spokesman Mohammad Faisal"), is the story's own unless the story names
Britain (home_offices.py); an armed group with no country newly named ("Pro-Russian rebels",
"Islamist insurgents") belongs to the town or province its sentence sets it in, not to the
story's main country or the dateline's (armed_scenes.py); a national capital of a million
people owns its name against a small town of the story's country ("Dhaka" in a story naming
only India); a province of the country a story names most beats a big city or a lesser town of
a country it names less ("the department of Cordoba" in a story of Colombia, "Samar" in one of
the Philippines that names Ukraine once); a state's mission reports what its host did to its
people ("were freed, the Indian High Commission in Colombo said": Sri Lanka freed Indians;
reported_doers.hosted_sides); a camp bombed by a foreign force is not of the country that
deplores the bombing (reacted_acts.py)."""

from coding import code_text, side_countries

from newsevents.places import Gazetteer

PUB = "2024-03-14"  # a Thursday


def test_an_untitled_foreign_office_is_the_storys_own(pipeline):
    text = ("Pakistan summoned India's deputy high commissioner on Tuesday to protest "
            "cross-border firing in Kashmir. Foreign Office spokesman Mohammad Faisal said the "
            "envoy was handed a note demanding that New Delhi respect the ceasefire.")
    events = code_text(pipeline, text, PUB, dateline="Islamabad")
    assert side_countries(events, "REQUEST") == [("PAK", "IND")]


def test_the_foreign_office_of_a_story_naming_britain_is_british(pipeline):
    text = ("Britain will provide Jordan with 40 million pounds in aid to help it host Syrian "
            "refugees. The Foreign Office summoned Iran's ambassador on Tuesday.")
    events = code_text(pipeline, text, PUB, dateline="London")
    assert [s for s, _ in side_countries(events, "ACCUSE")] == ["GBR"]


def test_pro_russian_rebels_in_donetsk_are_ukraines(pipeline):
    text = ("Pro-Russian rebels handed over the plane's flight recorders to Malaysian experts "
            "in Donetsk late on Monday.")
    events = code_text(pipeline, text, PUB)
    assert [s for s, _ in side_countries(events, "RETREAT")] == ["UKR"]


def test_insurgents_in_a_province_belong_to_its_country_not_the_datelines(pipeline):
    text = ("Rwanda began sending 1,000 soldiers on Friday to Mozambique's northern Cabo "
            "Delgado province, where Islamist insurgents have killed more than 2,800 people, "
            "the government in Kigali said. The insurgents seized the coastal town of Palma "
            "in late March.")
    events = code_text(pipeline, text, PUB, dateline="Kigali")
    assert {s for s, _ in side_countries(events, "ASSAULT")} == {"MOZ"}


def test_a_capital_of_millions_beats_a_small_town_of_the_storys_country(pipeline):
    text = ("Indian Foreign Secretary Vikram Misri will visit Dhaka next week for talks on the "
            "Teesta water-sharing treaty, New Delhi said on Tuesday.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "CONSULT") == [("IND", "BGD")]
    assert Gazetteer().lookup("Dhaka", {"IND": 4}).country == "BGD"


def test_a_province_of_the_main_country_beats_a_big_city_of_an_unnamed_one():
    gazetteer = Gazetteer()
    assert gazetteer.lookup("Cordoba", {"COL": 3, "VEN": 2}).country == "COL"
    assert gazetteer.lookup("Cordoba", {"ARG": 1}).country == "ARG"


def test_a_province_of_the_main_country_beats_a_lesser_town_of_one_named_less():
    gazetteer = Gazetteer()
    assert gazetteer.lookup("Samar", {"PHL": 3, "UKR": 1}).country == "PHL"
    assert gazetteer.lookup("Samar", {"UKR": 3, "PHL": 1}).country == "UKR"


def test_a_release_a_mission_reports_is_its_hosts(pipeline):
    text = ("Twenty Indian fishermen were freed on Sunday and sent home, the Indian High "
            "Commission in Colombo said.")
    events = code_text(pipeline, text, PUB, dateline="Chennai")
    assert side_countries(events, "RETREAT") == [("LKA", "IND")]


def test_a_camp_bombed_by_a_foreign_force_is_not_the_deplorers(pipeline):
    text = ("Washington deplored the bombardment of a refugee camp by Sudanese government "
            "aircraft. Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ASSAULT") == [("SDN", "SDN")]
