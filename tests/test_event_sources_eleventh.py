"""Sources that no rule resolved (eleventh session): unnamed state officials of a story's
dateline, "the country's X", office titles and political parties the dictionaries lacked."""

from coding import code_text, side_countries


def test_unnamed_officials_serve_the_dateline_not_the_country_they_address(pipeline):
    text = ("Officials on Thursday accused India of violating the ceasefire along the Line "
            "of Control. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15", dateline="ISLAMABAD")
    assert side_countries(events, "ACCUSE") == [("PAK", "IND")]


def test_unnamed_ministry_of_the_dateline_condemning_a_possessor(pipeline):
    text = ("The foreign ministry on Wednesday condemned China's deployment of an oil rig in "
            "disputed waters. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15", dateline="HANOI")
    assert side_countries(events, "ACCUSE") == [("VNM", "CHN")]


def test_opposition_addressing_its_own_people_keeps_its_country(pipeline):
    text = ("Opposition leaders on Monday accused Colombia's government of betraying the "
            "victims of the war. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15", dateline="HAVANA")
    assert ("CUB", "COL") not in side_countries(events, "ACCUSE")


def test_the_countrys_body_is_the_state_named_before(pipeline):
    text = ("Latvia's prime minister said on Thursday that the country's security service "
            "had expelled a Russian diplomat for spying.")
    events = code_text(pipeline, text, "2024-03-15")
    assert side_countries(events, "SANCTION") == [("LVA", "RUS")]


def test_the_countrys_leaders_are_not_the_state_their_sentence_names(pipeline):
    text = ("France said on Monday it would pull its last soldiers out of West Africa, and "
            "French officials said France had no other choice. Chad's junta has cut military "
            "ties with France. The country's new leaders on Thursday accused French troops of "
            "spying.")
    events = code_text(pipeline, text, "2024-03-15")
    assert ("TCD", "FRA") in side_countries(events, "ACCUSE")


def test_investigators_in_a_capital_are_its_countrys(pipeline):
    # bare "investigators" is no title (they may be the UN's or a rights group's): police ones are
    text = ("Police investigators in Seoul on Thursday accused North Korea of hacking a defence "
            "contractor. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15")
    assert side_countries(events, "ACCUSE") == [("KOR", "PRK")]


def test_security_council_secretary_is_an_office(pipeline):
    text = ("Russia's security council secretary on Thursday accused Britain of planning "
            "sabotage in the Baltic Sea. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15")
    assert side_countries(events, "ACCUSE") == [("RUS", "GBR")]


def test_ruling_party_is_its_country(pipeline):
    text = ("The ruling African National Congress on Thursday accused Israel of war crimes "
            "in Gaza. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15")
    assert side_countries(events, "ACCUSE") == [("ZAF", "ISR")]


def test_they_of_a_group_named_with_the_is_the_group(pipeline):
    text = ("The Houthis said on Thursday they had attacked a British cargo ship in the Red "
            "Sea. Officials gave no further details.")
    events = code_text(pipeline, text, "2024-03-15")
    assert side_countries(events, "ASSAULT") == [("YEM", "GBR")]
