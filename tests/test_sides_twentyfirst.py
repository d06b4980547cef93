"""Sides of the twenty-first session, checked on sentences written for these tests, not taken
from any gold file."""

from coding import code_text, side_codes, side_countries

PUB = "2024-03-14"


# Who reports an act is not whom it is done to: the object of "according to" is no target
# (arguments.REPORTING_PREPS, skipped by complement_heads).
def test_a_reporting_official_is_no_target(pipeline):
    text = ("Belarusian troops were massed along the frontier on Sunday, according to an EU "
            "diplomat.")
    targets = [t for _, t in side_codes(code_text(pipeline, text, PUB), "MOBILIZE")]
    assert targets and not any((t or "").startswith("IGO") for t in targets)


def test_a_reporting_agency_is_no_target(pipeline):
    text = ("Thousands of Egyptian soldiers have been deployed near the town of Rafah, according "
            "to a NATO spokesman.")
    targets = [t for _, t in side_codes(code_text(pipeline, text, PUB), "MOBILIZE")]
    assert targets and not any((t or "").startswith("IGO") for t in targets)


def test_the_named_target_stays_beside_a_report(pipeline):
    """Guard: a target the clause names keeps its place before "according to"."""
    text = ("Turkish jets bombed Kurdish militant positions in northern Iraq on Sunday, according "
            "to a Kurdish official.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("TUR", "IRQ")]


# A name before a capitalised "Ocean" or "Sea" is the water's, not a side's
# (name_matches.names_a_sea).
def test_an_ocean_named_for_a_country_is_no_target(pipeline):
    text = "Britain suspended budget support to the Indian Ocean archipelago on Monday."
    assert ("GBR", "IND") not in side_countries(code_text(pipeline, text, PUB), "SANCTION")


def test_a_sea_named_for_a_country_is_no_source(pipeline):
    text = "Irish Sea fishermen protested outside the British parliament on Monday."
    sources = [s for s, _ in side_countries(code_text(pipeline, text, PUB), "PROTEST")]
    assert "IRL" not in sources


def test_the_country_itself_stays_a_target(pipeline):
    """Guard: the country's own name, with no sea after it, is still the target."""
    text = "The United States suspended military aid to India on Monday."
    assert side_countries(code_text(pipeline, text, PUB), "SANCTION") == [("USA", "IND")]


# A protest whose marchers burn a country's flags is aimed at that country (burned_flags.py,
# the `burned` verbs of emblems.tsv).
def test_burned_flags_name_the_protest_target(pipeline):
    text = "Thousands of people marched in Kinshasa on Monday, burning Ugandan flags."
    assert side_countries(code_text(pipeline, text, PUB), "PROTEST") == [("COD", "UGA")]


def test_burned_flags_come_before_a_cause(pipeline):
    text = ("Hundreds of students marched in Amman on Friday in solidarity with Lebanon, "
            "burning Israeli flags.")
    assert side_countries(code_text(pipeline, text, PUB), "PROTEST") == [("JOR", "ISR")]


def test_waved_flags_name_no_target(pipeline):
    """Guard: flags waved are shown, not burned: the protest keeps its own country."""
    text = "Thousands of people marched in Kinshasa on Monday, waving Congolese flags."
    assert side_countries(code_text(pipeline, text, PUB), "PROTEST") == [("COD", "COD")]
