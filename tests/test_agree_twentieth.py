"""AGREE and CONCEDE, twentieth session. A leader is read by the group he leads: "protest
leaders", "leaders of the opposition parties" and "leaders of former rebel fighters" are no
government, so a government inviting or meeting them acts on another side of its own
country; "the leaders of the two countries" stay governments. Two joined sides whose "and"
the parser strands ("Myanmar's government and ethnic Karen rebels agreed") are both parties.
Community, tribal, traditional and religious leaders and elders are citizens, not the
government "leaders" alone stands for."""

from coding import code_text, side_codes

PUB = "2024-03-15"


def _sides(pipeline, text, event_type):
    return side_codes(code_text(pipeline, text, PUB), event_type)


def test_protest_leaders_invited_to_talks(pipeline):
    text = "Chile's president invited protest leaders to talks at the palace in Santiago."
    assert _sides(pipeline, text, "AGREE") == [("CHLGOV", "CHLOPP")]


def test_leaders_of_parties_invited_to_a_dialogue(pipeline):
    text = ("Malawi's president on Tuesday invited the leaders of all political parties to a "
            "national dialogue in Lilongwe.")
    assert _sides(pipeline, text, "AGREE") == [("MWIGOV", "MWIPTY")]


def test_leaders_of_former_fighters_met(pipeline):
    text = "Nepal's prime minister met leaders of former Maoist fighters in Kathmandu on Monday."
    assert _sides(pipeline, text, "CONSULT") == [("NPLGOV", "NPLREB")]


def test_leaders_of_two_countries_stay_governments(pipeline):
    """Guard: an "of" phrase that names countries leaves "leaders" a government."""
    text = "The leaders of Kenya and Uganda met in Nairobi on Monday."
    events = code_text(pipeline, text, PUB)
    codes = {code for pair in side_codes(events, "CONSULT") for code in pair}
    assert codes == {"KENGOV", "UGAGOV"}


# The parser hangs the first of two joined sides on the second, with an "and" that joins
# nothing ("[the government and] rebels"): both are parties of the agreement.
def test_government_and_rebels_with_a_stranded_and(pipeline):
    text = ("Myanmar's government and ethnic Karen rebels agreed on Thursday to extend their "
            "truce until the end of the year.")
    assert _sides(pipeline, text, "AGREE") == [("MMRGOV", "MMRREB")]


def test_joined_countries_keep_their_parse(pipeline):
    """Guard: sides the parser joins properly are read as before."""
    text = "Kenya and Uganda agreed on Thursday to reopen their border crossing at Busia."
    assert sorted(map(sorted, _sides(pipeline, text, "AGREE"))) == [["KEN", "UGA"]]


def test_tribal_leaders_met(pipeline):
    text = "Iraq's prime minister met tribal leaders in Ramadi on Monday."
    assert _sides(pipeline, text, "CONSULT") == [("IRQGOV", "IRQCVL")]


def test_traditional_leaders_invited_to_talks(pipeline):
    text = "Nigeria's president invited traditional leaders to talks in Abuja."
    assert _sides(pipeline, text, "AGREE") == [("NGAGOV", "NGACVL")]


def test_clan_elders_met(pipeline):
    text = "Somalia's president met clan elders in Baidoa on Monday."
    assert _sides(pipeline, text, "CONSULT") == [("SOMGOV", "SOMCVL")]


def test_indigenous_leaders_invited_to_talks(pipeline):
    text = "Ecuador's president invited indigenous leaders to talks in Quito on Friday."
    assert _sides(pipeline, text, "AGREE") == [("ECUGOV", "ECUCVL")]
