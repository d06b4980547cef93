"""Actors that were not recognised at all, so that their events were lost for want of a side:
force and unit names (data/actors/titles.tsv, organisations.tsv) and armed groups."""

import pytest
from coding import code_text, side_codes

PUB = "2015-06-10"


@pytest.mark.parametrize("text, event_type, expected", [
    # Paramilitary and border forces named by their own name.
    ("Pakistani Rangers opened fire on the protesters.", "ASSAULT", ("PAKMIL", "PAKCVL")),
    ("Sindh Rangers raided a party office in Karachi.", "COERCE", ("PAKMIL", "PAKPTY")),
    ("The Assam Rifles arrested two insurgents in Manipur.", "COERCE", ("INDMIL", "INDREB")),
    ("The BSF fired on Bangladeshi smugglers.", "ASSAULT", ("INDMIL", "BGDCRM")),
    ("The Frontier Corps attacked a militant hideout in Baluchistan.", "ASSAULT",
     ("PAKMIL", "PAKREB")),
    ("India's Border Security Force fired across the frontier at Pakistani posts.",
     "ASSAULT", ("INDMIL", "PAK")),
    # Generic force words with a country adjective.
    ("Ukrainian national guardsmen shelled Russian positions.", "ASSAULT", ("UKRMIL", "RUS")),
    ("Chinese coastguard vessels blocked a Philippine supply boat.", "REJECT",
     ("CHNMIL", "PHL")),
    ("Israeli commandos stormed a Syrian army post.", "ASSAULT", ("ISRMIL", "SYRMIL")),
    # Armed groups the book did not know, or knew only in lower case.
    ("The Tamil Tigers attacked an army camp near Jaffna.", "ASSAULT", ("LKAREB", "LKAMIL")),
    ("Al Shabab militants attacked a Kenyan army base.", "ASSAULT", ("SOMREB", "KENMIL")),
])
def test_force_and_group_names_are_sides(pipeline, text, event_type, expected):
    codes = side_codes(code_text(pipeline, text, PUB), event_type)
    assert expected in codes, codes
