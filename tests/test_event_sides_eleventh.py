"""Sides rules of the eleventh session: a bloc's membership sought by a country names the
applicant as the target, not the bloc."""

from coding import code_text, side_countries


def test_membership_talks_with_a_country_target_the_applicant(pipeline):
    events = code_text(pipeline, "Bulgaria vetoed the start of EU membership talks with North "
                       "Macedonia on Tuesday. Officials gave no further details.", "2024-03-15")
    assert side_countries(events, "REJECT") == [("BGR", "MKD")]


def test_a_countrys_accession_to_a_bloc_targets_the_country(pipeline):
    events = code_text(pipeline, "Greece lifted its veto on North Macedonia's NATO accession "
                       "on Friday. Officials gave no further details.", "2024-03-15")
    assert side_countries(events, "CONCEDE") == [("GRC", "MKD")]
