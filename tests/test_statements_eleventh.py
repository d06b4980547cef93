"""Statement rules of the eleventh session: an accusation told as a report of another side's
wrongdoing ("Seoul said North Korea had jammed GPS signals") is the speaker's ACCUSE aimed at
the reported clause's named doer; refusing to yield ("would not bow to", "would not renew")
is a REJECT."""

from coding import code_text, side_countries


def test_a_reported_wrong_accuses_its_named_doer(pipeline):
    events = code_text(pipeline, "Lithuania said on Thursday that Belarusian guards had "
                       "harassed a border patrol near Druskininkai.", "2024-03-15")
    assert ("LTU", "BLR") in side_countries(events, "ACCUSE")


def test_being_behind_a_deed_is_a_reported_wrong(pipeline):
    events = code_text(pipeline, "Niger's junta said on Thursday that France was behind the "
                       "unrest in the north. Officials gave no further details.", "2024-03-15")
    assert ("NER", "FRA") in side_countries(events, "ACCUSE")


def test_a_negated_or_unnamed_reported_wrong_blames_no_one(pipeline):
    events = code_text(pipeline, "Chile said on Thursday that Bolivia had not violated the "
                       "treaty. The police said the men had violated the curfew.", "2024-03-15")
    assert side_countries(events, "ACCUSE") == []


def test_refusing_to_bow_is_a_rejection(pipeline):
    events = code_text(pipeline, "Mali's military government said on Thursday that it would "
                       "not bow to ECOWAS. Officials gave no further details.", "2024-03-15")
    assert [s for s, _ in side_countries(events, "REJECT")] == ["MLI"]


def test_refusing_to_renew_an_accord_is_a_rejection(pipeline):
    events = code_text(pipeline, "Kenya said on Thursday it would not renew its fishing "
                       "accord with Somalia when it expires next month.", "2024-03-15")
    assert [s for s, _ in side_countries(events, "REJECT")] == ["KEN"]


def test_will_not_allow_is_no_rejection(pipeline):
    events = code_text(pipeline, "Turkey said on Thursday it would not allow militants to set "
                       "up bases along its border. Officials gave no further details.",
                       "2024-03-15")
    assert side_countries(events, "REJECT") == []
