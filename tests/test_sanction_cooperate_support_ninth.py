"""Ninth-session SANCTION and SUPPORT lexicon families, on hand-built sentences not in dev."""

import pytest
from coding import code_text, side_countries


@pytest.mark.parametrize("text, sides", [
    ("Ottawa placed sanctions on four Iranian judges on Wednesday.", ("CAN", "IRN")),
    ("Britain put a new embargo on Syrian oil shipments, the Foreign Office said.", ("GBR", "SYR")),
])
def test_light_verbs_place_and_put_carry_a_measure(pipeline, text, sides):
    """'placed sanctions on X', 'put an embargo on X' are SANCTION from the measure noun."""
    assert sides in side_countries(code_text(pipeline, text, "2024-05-02"), "SANCTION")


@pytest.mark.parametrize("text, sides", [
    ("The Biden administration announced new export restrictions on Russia.", ("USA", "RUS")),
    ("Beijing unveiled import curbs on Japanese seafood.", ("CHN", "JPN")),
    ("Moscow slapped an import curb on Moldovan fruit.", ("RUS", "MDA")),
])
def test_bans_and_restrictions_named_by_what_they_stop(pipeline, text, sides):
    """'export restrictions on Russia', 'import curbs on Japanese fish' are SANCTION."""
    assert sides in side_countries(code_text(pipeline, text, "2024-05-02"), "SANCTION")


@pytest.mark.parametrize("text, sides", [
    ("Washington voiced confidence in the Iraqi government on Monday.", ("USA", "IRQ")),
    ("The French president expressed his full trust in the Lebanese army.", ("FRA", "LBN")),
])
def test_voicing_confidence_in_another_party(pipeline, text, sides):
    """'voiced confidence in Baghdad', 'expressed trust in the army' are SUPPORT."""
    assert sides in side_countries(code_text(pipeline, text, "2024-05-02"), "SUPPORT")


def test_placing_an_order_is_no_sanction(pipeline):
    """Only measure objects make 'place' a sanction: 'placed an order for jets' is none."""
    events = code_text(pipeline, "Poland placed an order for 32 South Korean jets.", "2024-05-02")
    assert not side_countries(events, "SANCTION")
