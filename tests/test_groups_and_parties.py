"""Sides named by a group reference rather than by name: members of a group ("border guards
from the two countries"), "both sides" of one country (the army and the rebels), parties
listed apart from the act.

Each test uses a sentence the code at the start of the session (68c68de) got wrong."""


from coding import code_text, of_type


def events_of(pipeline, text, pub="2023-06-10"):
    return code_text(pipeline, text, pub)


def country_pairs(events):
    return {(e.source.country, e.target.country if e.target else None) for e in events}


def test_members_of_the_two_countries_are_both_countries(pipeline):
    events = events_of(pipeline, "Kyrgyzstan and Tajikistan agreed to a ceasefire on Friday "
                                 "after border guards from the two countries exchanged fire "
                                 "for several hours.")
    assert country_pairs(of_type(events, "ASSAULT")) == {("KGZ", "TJK"), ("TJK", "KGZ")}


def test_officials_from_the_two_countries_meet_each_other(pipeline):
    events = events_of(pipeline, "Kenya accused Somalia of harbouring militants. Ethiopia "
                                 "criticised Egypt over the dam. Officials from the two "
                                 "countries will meet in Garissa next week.")
    assert country_pairs(of_type(events, "CONSULT")) == {("ETH", "EGY")}


def test_both_sides_can_be_two_parties_of_one_country(pipeline):
    events = events_of(pipeline, "Saudi Arabia and the United States said in a joint statement "
                                 "that they had brokered the talks. Residents said Sudanese "
                                 "troops clashed with Sudanese rebels in Darfur on Sunday. U.S. "
                                 "Secretary of State Antony Blinken urged both sides to abide "
                                 "by the agreement.", "2023-05-21")
    assert country_pairs(of_type(events, "REQUEST")) == {("USA", "SDN")}


def test_the_subject_of_a_passive_raising_verb_does_the_act(pipeline):
    events = events_of(pipeline, "Leaders of Bangladesh, Bhutan and India are expected to sign "
                                 "a framework agreement on a free trade area.", "2003-12-30")
    agreements = of_type(events, "AGREE")
    assert len(agreements) == 1
    assert {a.country for a in agreements[0].parties} == {"BGD", "BTN", "IND"}


def test_a_quoted_we_is_the_speakers_side(pipeline):
    events = events_of(pipeline, "Poland and Lithuania massed troops on the border. \"We will be "
                                 "forced to withdraw troops from the streets,\" Belarusian "
                                 "President Alexander Lukashenko told a meeting in Minsk.",
                       "2021-11-20")
    assert {e.source.country for e in of_type(events, "RETREAT")} == {"BLR"}


def test_a_regions_leaders_are_its_regional_body(pipeline):
    events = events_of(pipeline, "West African leaders on Sunday gave the military officers who "
                                 "seized power in Niger one week to reinstate President Mohamed "
                                 "Bazoum, and warned they would not rule out the use of force.",
                       "2023-07-31")
    assert [(e.source.code, e.target.country) for e in of_type(events, "THREATEN")] == [
        ("IGOWAFWAS", "NER")]


def test_the_two_are_the_pair_the_story_keeps_pairing(pipeline):
    events = events_of(pipeline, "Bolivia demanded on Tuesday that Chile negotiate an outlet to "
                                 "the Pacific. Chile rejected the demand from Bolivia. Venezuelan "
                                 "President Hugo Chavez backed Bolivian President Carlos Mesa. The "
                                 "two presidents did not meet on the sidelines of the summit.",
                       "2004-01-14")
    meetings = of_type(events, "CONSULT")
    assert {frozenset(pair) for pair in country_pairs(meetings)} == {frozenset({"BOL", "CHL"})}


def test_their_stands_for_every_subject_it_agrees_with(pipeline):
    events = events_of(pipeline, "Iran's army launched exercises near its border with "
                                 "Azerbaijan. Azerbaijan and Turkey said their forces would hold "
                                 "joint exercises in Nakhchivan this week.", "2021-10-04")
    exercises = of_type(events, "COOPERATE")
    assert {frozenset(pair) for pair in country_pairs(exercises)} == {frozenset({"AZE", "TUR"})}


def test_each_side_accusing_the_other_is_two_accusations(pipeline):
    events = events_of(pipeline, "Thai and Cambodian troops clashed near the temple on Friday. "
                                 "Each side accused the other of opening fire first.",
                       "2008-10-16")
    assert country_pairs(of_type(events, "ACCUSE")) == {("THA", "KHM"), ("KHM", "THA")}
