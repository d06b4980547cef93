"""False events of the twenty-first session. A denial of a harm told without a doer ("denied that
any civilians were killed", beside the strike the speaker owns) is the denial, not a second,
negated attack; an act its doer stopped ("stopped firing rockets", "will stop taking hostages")
is no act that failed to happen. A denial that names its doer still denies that doer's act.
A lawyer's appeal with no one appealed to and nothing appealed for ("his lawyers said they would
appeal") goes to a court: no request. A crowd that masses is no force mobilised. An appeal to
"both capitals" is one appeal, as one to "both sides" is."""

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


def test_court_appeal_is_no_request(pipeline):
    text = ("A court in Dhaka sentenced Bangladesh's opposition leader to five years in prison "
            "on Tuesday. His lawyers said they would appeal.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "REQUEST") == []
    assert len(of_type(events, "COERCE")) == 1


def test_appeal_to_donors_stays_a_request(pipeline):
    """Negative case: an appeal to someone for something is a request."""
    text = ("The United Nations appealed to donors on Monday for $50 million to feed Sudanese "
            "refugees in Chad.")
    assert len(of_type(code_text(pipeline, text, PUB), "REQUEST")) == 1


def test_appeal_for_calm_stays_a_request(pipeline):
    """Negative case: "appealed for" names what is sought."""
    text = "Chad's president appealed for calm after clashes in the capital."
    assert len(of_type(code_text(pipeline, text, PUB), "REQUEST")) == 1


def test_massed_crowd_is_no_mobilisation(pipeline):
    text = "Thousands of Georgian protesters massed outside parliament in Tbilisi on Tuesday."
    assert of_type(code_text(pipeline, text, PUB), "MOBILIZE") == []


def test_massed_troops_stay_a_mobilisation(pipeline):
    """Negative case: a state's troops massed are a mobilisation."""
    text = "Russia massed troops near the Ukrainian border on Monday."
    assert side_prefixes(code_text(pipeline, text, PUB), "MOBILIZE") == [("RUS", "UKR")]


def test_appeal_to_both_capitals_is_one_request(pipeline):
    text = ("Hungary and Turkey have delayed Sweden's bid to join NATO for a year. NATO's "
            "secretary-general urged both capitals on Wednesday to ratify the protocol quickly.")
    assert len(of_type(code_text(pipeline, text, PUB), "REQUEST")) == 1


def test_appeal_to_two_named_capitals_stays_two(pipeline):
    """Negative case: two capitals named one by one are two addressees."""
    text = ("Hungary and Turkey have delayed Sweden's bid to join NATO for a year. NATO's "
            "secretary-general urged Ankara and Budapest on Wednesday to ratify the protocol "
            "quickly.")
    assert len(of_type(code_text(pipeline, text, PUB), "REQUEST")) == 2
