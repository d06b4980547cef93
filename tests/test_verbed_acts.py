"""A reaction to "the launch", "the proposal" answers the doer of the act the story told with
that noun's verb, not the author of a later, unrelated act."""

from coding import code_text, side_countries


def test_condemned_launch_answers_who_fired(pipeline):
    events = code_text(pipeline, "Iran fired two ballistic missiles towards the Gulf on "
                       "Monday. Iraqi officials said the missiles fell into the sea, and Iraq "
                       "warned Kuwait against any retaliation. Saudi Arabia on Tuesday condemned "
                       "the launch as reckless.", "2024-03-15")
    assert ("SAU", "IRN") in side_countries(events, "ACCUSE")
    assert ("SAU", "IRQ") not in side_countries(events, "ACCUSE")


def test_a_deed_said_never_to_happen_is_not_the_one_condemned(pipeline):
    events = code_text(pipeline, "China seized three Philippine fishing boats on Friday. "
                       "Manila's foreign minister said the Philippines would never seize "
                       "Chinese vessels. Australia condemned the seizure.", "2024-03-15")
    targets = {e.target.side for e in events if e.event_type == "ACCUSE"
               and e.source.side == "AUS" and e.target is not None}
    assert targets == {"CHN"}
