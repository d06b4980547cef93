"""Mends of the ninth session's review, slice A: threat vows, revoked acts, bombings, joint
drills, crowds. Each sentence gave a false or lost event before its mend."""

from coding import code_text, of_type, side_codes


def test_vowed_destruction_of_own_arms_is_no_threat(pipeline):
    for text in ("Iran promised on Monday to destroy its stockpile of enriched uranium.",
                 "Syria pledged to destroy its chemical weapons arsenal by June."):
        assert not of_type(code_text(pipeline, text, "2024-03-05"), "THREATEN"), text


def test_vowed_punishment_of_an_enemy_stays_a_threat(pipeline):
    events = code_text(pipeline, "Russia promised to punish Kyiv for the attack.", "2024-03-05")
    assert side_codes(events, "THREATEN") == [("RUS", "UKRGOV")]


def test_promised_answer_to_concerns_or_fight_for_a_cause_is_no_threat(pipeline):
    for text in ("The minister promised to respond to the concerns of farmers in Kenya.",
                 "The opposition in Kenya vowed to fight for justice.",
                 "The Kenyan president vowed to fight for the rights of workers.",
                 "The Nigerian governor pledged to react quickly to the needs of flood victims."):
        events = code_text(pipeline, text, "2024-03-05")
        assert not of_type(events, "THREATEN") and not of_type(events, "ASSAULT"), text


def test_vowed_fight_against_a_foe_stays_a_threat(pipeline):
    for text, sides in (("Colombia vowed to respond to any attack by Venezuela.", ("COL", "VEN")),
                        ("Kenya vowed to fight against the Shabaab militants.", ("KEN", "SOMREB"))):
        assert side_codes(code_text(pipeline, text, "2024-03-05"), "THREATEN") == [sides], text


def test_all_means_for_help_and_answers_to_a_proposal_are_no_threat(pipeline):
    for text in ("The Kenyan government will use all means to support them.",
                 "Kenya will give a strong answer to the proposal next week.",
                 "The Indian government will use all available tools to help farmers.",
                 "The Kenyan ministry would give a swift response to the petition by Monday."):
        assert not of_type(code_text(pipeline, text, "2024-03-05"), "THREATEN"), text


def test_all_means_against_a_foe_and_answers_to_a_foe_stay_threats(pipeline):
    for text in ("China will use all means to crush the separatists.",
                 "India will give a befitting reply to Pakistan."):
        assert of_type(code_text(pipeline, text, "2024-03-05"), "THREATEN"), text


def test_act_told_in_a_relative_clause_of_a_revoked_decision_stands(pipeline):
    for text, sides in (
            ("Turkey reversed a decision under which Ankara suspended flights to Iraq.",
             ("TURGOV", "IRQ")),
            ("India scrapped an order under which New Delhi banned rice exports to Bangladesh.",
             ("INDGOV", "BGD"))):
        assert side_codes(code_text(pipeline, text, "2024-03-05"), "SANCTION") == [sides], text


def test_act_of_a_revoked_decision_is_still_dropped(pipeline):
    events = code_text(pipeline, "China reversed its decision to suspend imports of Japanese "
                       "seafood.", "2024-03-05")
    assert not of_type(events, "SANCTION")


def test_sentence_opening_joint_drills_are_cooperation(pipeline):
    events = code_text(pipeline, "Joint counter-terrorism drills by Chinese and Pakistani forces "
                       "began on Monday.", "2024-03-05")
    assert side_codes(events, "COOPERATE") == [("CHNMIL", "PAKMIL")]
    assert not of_type(events, "MOBILIZE")


def test_all_means_to_restore_a_border_stay_a_threat(pipeline):
    events = code_text(pipeline, 'Pashinyan said the Armenian army would "use all means" to '
                       "regain the villages if Azerbaijan refused.", "2024-03-05")
    assert of_type(events, "THREATEN")


def test_mine_blast_is_an_attack_but_a_blast_at_a_mine_is_an_accident(pipeline):
    for text in ("A mine blast killed two Malian soldiers near Gao.",
                 "A mine explosion killed three Nigerien soldiers near Tillaberi."):
        assert of_type(code_text(pipeline, text, "2024-03-05"), "ASSAULT"), text
    for text in ("A blast at a coal mine killed 20 miners in Balochistan.",
                 "A mining explosion killed 12 workers in Sonora, Mexico."):
        assert not of_type(code_text(pipeline, text, "2024-03-05"), "ASSAULT"), text
