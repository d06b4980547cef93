"""Named resolution gaps, twenty-third session. A town's own name joined by "of" is the town,
not the country it names ("in Port of Spain", which the model tags as "Port" and "Spain"); a
creed before a group's name describes it ("Communist New People's Army guerrillas"); lawmakers
"in Washington" sit in their state's capital; a name the news means as one town of several
keeps that town ("Donetsk" is Ukraine's), and a region named after its city is in the city's
country ("the Luhansk region"); a country the model calls a person after a word of its part is
still the place ("in central Mali"); firms "accused of supplying fuel to Myanmar's military"
are Myanmar's, and "the same firms" are those told before; "slapped travel bans and asset
freezes on", with "slapped" read as a modifier, is a sanction with its own verb. A nationality
after "pan-" names no state; a town listed by hand in a named country beats a famous namesake
("Palma" in Mozambique); a family name told again is the person named in full before ("Maliki"
after "Turki al-Maliki"); a trip to New York goes to the UN; a nationality after "pro-" names
whom a side supports ("Pro-Palestinian demonstrators" in Amman); "Saba" alone is Yemen's news
agency, not a town of Honduras."""

from coding import code_text, place_names, side_prefixes

PUB = "2024-03-14"  # a Thursday


def test_a_town_named_with_of_is_not_the_country(pipeline):
    text = ("Trinidad's foreign minister said he had spoken with his Venezuelan counterpart. "
            "The joint team is expected to meet for the first time in Port of Spain next week, "
            "he said.")
    events = code_text(pipeline, text, PUB, dateline="Port of Spain")
    assert "Spain" not in place_names(events, "CONSULT")
    assert "Port of Spain" in place_names(events, "CONSULT")


def test_a_creed_before_a_groups_name_keeps_the_group(pipeline):
    text = ("Communist New People's Army guerrillas ambushed an army patrol in the central "
            "province of Samar on Sunday, killing three soldiers, the military said.")
    events = code_text(pipeline, text, PUB, dateline="Manila")
    assert side_prefixes(events, "ASSAULT") == [("PHL", "PHL")]


def test_lawmakers_in_a_capital_are_of_its_state(pipeline):
    text = ("Republican lawmakers in Washington have called for U.S. military strikes on "
            "Mexican cartels. Mexico's foreign minister rejected the proposal.")
    events = code_text(pipeline, text, PUB, dateline="Mexico City")
    assert side_prefixes(events, "REJECT") == [("MEX", "USA")]


def test_donetsk_is_ukraines_in_a_story_naming_only_russia(pipeline):
    text = "Russian forces shelled a school in Donetsk on Tuesday, the United Nations said."
    assert side_prefixes(code_text(pipeline, text, PUB), "ASSAULT") == [("RUS", "UKR")]


def test_a_region_named_after_its_city_is_in_the_citys_country(pipeline):
    text = ("Police detained 12 activists in the Donetsk region on Tuesday, Russia's interior "
            "ministry said.")
    assert side_prefixes(code_text(pipeline, text, PUB), "COERCE") == [("UKR", "UKR")]


def test_a_country_called_a_person_after_a_word_of_its_part_is_the_place(pipeline):
    text = "French troops killed 12 civilians in central Mali on Tuesday."
    events = code_text(pipeline, text, PUB)
    assert side_prefixes(events, "ASSAULT") == [("FRA", "MLI")]
    assert place_names(events, "ASSAULT") == ["Mali"]


def test_firms_accused_of_supplying_a_military_are_its_countrys(pipeline):
    text = ("The United States on Tuesday imposed sanctions on three companies and two "
            "businessmen accused of supplying aviation fuel to Myanmar's military. Britain and "
            "Canada announced parallel asset freezes against two of the same firms the same "
            "day, timing their steps with Washington.")
    events = code_text(pipeline, text, PUB, dateline="Washington")
    assert sorted(side_prefixes(events, "SANCTION")) == [
        ("CAN", "MMR"), ("GBR", "MMR"), ("USA", "MMR")]


def test_a_measure_verb_read_as_a_modifier_is_the_measures_verb(pipeline):
    text = ("Guinea's military rulers on Sunday refused to give the Economic Community of West "
            "African States (ECOWAS) a date for handing power back to civilians. At a summit "
            "in Accra earlier this month, the 15-nation bloc suspended Guinea, slapped travel "
            "bans and asset freezes on junta members and demanded Conde's immediate release.")
    events = [e for e in code_text(pipeline, text, "2021-09-27", dateline="Conakry")
              if e.evidence.sentence_index == 1]
    assert ("IGO", "GIN") in side_prefixes(events, "SANCTION")
    assert ("IGO", "GIN") in side_prefixes(events, "REQUEST")
    assert side_prefixes(events, "CONSULT") == []


def test_a_nationality_after_pan_names_no_state(pipeline):
    text = ("The two largest transport unions in Peru threatened to block the Pan-American "
            "Highway again if Congress failed to pass the amnesty.")
    events = code_text(pipeline, text, PUB, dateline="Lima")
    assert all("USA" not in pair for pair in side_prefixes(events, "THREATEN"))


def test_a_listed_town_of_a_named_country_beats_a_famous_namesake(pipeline):
    text = ("Rwanda sent 1,000 soldiers to Mozambique on Friday. The insurgents seized the "
            "coastal town of Palma in late March, killing dozens of people.")
    events = code_text(pipeline, text, PUB, dateline="Kigali")
    assert [t for _, t in side_prefixes(events, "ASSAULT")] == ["MOZ"]


def test_a_family_name_told_again_is_the_person_named_in_full(pipeline):
    text = ("Coalition spokesman Colonel Turki al-Maliki said air defences had brought down six "
            "Houthi drones. \"The Iranian regime continues to supply these militias with "
            "weapons,\" Maliki said, accusing Tehran of arming the rebels.")
    events = code_text(pipeline, text, PUB, dateline="Riyadh")
    assert all(s != "IRQ" for s, _ in side_prefixes(events, "ACCUSE"))
    assert ("SAU", "IRN") in side_prefixes(events, "ACCUSE")


def test_a_trip_to_new_york_goes_to_the_united_nations(pipeline):
    text = ("Cambodia's foreign minister, Hor Namhong, is due to travel to New York next week "
            "to brief the council.")
    events = code_text(pipeline, text, PUB, dateline="Phnom Penh")
    assert side_prefixes(events, "CONSULT") == [("KHM", "IGO")]


def test_a_nationality_after_pro_names_whom_a_side_supports(pipeline):
    text = ("Pro-Palestinian demonstrators rallied outside the U.S. embassy in Amman on Friday. "
            "Jordanian police arrested several protesters who tried to reach the building.")
    events = code_text(pipeline, text, PUB, dateline="Amman")
    assert side_prefixes(events, "PROTEST") == [("JOR", "USA")]
    assert side_prefixes(events, "COERCE") == [("JOR", "JOR")]


def test_a_news_agency_named_alone_is_no_place(pipeline):
    text = ("Yemen freed 40 rebel detainees on Wednesday. According to the state news agency "
            "Saba, the rebels agreed on Tuesday to halt attacks on army positions for two weeks.")
    events = code_text(pipeline, text, PUB, dateline="Sanaa")
    assert all("HND" not in pair for e_type in ("AGREE", "RETREAT")
               for pair in side_prefixes(events, e_type))
