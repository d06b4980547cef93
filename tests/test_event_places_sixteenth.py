"""Sixteenth-session places. An event noun whose verb of occurrence is an infinitive under "due",
"expected", "set" or "likely" takes the place that verb gives ("talks ... are likely to open in
Washington"), and so do the talks of "a round of talks"; a small town of a country the story
names but is not mainly about yields its name to a city that owns the name and is many times
bigger ("met U.S. envoys in Geneva" is Switzerland's Geneva, not Geneva, Illinois), while a town
of the story's own country, or one written with its state after it ("Moscow, Idaho"), keeps
it; a town owning a part of itself that has a name of its own ("Tunis's Avenue Habib
Bourguiba") or a district ("Nairobi's central business district") is where the act on that
part happened; a body the actor dictionary knows, owning a base ("a NATO base"), is no place,
but a base it owns "in" a country is in that country. Force aimed "at" or "on" people whom a
participle places in "the city of X" happened there; an occasion named after its town ("the
Baghdad Conference") was held in that town.

Each test uses a hand-built sentence that the code at aec77c0 got wrong, except the guards,
which passed there too."""

from coding import code_text

from newsevents.places import Gazetteer


def located(pipeline, text, event_type, pub="2024-03-08"):
    events = [e for e in code_text(pipeline, text, pub) if e.event_type == event_type]
    assert events, f"no {event_type} event"
    return [(e.location.name, e.location.country) if e.location else None for e in events]


def test_talks_set_to_begin_in_a_town(pipeline):
    text = ("Peace talks between Sudan's army and the RSF were set to begin in Jeddah on "
            "Saturday, mediators said.")
    assert located(pipeline, text, "CONSULT") == [("Jeddah", "SAU")]


def test_talks_likely_to_open_in_a_capital(pipeline):
    text = "Fresh talks between Armenia and Azerbaijan are likely to open in Washington this month."
    assert located(pipeline, text, "CONSULT") == [("Washington", "USA")]


def test_guard_a_place_of_the_speakers_is_not_the_talks(pipeline):
    text = ("The talks between Serbia and Kosovo are due to start on Monday, officials in "
            "Brussels said.")
    assert located(pipeline, text, "CONSULT") == [None]


def test_a_famous_city_over_a_small_town_of_a_named_country(pipeline):
    text = ("Colombian President Ivan Duque met U.S. Secretary of State Antony Blinken in "
            "Geneva on Monday.")
    assert located(pipeline, text, "CONSULT") == [("Geneva", "CHE")]


def test_a_capital_over_a_small_town_of_a_named_country(pipeline):
    text = "Bolivian Foreign Minister Rogelio Mayta met U.S. envoys in Vienna on Tuesday."
    assert located(pipeline, text, "CONSULT") == [("Vienna", "AUT")]


def test_a_million_city_over_a_town_of_fifty_thousand(pipeline):
    text = "Ecuador's president Daniel Noboa met American officials in Dublin on Friday."
    assert located(pipeline, text, "CONSULT") == [("Dublin", "IRL")]


def test_a_town_of_the_story_s_own_country_keeps_its_name(pipeline):
    text = ("Portuguese officers arrested four smugglers in Lagos on Thursday, Portugal's "
            "police said.")
    assert located(pipeline, text, "COERCE") == [("Lagos", "PRT")]


def test_a_scottish_town_in_a_british_story(pipeline):
    text = ("British police detained 20 environmental activists in Perth on Tuesday, the "
            "Scottish government said.")
    assert located(pipeline, text, "COERCE") == [("Perth", "GBR")]


def test_a_town_with_its_state_after_it(pipeline):
    text = ("Russian diplomats met Chinese envoys in Moscow, Idaho, on Sunday, the Russian "
            "foreign ministry said.")
    assert located(pipeline, text, "CONSULT") == [("Moscow", "USA")]


def test_a_town_with_its_state_or_province_in_the_gazetteer():
    gazetteer = Gazetteer()
    assert gazetteer.lookup("Moscow, Idaho", {"RUS": 3}).country == "USA"
    assert gazetteer.lookup("Perth, Western Australia", {"GBR": 3}).country == "AUS"
    assert gazetteer.town_in_division("Moscow, Bavaria") is None


def test_guard_a_big_town_of_the_story_keeps_its_name():
    gazetteer = Gazetteer()
    assert gazetteer.lookup("Valencia", {"PHL": 3}).country == "PHL"
    assert gazetteer.lookup("Tripoli", {"LBN": 3}).country == "LBN"


def test_a_town_owning_a_named_avenue(pipeline):
    text = "Tunisian police dispersed a rally in Tunis's Avenue Habib Bourguiba on Friday."
    assert located(pipeline, text, "COERCE") == [("Tunis", "TUN")]


def test_a_town_owning_a_named_plaza(pipeline):
    text = "Thousands of Chilean students rallied in Santiago's Plaza Italia on Thursday."
    assert located(pipeline, text, "PROTEST") == [("Santiago", "CHL")]


def test_a_town_owning_a_district(pipeline):
    text = ("Kenyan police fired tear gas at protesters in Nairobi's central business district "
            "on Tuesday.")
    assert located(pipeline, text, "COERCE") == [("Nairobi", "KEN")]


def test_a_town_owning_a_building(pipeline):
    text = ("Indonesian police detained dozens of students outside Jakarta's parliament "
            "building on Thursday.")
    assert located(pipeline, text, "COERCE") == [("Jakarta", "IDN")]


def test_guard_a_capital_owning_a_decision_is_no_place(pipeline):
    text = "Russia's ambassador criticised Washington's decision to expel diplomats."
    assert located(pipeline, text, "ACCUSE") == [None]


def test_a_body_owning_a_base_is_no_place(pipeline):
    text = ("Jihadists attacked a NATO base in Afghanistan's Helmand province on Friday, "
            "officials said.")
    assert located(pipeline, text, "ASSAULT") == [("Helmand", "AFG")]


def test_a_union_owning_a_base_is_no_place_but_its_country_stays(pipeline):
    text = ("Al Shabaab fighters attacked a European Union training base in Somalia's Middle "
            "Shabelle region on Monday.")
    assert located(pipeline, text, "ASSAULT") == [("European Union training base", "SOM")]


def test_a_body_owning_a_base_in_a_country_keeps_the_country(pipeline):
    text = ("Russian drones attacked a NATO base in Latvia on Tuesday, the Latvian army said in "
            "a statement.")
    assert located(pipeline, text, "ASSAULT") == [("NATO base", "LVA")]


def test_guard_a_town_owning_a_base_stays(pipeline):
    text = ("Al Shabaab fighters stormed a European Union training base near Jowhar on "
            "Monday.")
    assert located(pipeline, text, "ASSAULT") == [("Jawhar", "SOM")]


def test_force_at_people_doing_something_in_the_town_of(pipeline):
    text = ("Sri Lankan police fired water cannon at students camping in the town of Kandy on "
            "Sunday.")
    assert located(pipeline, text, "COERCE") == [("Kandy", "LKA")]


def test_force_at_people_blocking_a_road_near_the_city_of(pipeline):
    text = ("Bolivian troops fired tear gas at miners blocking a highway near the city of Oruro "
            "on Monday.")
    assert located(pipeline, text, "COERCE") == [("Oruro", "BOL")]


def test_force_at_people_rallying_in_the_city_of(pipeline):
    text = ("Turkish police fired rubber bullets at students rallying in the city of Izmir on "
            "Saturday.")
    assert located(pipeline, text, "COERCE") == [("İzmir", "TUR")]


def test_guard_people_carrying_things_to_a_town(pipeline):
    text = "Nigerian soldiers fired at a crowd carrying coffins to Abuja on Monday."
    assert located(pipeline, text, "ASSAULT") == [None]


def test_an_occasion_named_after_its_town(pipeline):
    text = ("Iranian and Saudi officials held talks on the sidelines of the Baghdad Conference "
            "on Tuesday.")
    assert located(pipeline, text, "CONSULT") == [("Baghdad", "IRQ")]


def test_a_forum_named_after_its_town(pipeline):
    text = ("Iraqi and Turkish foreign ministers met on the sidelines of the Doha Forum on "
            "Sunday.")
    assert located(pipeline, text, "CONSULT") == [("Doha", "QAT")]


def test_a_longer_occasion_name_after_its_town(pipeline):
    text = "Indian and Pakistani diplomats met at the Tehran Dialogue Forum on Monday."
    assert located(pipeline, text, "CONSULT") == [("Tehran", "IRN")]


def test_guard_a_group_named_after_a_town_is_no_place(pipeline):
    text = ("Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani envoys and the OSCE Minsk "
            "Group co-chairs in Vienna on Monday.")
    assert located(pipeline, text, "CONSULT") == [("Vienna", "AUT")]


def test_guard_a_meeting_after_a_forum_keeps_its_own_town(pipeline):
    text = ("Iraqi and Turkish foreign ministers met in Ankara on Sunday after the Doha "
            "Forum.")
    assert located(pipeline, text, "CONSULT") == [("Ankara", "TUR")]


def test_a_round_of_talks_expected_to_begin_in_a_town(pipeline):
    text = ("A new round of talks between Iran and the United States is expected to begin in "
            "Muscat on Saturday.")
    assert located(pipeline, text, "CONSULT") == [("Muscat", "OMN")]


def test_a_round_of_negotiations_opened_in_a_town(pipeline):
    text = ("A fresh round of negotiations between Ethiopia and Egypt opened in Khartoum on "
            "Monday.")
    assert located(pipeline, text, "CONSULT") == [("Khartoum", "SDN")]


def test_a_session_of_talks_scheduled_to_start_in_a_town(pipeline):
    text = ("The third session of talks between Serbia and Kosovo is scheduled to start in "
            "Brussels on Thursday.")
    assert located(pipeline, text, "CONSULT") == [("Brussels", "BEL")]


def test_guard_a_round_of_talks_with_only_the_speakers_placed(pipeline):
    text = ("A new round of talks between Iran and the United States is expected to begin on "
            "Saturday, officials in Muscat said.")
    assert located(pipeline, text, "CONSULT") == [None]
