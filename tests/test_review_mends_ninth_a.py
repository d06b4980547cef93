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
