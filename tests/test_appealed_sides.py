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


def test_appeal_aimed_at_a_later_conflict_keeps_its_target(pipeline):
    events = code_text(pipeline, "Serbia accused Kosovo on Monday of harassing ethnic Serbs "
                       "near Mitrovica. Separately, Vietnam and China traded accusations over "
                       "a fishing boat rammed near the Paracel Islands. Japan urged both "
                       "countries to exercise restraint.", "2024-03-15")
    appeals = appeal_targets(events, "JPN")
    assert appeals and set(appeals) <= {"VNM", "CHN"}


def test_appeal_to_leaders_of_a_later_clash_keeps_its_target(pipeline):
    events = code_text(pipeline, "Protesters in Peru accused the government of stealing the "
                       "vote. Separately, Sudanese troops clashed with South Sudanese forces "
                       "near Abyei on Monday. The African Union urged the leaders of Sudan and "
                       "South Sudan to meet.", "2024-03-15")
    appeals = appeal_targets(events, "IGO")
    assert appeals and set(appeals) <= {"SDN", "SSD"}
