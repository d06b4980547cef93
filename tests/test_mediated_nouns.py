"""False events, fifteenth session: a mediation told as a participle on the act it helped is
no meeting of its own (mediated_nouns.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-08"
FILLER = " The statement was issued late in the evening."


def test_an_exchange_mediated_is_no_meeting(pipeline):
    text = ("Armenia and Azerbaijan swapped 30 prisoners on Sunday in an exchange mediated by "
            "Qatar." + FILLER)
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONSULT") == []
    assert len(of_type(events, "CONCEDE")) == 2


def test_a_deal_mediated_is_an_agreement_only(pipeline):
    text = ("Ethiopia and Eritrea signed a peace deal mediated by the United Arab Emirates on "
            "Friday." + FILLER)
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONSULT") == []
    assert side_countries(events, "AGREE") == [("ETH", "ERI")]


def test_an_accord_in_a_process_mediated_is_an_agreement_only(pipeline):
    text = ("Kyrgyzstan and Tajikistan signed a border accord on Monday in a process mediated by "
            "Kazakhstan." + FILLER)
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONSULT") == []
    assert len(of_type(events, "AGREE")) == 1


def test_an_active_mediation_stays_a_meeting(pipeline):
    text = "Norway mediated between Colombia and the ELN rebels in Oslo on Tuesday." + FILLER
    assert side_countries(code_text(pipeline, text, PUB), "CONSULT") == [("NOR", "COL")]
