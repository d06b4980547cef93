"""An appeal to "both sides" addresses the pair the story's conflict set against each other,
not the pair named last nor the speaker's own side."""

from coding import code_text


def appeal_targets(events, speaker_side):
    """The target sides of the requests made by this side."""
    return [e.target.side for e in events if e.event_type == "REQUEST"
            and e.source.side.startswith(speaker_side) and e.target is not None]


def test_appeal_to_both_countries_is_not_the_helpers_named_last(pipeline):
    events = code_text(pipeline, "Eritrea moved tanks and troops to its border with Ethiopia "
                       "on Monday. Ethiopia on Tuesday accused Eritrea of preparing an invasion "
                       "and asked Kenya and Egypt for support. Kenya's army reinforced its "
                       "northern garrison on Wednesday. The African Union called on both "
                       "countries to settle the dispute through talks.", "2024-03-15")
    appeals = appeal_targets(events, "IGO")
    assert appeals and set(appeals) <= {"ERI", "ETH"}


def test_appeal_to_all_sides_is_not_the_speakers_own(pipeline):
    events = code_text(pipeline, "Rebels in the north accused the Malian army of killing "
                       "civilians on Monday. Russia, which has instructors in the country, "
                       "said on Tuesday its defence minister had spoken to both camps and "
                       "urged all sides to show restraint.", "2024-03-15")
    assert set(appeal_targets(events, "RUS")) == {"MLI"}
