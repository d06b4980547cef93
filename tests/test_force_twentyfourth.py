"""Material conflict, twenty-fourth session. A strike on what a speaker names by a free relative
("struck what the military said were Hezbollah weapons depots") is on the thing named
(verb_parts.named_objects). Rockets the parser makes the doer of a reduced relative ("Rockets
fired from Gaza slammed into the Israeli town of Sderot") are fired by the place they came from,
at what they hit (undergoing.py); plural firing places ("came under fire from Tajik positions")
stand for their country's force (actors.py). Forces sent to a frontier of their own state face
the state across it (implied_recipients.py); a foreign state's fire on settlements the clause
gives no country is on the country of the side that tells of it (struck_settlements.py)."""

from coding import code_text, side_countries

PUB = "2024-03-14"


def test_strike_on_what_the_military_said_were_depots_is_on_their_owner(pipeline):
    text = ("Israeli warplanes struck what the military said were Hezbollah weapons depots in "
            "southern Lebanon early on Monday, the army said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("ISR", "LBN")]


def test_strike_on_what_it_called_workshops_is_on_their_owner(pipeline):
    text = ("Warplanes of the Saudi-led coalition struck what it called drone workshops and "
            "storage sites of the Houthi movement on Tuesday, residents said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("SAU", "YEM")]


def test_a_quoted_label_of_a_free_relative_is_no_target(pipeline):
    text = ("Erdogan said Turkey would soon launch a new operation to clear what he called "
            "\"terrorists\" from a 30-km strip along the border, officials said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == []


def test_rockets_fired_from_gaza_are_gazas_attack_on_the_town_they_hit(pipeline):
    text = ("Rockets fired from Gaza slammed into the Israeli town of Sderot on Wednesday, "
            "wounding two people, police said.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("PSE", "ISR")]


def test_rockets_fired_from_a_countrys_territory_are_its_attack(pipeline):
    text = ("Two rockets were fired from Lebanese territory towards northern Israel late on "
            "Sunday, the Israeli military said in a statement.")
    assert [s for s, _ in side_countries(code_text(pipeline, text, PUB), "ASSAULT")] == ["LBN"]


def test_fire_from_a_countrys_positions_is_its_forces_attack(pipeline):
    text = ("Two Kyrgyz border guards were wounded on Tuesday when their patrol came under fire "
            "from Tajik positions near the village of Kok-Tash in the Batken region, "
            "Kyrgyzstan's border service said.")
    assert ("TJK", "KGZ") in side_countries(code_text(pipeline, text, PUB), "ASSAULT")


def test_forces_sent_to_their_own_frontier_face_the_state_across_it(pipeline):
    text = ("Thailand's army has sent an extra infantry battalion and armoured vehicles to its "
            "western frontier after two mortar rounds fired during fighting inside Myanmar "
            "landed in a Thai rice field, wounding a farmer.")
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("THA", "MMR")]


def test_forces_sent_inland_at_home_stay_at_home(pipeline):
    text = "Mexico sent 600 army special forces to Sinaloa on Monday to fight the cartels."
    assert side_countries(code_text(pipeline, text, PUB), "MOBILIZE") == [("MEX", "MEX")]


def test_foreign_fire_on_villages_is_on_the_tellers_country(pipeline):
    text = ("Armenia's defence ministry said on Tuesday that Azerbaijani troops had fired on "
            "border villages overnight, wounding a farmer.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("AZE", "ARM")]


def test_fire_on_villages_told_by_the_same_country_names_no_foreign_victim(pipeline):
    text = ("Kachin rebels said on Wednesday that Myanmar army artillery had shelled villages "
            "near their headquarters at Laiza, killing two civilians.")
    assert all(target == "MMR" for _, target in
               side_countries(code_text(pipeline, text, PUB), "ASSAULT"))
