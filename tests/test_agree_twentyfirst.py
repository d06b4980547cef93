"""AGREE, CONCEDE and COOPERATE, twenty-first session. A joint body or joint patrols that two
states set up or send are their cooperation, wherever the parser hangs the joint word in the
object's phrase ("joint river and road patrols", "joint police and naval patrols") and whatever
the body ("a joint force", "a joint technical team", "joint border posts")."""

from coding import code_text, of_type, side_codes

PUB = "2024-03-15"


def _sides(pipeline, text, event_type):
    return side_codes(code_text(pipeline, text, PUB), event_type)


def test_joint_force_set_up(pipeline):
    text = ("Chad and Cameroon agreed on Monday to set up a joint force of 3,000 soldiers to "
            "secure their border.")
    events = of_type(code_text(pipeline, text, PUB), "COOPERATE")
    assert [(e.status, sorted((e.source.country, e.target.country))) for e in events] == [
        ("planned", ["CMR", "TCD"])]


def test_joint_word_on_the_first_of_two_modifiers(pipeline):
    text = ("Peru and Bolivia agreed on Friday to set up joint lake and land patrols near "
            "Lake Titicaca.")
    assert sorted(map(sorted, _sides(pipeline, text, "COOPERATE"))) == [["BOL", "PER"]]


def test_joint_word_on_the_first_of_two_joined_objects(pipeline):
    text = "Ghana and Togo will set up joint police and naval patrols along the coast."
    assert sorted(map(sorted, _sides(pipeline, text, "COOPERATE"))) == [["GHA", "TGO"]]


def test_joint_team_sent(pipeline):
    text = "Laos and Vietnam will send a joint team to inspect the border markers in May."
    events = code_text(pipeline, text, PUB)
    assert sorted(map(sorted, side_codes(events, "COOPERATE"))) == [["LAO", "VNM"]]
    assert not of_type(events, "CONSULT")


def test_team_sent_alone_stays_a_visit(pipeline):
    """Guard: a team one state sends, with no joint word, is still a visit."""
    text = "Japan will send a team of officials to Seoul next week."
    events = code_text(pipeline, text, PUB)
    assert not of_type(events, "COOPERATE")


def test_force_set_up_alone_is_no_cooperation(pipeline):
    """Guard: a state setting up a force of its own cooperates with nobody."""
    text = "Nigeria set up a new police force in Lagos on Monday."
    assert not of_type(code_text(pipeline, text, PUB), "COOPERATE")
