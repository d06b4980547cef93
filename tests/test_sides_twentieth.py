"""Sides of the twentieth session, checked on sentences written for these tests, not taken from
any gold file."""

import pytest
from coding import code_text, side_codes, side_countries

PUB = "2024-03-14"

# A statement by an organ of a state whose complement names only its own rebels, opposition or
# parties is aimed at them, not at the foreign country the story named last (extract.py,
# pairing.domestic_rivals).
RIVAL_CASES = [
    ("Bolivian rebels ambushed a police convoy near the border with Brazil on Sunday. Brazil "
     "offered to help. Bolivia's interior minister warned on Monday that the army would strike "
     "back hard if the rebels attacked again.", "THREATEN", ("BOL", "BOL")),
    ("Maoist rebels attacked a police post in western Nepal on Sunday. India offered to help. "
     "Nepal's home minister demanded on Monday that the rebels lay down their arms.",
     "REQUEST", ("NPL", "NPL")),
    ("Rebels attacked an army base in northern Mali on Sunday. Algeria condemned the attack. A "
     "Malian government spokesman on Monday ruled out any talks with the rebels.",
     "REJECT", ("MLI", "MLI")),
]


@pytest.mark.parametrize(("text", "plover", "sides"), RIVAL_CASES)
def test_a_statement_aimed_at_rivals_at_home(pipeline, text, plover, sides):
    assert side_countries(code_text(pipeline, text, PUB), plover) == [sides]


def test_a_foreign_force_in_the_complement_comes_first(pipeline):
    """Guard: a foreign country named in the complement is still the target."""
    text = ("Peru's defence minister warned on Monday that the army would respond if Ecuadorean "
            "troops crossed the border.")
    assert side_countries(code_text(pipeline, text, PUB), "THREATEN") == [("PER", "ECU")]


def test_its_own_citizens_are_no_rival(pipeline):
    """Guard: the people a state vows to protect are not whom it threatens."""
    text = ("Gunmen attacked a French convoy in Niger on Friday. France said on Saturday it would "
            "respond firmly to any attack on its citizens.")
    codes = side_codes(code_text(pipeline, text, PUB), "THREATEN")
    assert ("FRA", "FRACVL") not in codes


def test_the_parties_of_an_act_are_no_rival(pipeline):
    """Guard: opposition activists named inside "the arrest of ..." are the arrest's parties;
    the demand is the foreign ministry's to the envoy it summoned."""
    text = ("Ghana's foreign ministry summoned Togo's ambassador on Friday to seek an explanation "
            "for the arrest of three Ghanaian opposition activists.")
    assert side_countries(code_text(pipeline, text, PUB), "REQUEST") == [("GHA", "TGO")]
