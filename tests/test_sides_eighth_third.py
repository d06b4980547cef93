"""Sides rules of the eighth session, third pass: a reaction to "the decision", "the move",
"the step" or "the launch" targets the author of the latest act of a fitting kind told
before, not the latest country named."""

from coding import code_text, side_countries


def test_criticised_the_move_targets_the_policy_acts_author(pipeline):
    text = ("Turkey closed its airspace to Armenian flights on Tuesday. "
            "Russia and Iran discussed the crisis in Moscow. France criticised the move.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ACCUSE") == [("FRA", "TUR")]


def test_condemned_the_decision_targets_the_expelling_state(pipeline):
    text = ("Russia expelled 10 Estonian diplomats on Thursday. "
            "Finland and Sweden discussed the row in Helsinki. Britain condemned the decision.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ACCUSE") == [("GBR", "RUS")]


def test_welcomed_the_step_targets_the_releasing_state(pipeline):
    text = ("Israel agreed to free 300 Palestinian prisoners on Sunday. "
            "Egyptian and Qatari officials held talks in Doha on Monday. "
            "The United Nations welcomed the step.")
    events = code_text(pipeline, text, "2024-05-10")
    assert [t for _, t in side_countries(events, "SUPPORT")] == ["ISR"]


def test_condemned_the_launch_targets_the_launching_state(pipeline):
    text = ("North Korea test-fired a ballistic missile on Friday. South Korean President "
            "Yoon Suk Yeol spoke with Japanese Prime Minister Fumio Kishida by telephone. "
            "Japan condemned the launch.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ACCUSE") == [("JPN", "PRK")]
