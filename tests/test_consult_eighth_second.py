"""CONSULT, eighth session second pass: talks told by their noun whose clause names one party
or none take the parties the story has paired before (talks_sides.py)."""

from coding import code_text, of_type, side_countries


def test_talks_resuming_take_the_storys_pair(pipeline):
    """"the negotiations will resume in Jeddah", "the talks began again in Geneva": the
    story's pair."""
    for text in (
            "Sudan's army accused the Rapid Support Forces of shelling the city. "
            "The negotiations will resume in Jeddah next month, mediators said.",
            "Armenia accused Azerbaijan of violating the truce. "
            "The talks began again in Geneva on Tuesday after a two-month pause."):
        events = code_text(pipeline, text, "2024-03-06")
        assert len(of_type(events, "CONSULT")) == 1, text


def test_talks_with_one_side_take_the_other_from_the_story(pipeline):
    """"talks with the insurgents would restart in Oslo": the other side is the story's."""
    text = ("The Ethiopian government accused the Tigrayan rebels of shelling Mekelle. "
            "Talks with the rebels will restart in Nairobi next week, a spokesman said.")
    events = code_text(pipeline, text, "2024-03-06")
    assert side_countries(events, "CONSULT") == [("ETH", "ETH")]


def test_talks_as_a_topic_take_no_parties(pipeline):
    """"called for talks": no talks held, whatever the story's pair."""
    text = ("Armenia accused Azerbaijan of violating the truce. "
            "The opposition called for talks on the border.")
    events = code_text(pipeline, text, "2024-03-06")
    assert of_type(events, "CONSULT") == []


def test_an_organisations_own_summit_takes_no_partner_from_the_story(pipeline):
    """"The leaders of ECOWAS held an emergency summit": the body meets itself, it does not
    meet the junta the story named before."""
    for text in (
            "Guinea's army seized power on Sunday. "
            "The leaders of ECOWAS held an emergency summit in Accra on Wednesday.",
            "Thailand accused Cambodia of shelling on Monday. "
            "The ASEAN summit opened in Jakarta on Friday."):
        events = code_text(pipeline, text, "2023-08-01")
        assert [target for _, target in side_countries(events, "CONSULT")] == [None], text
