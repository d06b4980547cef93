"""Rules the lead wrote while merging the eighth session's branches."""

from coding import code_text, side_countries


def types_of(events):
    return sorted(e.event_type for e in events)


def test_a_place_near_what_was_seized_is_not_what_was_seized(pipeline):
    # "near the island", "off the port": where the act was done, not its object; the capture of
    # ground is an ASSAULT, the seizure of a ship a COERCE.
    for text in ("Iranian forces seized a British-flagged tanker near the island of Abu Musa on "
                 "Friday.",
                 "Sri Lankan sailors seized an Indian trawler off the port of Jaffna on Monday."):
        events = code_text(pipeline, text, "2023-07-10")
        assert types_of(events) == ["COERCE"], text


def test_a_town_seized_is_still_ground_taken(pipeline):
    # a guard: the direct object keeps its reading
    text = "M23 rebels seized the town of Bunagana near the Ugandan border on Monday."
    events = code_text(pipeline, text, "2022-06-15")
    assert types_of(events) == ["ASSAULT"]


def test_a_surname_that_is_also_a_foreign_town_is_no_country(pipeline):
    # "criticised Santos": a man (the model says a person), not Brazil's port, in a story that
    # never names Brazil; a review found this reading after the arguments branch merged
    text = ("Venezuelan President Nicolas Maduro on Friday criticised Santos over the border "
            "closure.")
    events = code_text(pipeline, text, "2015-09-05")
    assert all(target != "BRA" for _, target in side_countries(events, "ACCUSE"))
