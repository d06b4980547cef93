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


def test_all_means_on_a_condition_is_a_threat(pipeline):
    # the lemma of "means" is "mean"
    text = ("Afghanistan would use all means against Pakistan if the shelling did not stop, a "
            "spokesman told state television.")
    events = code_text(pipeline, text, "2023-03-01")
    assert side_countries(events, "THREATEN") == [("AFG", "PAK")]


def test_authorities_in_a_town_speak_there(pipeline):
    # the lemma of "authorities" is "authority"
    text = ("Authorities in Kabul said on Monday that Pakistani forces had shelled border "
            "villages and accused Islamabad of violating the ceasefire.")
    events = code_text(pipeline, text, "2023-03-01")
    assert [e.location.name if e.location else None
            for e in events if e.event_type == "ACCUSE"] == ["Kabul"]


def test_a_detention_not_done_holds_no_one(pipeline):
    # the release is by the side that did detain the sailors, not by the one that did not
    text = ("Iranian police detained two British sailors on Monday. Iran did not arrest the "
            "French crew. The sailors were freed on Friday.")
    events = code_text(pipeline, text, "2023-03-05")
    releases = [e for e in events if e.event_type in ("RETREAT", "CONCEDE")]
    assert [(e.source.country, e.target.country) for e in releases] == [("IRN", "GBR")]


def test_an_article_with_a_space_is_not_stripped_from_a_name(pipeline):
    # "Al Gore" is a man; only "Al-"/"El-" with a hyphen is an article before a town
    gazetteer = pipeline.extractor.gazetteer
    assert gazetteer.lookup("Al Gore") is None
    assert gazetteer.lookup("Qamishli") is not None
