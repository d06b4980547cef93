"""Sides rules of the eighth session, third pass: a reaction to "the decision", "the move",
"the step" or "the launch" targets the author of the latest act of a fitting kind told
before, not the latest country named."""

from coding import code_text, side_countries

from newsevents.clean import dateline_of


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


def _filed(pipeline, text):
    return code_text(pipeline, text, "2024-05-10", dateline=dateline_of(text))


def test_a_host_of_talks_does_not_own_the_rebels_or_the_government(pipeline):
    text = ("DOHA (Gulf Wire) - Sudan's army and the Rapid Support Forces agreed on Monday to "
            "a week-long truce as talks resumed in the Qatari capital. The rebels said they "
            "would free 50 soldiers. The government accused the rebels of shelling a market.")
    events = _filed(pipeline, text)
    assert side_countries(events, "ACCUSE") == [("SDN", "SDN")]
    assert [s for s, _ in side_countries(events, "RETREAT")] == ["SDN"]


def test_a_host_of_talks_does_not_own_a_newly_named_negotiator(pipeline):
    text = ("OSLO (Nordic Press) - Venezuela's government and the opposition met in the "
            "Norwegian capital on Tuesday for a new round of negotiations. Opposition "
            "negotiator Gerardo Blyde accused the government of jailing activists.")
    events = _filed(pipeline, text)
    assert side_countries(events, "ACCUSE") == [("VEN", "VEN")]


def test_a_host_named_as_a_party_stays_local(pipeline):
    text = ("NAIROBI (East Wire) - Kenyan police fired tear gas at protesters in Nairobi on "
            "Tuesday. The government accused the opposition of inciting violence.")
    events = _filed(pipeline, text)
    assert side_countries(events, "ACCUSE") == [("KEN", "KEN")]


def test_talks_hosted_by_the_dateline_country(pipeline):
    text = ("DOHA (Gulf Wire) - Afghanistan's government and the Taliban opened peace talks "
            "hosted by Qatar on Saturday. The government accused the insurgents of stepping "
            "up attacks.")
    events = _filed(pipeline, text)
    assert side_countries(events, "ACCUSE") == [("AFG", "AFG")]


def test_a_round_hosted_by_the_dateline_country_leaves_the_rebels_alone(pipeline):
    text = ("HAVANA (Island Wire) - Colombia's government and the ELN opened a new round of "
            "talks hosted by Cuba on Monday. The rebels said they would free 12 hostages.")
    events = _filed(pipeline, text)
    assert [s for s, _ in side_countries(events, "RETREAT")] == ["COL"]
