"""False events, fifteenth session: an act named only as the aim of an attempt, an offer or a
proposal is not done (unrealised_aims.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-08"
FILLER = " The statement was issued late in the evening."


def test_an_attempt_to_intimidate_is_no_threat(pipeline):
    text = ("Seoul called the drills a clear attempt to intimidate South Korea and its "
            "allies." + FILLER)
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "THREATEN") == []
    assert len(of_type(events, "ACCUSE")) == 1


def test_attempts_blocked_are_no_sanction(pipeline):
    text = ("Moscow has blocked repeated attempts to impose sanctions on Damascus at the "
            "Security Council." + FILLER)
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "SANCTION") == []
    assert len(of_type(events, "REJECT")) == 1


def test_an_offer_turned_down_sends_no_troops(pipeline):
    text = ("Chad turned down an offer from France to send troops to the Lake Chad "
            "region." + FILLER)
    assert of_type(code_text(pipeline, text, PUB), "MOBILIZE") == []


def test_a_proposal_rejected_holds_no_talks(pipeline):
    text = ("Colombia rejected a proposal from Venezuela to hold talks on the border in "
            "Caracas." + FILLER)
    assert of_type(code_text(pipeline, text, PUB), "CONSULT") == []


def test_a_decision_to_send_stays(pipeline):
    text = "Britain announced a decision to send a frigate to the Falklands this week." + FILLER
    assert len(of_type(code_text(pipeline, text, PUB), "MOBILIZE")) == 1


def test_an_agreement_to_give_stays(pipeline):
    text = "Japan signed an agreement to give Sri Lanka $50 million for its ports." + FILLER
    assert side_countries(code_text(pipeline, text, PUB), "AID") == [("JPN", "LKA")]
