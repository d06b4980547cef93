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
