"""Eighth-session rules for AGREE, THREATEN and COERCE, the types nearest 0.7 F1 on dev: hostile
acts that are no event of their own promised on a condition, force kept as a right."""

from coding import code_text, of_type, side_countries


def test_dispute_taken_to_a_court_or_council_on_a_condition_is_a_threat(pipeline):
    events = code_text(pipeline, "Indian troops fired across the Line of Control on Monday. "
                       "Pakistan's foreign minister said Islamabad would take the dispute to "
                       "the International Court of Justice unless the firing stopped.",
                       "2024-05-10")
    assert ("PAK", "IND") in side_countries(events, "THREATEN")
    events = code_text(pipeline, "Ethiopia said it would refer the row to the African Union "
                       "unless Egypt withdrew its warships.", "2024-05-10")
    assert side_countries(events, "THREATEN") == [("ETH", "EGY")]


def test_hostile_act_promised_on_a_condition_is_a_threat(pipeline):
    events = code_text(pipeline, "The Kremlin said Moscow could review its cooperation with "
                       "Finland if Helsinki joined NATO.", "2024-05-10")
    assert side_countries(events, "THREATEN") == [("RUS", "FIN")]
    events = code_text(pipeline, "Sri Lankan troops paused their offensive against the Tamil "
                       "Tigers. Troops would resume operations on Wednesday if the rebels did "
                       "not lay down their arms, Defence Secretary Gotabaya Rajapaksa told "
                       "state television.", "2009-04-06")
    assert of_type(events, "THREATEN")
    assert all(e.status == "occurred" for e in of_type(events, "THREATEN"))


def test_force_kept_as_a_right_is_a_threat(pipeline):
    events = code_text(pipeline, "Israeli jets struck an airport near Damascus on Sunday. "
                       "Syria's foreign ministry said Damascus reserved the right to respond "
                       "to the Israeli aggression.", "2024-05-10")
    assert ("SYR", "ISR") in side_countries(events, "THREATEN")
    events = code_text(pipeline, "Iranian drones hit an Iraqi Kurdish camp. Iraq retains the "
                       "right to retaliate against Iran, the Iraqi defence minister said.",
                       "2024-05-10")
    assert ("IRQ", "IRN") in side_countries(events, "THREATEN")


def test_friendly_act_promised_on_a_condition_is_no_threat(pipeline):
    for text in ("Sudan said it could extend the arrangement to two more crossings if the "
                 "first phase went smoothly.",
                 "The minister said Kenya would resume talks with Somalia if the ceasefire held.",
                 "Egypt said it would take part in the talks if Ethiopia attended."):
        assert not of_type(code_text(pipeline, text, "2024-05-10"), "THREATEN")


def test_hostile_measures_sworn_are_a_threat(pipeline):
    events = code_text(pipeline, "Beijing vowed to take countermeasures against Lithuania.",
                       "2024-05-10")
    assert side_countries(events, "THREATEN") == [("CHN", "LTU")]
    events = code_text(pipeline, "Lithuania opened a Taiwanese office. China swore to adopt "
                       "retaliatory measures against Vilnius.", "2024-05-10")
    assert side_countries(events, "THREATEN") == [("CHN", "LTU")]
    events = code_text(pipeline, "Egypt pledged to take steps to boost trade with Sudan.",
                       "2024-05-10")
    assert not of_type(events, "THREATEN")


def test_own_citizens_barred_from_dealing_with_the_sanctioned_are_not_coerced(pipeline):
    for text in ("The British government froze the assets of the two generals and barred "
                 "Britons from trading with them.",
                 "The measures freeze any U.S. assets of the four officials and bar American "
                 "companies from dealing with them."):
        assert not of_type(code_text(pipeline, text, "2024-05-10"), "COERCE")
