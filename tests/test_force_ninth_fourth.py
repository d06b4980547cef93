"""Force, fourth pass: blasts that go off, tear through or rock a place, grenades thrown
(blasts.py); attacks named with their doer in a condemnation and build-ups told as a worry
(event_nouns.py); victims placed by their own phrase (unnamed_people.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-05-10"


def test_bomb_tearing_through_a_market_is_an_attack(pipeline):
    events = code_text(pipeline, "A car bomb tore through a crowded bazaar in Mosul, Iraq, "
                       "killing 14 shoppers.", PUB)
    assert ("IRQ", "IRQ") in side_countries(events, "ASSAULT")


def test_blast_ripping_through_a_mosque(pipeline):
    events = code_text(pipeline, "A powerful blast ripped through a Sufi shrine in Sehwan, "
                       "Pakistan, on Thursday evening.", PUB)
    assert ("PAK", "PAK") in side_countries(events, "ASSAULT")


def test_device_going_off_near_a_convoy(pipeline):
    events = code_text(pipeline, "An improvised explosive device went off beside an army "
                       "truck in Borno, Nigeria, on Tuesday.", PUB)
    assert ("NGA", "NGA") in side_countries(events, "ASSAULT")


def test_blast_rocking_a_police_station(pipeline):
    events = code_text(pipeline, "A huge explosion rocked a police headquarters in the Turkish "
                       "city of Mardin late on Friday.", PUB)
    assert ("TUR", "TUR") in side_countries(events, "ASSAULT")


def test_things_that_go_off_or_rock_without_a_bomb_are_no_attacks(pipeline):
    for text in ("The fire alarm went off twice during the session in Nairobi, Kenya.",
                 "Mass protests rocked the Iraqi capital Baghdad on Friday.",
                 "A storm tore through coastal towns in Bangladesh overnight."):
        assert of_type(code_text(pipeline, text, PUB), "ASSAULT") == []


def test_grenade_thrown_in_the_passive(pipeline):
    events = code_text(pipeline, "A grenade was thrown at a police post in Assam, India, "
                       "wounding three constables.", PUB)
    assert ("IND", "IND") in side_countries(events, "ASSAULT")


def test_grenade_lobbed_into_a_bar(pipeline):
    events = code_text(pipeline, "A hand grenade was lobbed into a nightclub in Bujumbura, "
                       "Burundi, on Saturday.", PUB)
    assert ("BDI", "BDI") in side_countries(events, "ASSAULT")


def test_condemned_shelling_by_named_forces_is_coded(pipeline):
    events = code_text(pipeline, "Kenya condemned the shelling of a refugee camp in Ethiopia "
                       "by Eritrean troops.", PUB)
    assert ("ERI", "ETH") in side_countries(events, "ASSAULT")


def test_denounced_strike_named_by_its_doer_adjective(pipeline):
    events = code_text(pipeline, "Poland denounced the Russian missile strike on a hospital in "
                       "Ukraine.", PUB)
    assert any(source == "RUS" for source, _ in side_countries(events, "ASSAULT"))


def test_condemned_arrests_by_authorities(pipeline):
    events = code_text(pipeline, "Canada condemned the detention of opposition activists by "
                       "Venezuelan authorities.", PUB)
    assert any(source == "VEN" for source, _ in side_countries(events, "COERCE"))


def test_condemned_violence_is_no_attack(pipeline):
    events = code_text(pipeline, "Kenya condemned the violence in the region.", PUB)
    assert of_type(events, "ASSAULT") == []


def test_buildup_told_as_a_worry(pipeline):
    events = code_text(pipeline, "Tokyo expressed concern over the Chinese buildup around "
                       "the islands.", PUB)
    assert any(source == "CHN" for source, _ in side_countries(events, "MOBILIZE"))


def test_build_up_warned_of(pipeline):
    events = code_text(pipeline, "Kyiv warned of a Russian military build-up along the border "
                       "with Belarus.", PUB)
    assert any(source == "RUS" for source, _ in side_countries(events, "MOBILIZE"))


def test_denied_strike_targets_the_victims_place(pipeline):
    events = code_text(pipeline, "Turkey denied shelling a school in northern Syria.", PUB)
    assert ("TUR", "SYR") in side_countries(events, "ASSAULT")


def test_buildup_told_as_an_alarm(pipeline):
    events = code_text(pipeline, "Seoul voiced alarm over the North Korean buildup near the "
                       "border.", PUB)
    assert any(source == "PRK" for source, _ in side_countries(events, "MOBILIZE"))


def test_weapon_of_a_named_side_gets_no_place_doer(pipeline):
    events = code_text(pipeline, "An Azerbaijani mortar bomb killed two farmers in the "
                       "Armenian village of Sotk.", PUB)
    assert ("ARM", "ARM") not in side_countries(events, "ASSAULT")

