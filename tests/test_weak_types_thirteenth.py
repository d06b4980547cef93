"""Types under 0.7 F1 on dev, thirteenth session: a warning of a natural outcome (a place
falling into famine, a disease spreading, unsafe conditions) is no threat, while a warning of
a blow by the speaker's side stays one; two who pledge shells together did not agree with each
other."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-15"


@pytest.mark.parametrize("text", [
    "The Red Cross warned that parts of eastern Chad could slide into famine by the summer.",
    "The UN refugee agency warned that conditions in northern Mali were still unsafe for "
    "returns.",
    "The World Health Organization warned on Monday that the coronavirus was spreading fast "
    "in Yemen.",
])
def test_a_warning_of_a_natural_outcome_is_no_threat(pipeline, text):
    assert of_type(code_text(pipeline, text, PUB), "THREATEN") == []


def test_a_warning_of_a_blow_stays_a_threat(pipeline):
    # guard (passes on base too): the warned clause's subject is the speaker's own forces
    events = code_text(pipeline, "Iran warned that its forces would strike Israeli cities.", PUB)
    assert side_countries(events, "THREATEN") == [("IRN", "ISR")]


def test_two_who_pledge_shells_together_do_not_agree_with_each_other(pipeline):
    events = code_text(pipeline, "Russian drones hit Ukraine's ports on Monday. Britain and "
                                 "Canada pledged more shells on Tuesday.", PUB)
    assert of_type(events, "AGREE") == []


@pytest.mark.parametrize("text, pair", [
    ("India and France will sail together in the Arabian Sea next week.", ("FRA", "IND")),
    ("Indonesian and Malaysian jets flew together over the Celebes Sea on Tuesday.",
     ("IDN", "MYS")),
])
def test_forces_sailing_or_flying_together_cooperate(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    assert sorted(tuple(sorted(p)) for p in side_countries(events, "COOPERATE")) == [pair]
