"""Sides rules of the twelfth session: a country word on a border or a capital says where
something is, not whom an act is aimed at; a warning traded between a divided country's two
halves goes from each half to the other; the object of a causative verb ("prompting Lima to
recall") does the act of its complement; "Brussels" is the EU in a story that names the EU and
not Belgium."""

from coding import code_text, side_codes, side_countries


def test_villages_near_a_foreign_border_are_not_that_country(pipeline):
    events = code_text(pipeline, "Kachin rebels said on Wednesday that army artillery had shelled "
                       "villages near their headquarters at Laiza, close to the Chinese border, "
                       "killing two civilians.", "2024-03-15")
    assert all("CHN" not in pair for pair in side_countries(events, "ASSAULT"))


def test_a_capital_named_by_its_country_is_no_target(pipeline):
    events = code_text(pipeline, "Colombia's government and the National Liberation Army (ELN) "
                       "agreed on Monday to extend their bilateral ceasefire by six months, "
                       "closing a round of talks that had opened in the Mexican capital in "
                       "January.", "2024-03-15")
    assert all("MEX" not in pair for e in events for pair in side_countries([e], e.event_type))


def test_warning_shots_exchanged_by_the_two_koreas_go_both_ways(pipeline):
    events = code_text(pipeline, "The two Koreas exchanged warning shots across their maritime "
                       "border on Monday. Officials gave no further details.", "2024-03-15")
    pairs = side_countries(events, "THREATEN")
    assert pairs == [("KOR", "PRK"), ("PRK", "KOR")]


def test_the_object_of_prompting_does_the_prompted_act(pipeline):
    events = code_text(pipeline, "Bolivia, Colombia and Argentina have questioned the legitimacy "
                       "of his removal, prompting Lima to recall its ambassador from La Paz.",
                       "2024-03-15")
    assert ("PER", "BOL") in side_countries(events, "SANCTION")


def test_a_remark_that_prompted_a_summons_is_the_summoner_s_act(pipeline):
    events = code_text(pipeline, "The missile crossed Moldovan airspace on Friday, prompting "
                       "the foreign ministry in Chisinau to summon Russia's ambassador to "
                       "protest.", "2024-03-15")
    assert ("MDA", "RUS") in [pair for kind in ("ACCUSE", "CONSULT")
                              for pair in side_countries(events, kind)]


def test_brussels_is_the_eu_in_a_story_that_names_the_eu(pipeline):
    events = code_text(pipeline, "Kremlin spokesman Dmitry Peskov dismissed the criticism from "
                       "Brussels as interference. The European Union had condemned the "
                       "arrests.", "2024-03-15")
    assert side_codes(events, "REJECT") == [("RUSGOV", "IGOEUREEC")]


def test_brussels_is_belgium_in_a_story_that_names_belgium(pipeline):
    events = code_text(pipeline, "Belgium's government said on Monday that Brussels would expel "
                       "two Russian diplomats. The European Union gave no comment.",
                       "2024-03-15")
    assert ("BELGOV", "RUSGOV") in side_codes(events, "SANCTION")
