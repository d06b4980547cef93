"""Ninth session, verbal types: another side's proposal, offer or invitation taken up is an
agreement with its author (the author is named by the object noun's modifier)."""

from coding import code_text, side_countries


def test_accepted_proposal_targets_its_author(pipeline):
    """"accepted a Russian proposal": the proposal stays the recipient, Russia its author."""
    events = code_text(pipeline, "Armenia accepted a Russian proposal on Monday to station "
                                 "monitors along the border with Azerbaijan.", "2024-03-15")
    assert ("ARM", "RUS") in side_countries(events, "AGREE")


def test_accepted_invitation_targets_its_author(pipeline):
    events = code_text(pipeline, "Seoul accepted a Japanese invitation on Monday to attend "
                                 "a regional summit next month.", "2024-03-15")
    assert ("KOR", "JPN") in side_countries(events, "AGREE")


def test_offer_taken_up_is_agreement(pipeline):
    """"took up an Iraqi offer", "embraced an Algerian plan" (other verbs of taking up)."""
    events = code_text(pipeline, "Tehran took up an Iraqi offer on Monday to host talks "
                                 "with Saudi officials on the war in Yemen.", "2024-03-15")
    assert ("IRN", "IRQ") in side_countries(events, "AGREE")
    events = code_text(pipeline, "The Malian junta embraced an Algerian plan on Monday to "
                                 "restart the peace process with northern rebels.",
                       "2024-03-15")
    assert ("MLI", "DZA") in side_countries(events, "AGREE")
