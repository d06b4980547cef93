"""Statement rules of the eleventh session: an accusation told as a report of another side's
wrongdoing ("Seoul said North Korea had jammed GPS signals") is the speaker's ACCUSE aimed at
the reported clause's named doer."""

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
