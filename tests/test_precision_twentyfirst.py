"""False events of the twenty-first session. A denial of a harm told without a doer ("denied that
any civilians were killed", beside the strike the speaker owns) is the denial, not a second,
negated attack; an act its doer stopped ("stopped firing rockets", "will stop taking hostages")
is no act that failed to happen. A denial that names its doer still denies that doer's act."""

from coding import code_text, of_type, side_prefixes

PUB = "2024-03-14"  # a Thursday


def test_doerless_harm_denied_is_no_negated_attack(pipeline):
    text = ("Myanmar's junta said on Tuesday its aircraft had bombed a rebel camp in Sagaing "
            "and denied that any civilians were killed.")
    events = code_text(pipeline, text, PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["occurred"]
    assert len(of_type(events, "REJECT")) == 1


def test_stopped_firing_is_no_negated_attack(pipeline):
    text = ("Palestinian militants in Gaza stopped firing rockets at Israel at dawn on Monday "
            "under a truce brokered by Egypt.")
    assert of_type(code_text(pipeline, text, PUB), "ASSAULT") == []


def test_pledge_to_stop_hostage_taking_is_no_negated_attack(pipeline):
    text = "Colombia's ELN rebels said on Friday they would stop taking hostages for ransom."
    assert of_type(code_text(pipeline, text, PUB), "ASSAULT") == []


def test_denial_naming_its_doer_keeps_the_negated_act(pipeline):
    """Negative case: the denied act has a doer, so the negated attack stays."""
    text = "Pakistan denied that its troops had fired at Afghan villages."
    events = code_text(pipeline, text, PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["negated"]
    assert side_prefixes(events, "ASSAULT") == [("PAK", "AFG")]


def test_passive_denial_with_an_agent_keeps_the_negated_act(pipeline):
    """Negative case: "killed by its soldiers" names the doer."""
    text = "Ethiopia's army denied that civilians were killed by its soldiers in Tigray."
    events = code_text(pipeline, text, PUB)
    assert [e.status for e in of_type(events, "ASSAULT")] == ["negated"]
