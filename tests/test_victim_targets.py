"""Unnamed people a measure hits take the country their own clause ties them to
(linked_victims.py)."""

from coding import code_text


def _sides(pipeline, text):
    return {(e.event_type, e.source.country, e.target.country if e.target else None)
            for e in code_text(pipeline, text, "2024-03-15")}


def test_banks_dealing_with_a_country_are_its(pipeline):
    text = ("The United States on Thursday imposed sanctions on foreign banks that do business "
            "with Iran's central bank. Officials gave no further details.")
    assert ("SANCTION", "USA", "IRN") in _sides(pipeline, text)


def test_assets_of_firms_helping_a_country_are_its(pipeline):
    text = ("Japan on Thursday froze the assets of eleven companies it said were helping North "
            "Korea evade sanctions. Officials gave no further details.")
    assert ("SANCTION", "JPN", "PRK") in _sides(pipeline, text)


def test_firms_serving_a_country_deeper_in_the_clause_are_its(pipeline):
    text = ("Australia on Thursday imposed sanctions on banks that handle payments for Iran's oil "
            "ministry. Officials gave no further details.")
    assert ("SANCTION", "AUS", "IRN") in _sides(pipeline, text)
