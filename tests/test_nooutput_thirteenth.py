"""Gold events that had no output of their type (thirteenth session): refusing to give in
("will not bow to pressure", "would never yield to threats") rejects whoever presses, while a
concession of policy refused ("would not revoke the tax") stays a stance; "the authorities" are
one state's, not the pair of states just named. Every text is
hand-written; none is in a gold set."""

import pytest
from coding import code_text, side_codes, side_prefixes

PUB = "2024-05-08"


@pytest.mark.parametrize(("text", "sides"), [
    ("The European Union froze the assets of twelve Belarusian officials on Monday. On Tuesday "
     "Belarus's foreign minister said Minsk would not bow to pressure.", ("BLR", "IGO")),
    ("Washington imposed new tariffs on Venezuelan oil on Friday. Caracas will never yield to "
     "threats, Venezuela's vice president said on Saturday.", ("VEN", "USA")),
])
def test_refusing_to_give_in_rejects_the_side_that_presses(pipeline, text, sides):
    found = side_prefixes(code_text(pipeline, text, PUB), "REJECT")
    assert sides in found, found


def test_refusing_to_give_in_is_not_aimed_at_the_own_country(pipeline):
    events = code_text(pipeline, "Eritrea's information minister said Asmara would not bow to "
                                 "pressure.", PUB)
    codes = side_codes(events, "REJECT")  # a REJECT, aimed at no one in Eritrea
    assert codes and all(target is None for _, target in codes), codes


def test_the_authorities_are_one_state_not_the_pair_just_named(pipeline):
    text = ("Soldiers seized power in Gabon on Wednesday and detained President Ali Bongo. "
            "Cameroon and Chad condemned the coup in Libreville on Thursday. "
            "The new authorities accused France of meddling on Friday.")
    found = side_prefixes(code_text(pipeline, text, PUB), "ACCUSE")
    assert ("GAB", "FRA") in found and ("CMR", "FRA") not in found, found
    assert ("TCD", "FRA") not in found, found


def test_talks_with_a_group_of_no_country_are_talks_at_home(pipeline):
    text = ("Kenya's government raised fuel taxes last week. On Monday, talks between Energy "
            "Minister Davis Chirchir and leaders of the transport union broke down.")
    found = side_prefixes(code_text(pipeline, text, PUB), "CONSULT")
    assert ("KEN", "KEN") in found, found


def test_talks_with_a_person_of_no_country_told_stay_unpaired(pipeline):
    """Guard (passes before the change too): a person of no country told may be foreign."""
    text = ("Talks between Colonel Aziz Haddad of the Lebanese army and General Amir Zohar were "
            "held at Naqoura on Monday.")
    found = side_prefixes(code_text(pipeline, text, PUB), "CONSULT")
    assert ("LBN", "LBN") not in found, found
