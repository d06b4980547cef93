"""Eighth-session rules for AID, COOPERATE, REJECT, AGREE and REQUEST (real model): refusals told
by the refused act (`declined.py`), forces sent to help (`transfers.py`) and lexicon rows.

Each test uses a hand-built sentence whose wording is not in the dev set and which the code at
the start of the session (c8508c9) got wrong."""

import pytest
from coding import code_text


def sides(pipeline, text, event_type, pub="2024-05-14"):
    return {(e.source.country, e.target.country if e.target else None)
            for e in code_text(pipeline, text, pub) if e.event_type == event_type}


def countries(pipeline, text, event_type, pub="2024-05-14"):
    """The source countries of the events of one type."""
    return {e.source.country for e in code_text(pipeline, text, pub)
            if e.event_type == event_type}


@pytest.mark.parametrize("text", [
    "Ghana declined to attend the summit in Abuja with Nigeria on Monday.",
    "Peru's foreign minister declined to sign the declaration drafted by Chile on Tuesday.",
])
def test_declining_to_join_in_is_a_rejection(pipeline, text):
    assert countries(pipeline, text, "REJECT") & {"GHA", "PER"}


def test_declining_to_comment_is_no_rejection_guard(pipeline):
    text = "Ghana's foreign ministry declined to comment on the report from Nigeria on Monday."
    assert not countries(pipeline, text, "REJECT")


@pytest.mark.parametrize("text", [
    "Hamas said on Monday it would not return to the negotiating table with Israel.",
    "The Sudanese army will not go back to talks with the RSF until the siege ends, "
    "General Burhan said on Monday.",
])
def test_refusing_to_return_to_talks_is_a_rejection(pipeline, text):
    assert countries(pipeline, text, "REJECT") & {"PSE", "SDN"}


@pytest.mark.parametrize("text", [
    "Serbian President Aleksandar Vucic on Monday ruled out recognising Kosovo.",
    "Tehran again ruled out halting uranium enrichment, the Iranian foreign ministry said on "
    "Monday.",
])
def test_an_act_ruled_out_by_its_gerund_is_a_rejection(pipeline, text):
    assert countries(pipeline, text, "REJECT") & {"SRB", "IRN"}


@pytest.mark.parametrize("text", [
    "Kenya deployed 400 police officers to Haiti on Monday to help the Haitian police.",
    "Chad sent 2,000 soldiers to Mali on Monday to assist the Malian army against the "
    "insurgents.",
])
def test_forces_sent_to_help_are_aid(pipeline, text):
    found = sides(pipeline, text, "AID")
    assert ("KEN", "HTI") in found or ("TCD", "MLI") in found


def test_forces_sent_to_reinforce_their_own_are_no_aid_guard(pipeline):
    text = "Poland will send another 2,000 soldiers to the border to reinforce the troops there."
    assert not sides(pipeline, text, "AID")


@pytest.mark.parametrize("text", [
    "Germany sent military instructors to Niger on Monday.",
    "Japan will dispatch engineers to Cambodia next month, the Japanese embassy said.",
])
def test_experts_and_instructors_sent_are_aid(pipeline, text):
    found = sides(pipeline, text, "AID")
    assert ("DEU", "NER") in found or ("JPN", "KHM") in found


@pytest.mark.parametrize("text", [
    "Greece and Cyprus nailed down a gas deal on Monday.",
    "Brazil and Argentina ironed out an accord on river traffic on Monday.",
])
def test_deals_nailed_down_or_ironed_out_are_agreements(pipeline, text):
    found = sides(pipeline, text, "AGREE")
    assert found & {("GRC", "CYP"), ("CYP", "GRC"), ("BRA", "ARG"), ("ARG", "BRA")}


@pytest.mark.parametrize("text", [
    "Thai and Malaysian police carried out a joint raid on a trafficking camp near Padang "
    "Besar on Monday.",
    "Spanish and French police mounted a joint swoop on an arms cache near Bayonne on "
    "Monday.",
])
def test_joint_raids_are_cooperation(pipeline, text):
    assert sides(pipeline, text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "Turkey shunned the summit in Athens with Greece on Monday.",
    "Poland knocked back the proposal from Germany on Monday.",
])
def test_talks_shunned_and_proposals_knocked_back_are_rejections(pipeline, text):
    assert countries(pipeline, text, "REJECT") & {"TUR", "POL"}


@pytest.mark.parametrize("text", [
    "South Korea sought an apology from Japan on Monday.",
    "Namibia sought compensation from Germany on Monday.",
])
def test_apologies_and_compensation_sought_are_requests(pipeline, text):
    found = sides(pipeline, text, "REQUEST")
    assert ("KOR", "JPN") in found or ("NAM", "DEU") in found


@pytest.mark.parametrize("text", [
    "Ukrainian border guards patrolled the crossing together with Polish officers on Monday.",
    "Kazakh troops patrolled the canal alongside Kyrgyz soldiers on Monday.",
])
def test_patrolling_beside_another_force_is_cooperation(pipeline, text):
    found = sides(pipeline, text, "COOPERATE")
    assert found & {("UKR", "POL"), ("KAZ", "KGZ")}
