"""Acts left as an open question (open_questions.py): no event for the act asked about, nor
for an asking with no addressee; asking a state whether it would act stays a request."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, event_type", [
    ("Kigali did not say whether it would respond in kind.", "THREATEN"),
    # "if" under a negated speech word: the act stays open too.
    ("Nairobi did not say if it would respond in kind to the closure of its embassy in "
     "Mogadishu.", "THREATEN"),
    ("The Swedish cabinet debated whether to expel the Russian ambassador.", "SANCTION"),
    ("Reporters asked whether Ankara would impose sanctions on Syria.", "REQUEST"),
    ("An opposition senator asked if Rome would send warships to the Red Sea.", "REQUEST"),
])
def test_an_act_left_as_an_open_question_is_no_event(pipeline, text, event_type):
    assert not of_type(code_text(pipeline, text, PUB), event_type)


@pytest.mark.parametrize("text, sides", [
    ("Senegal asked Nigeria on Tuesday whether it could send more doctors to Dakar.",
     ("SEN", "NGA")),
    ("Greece asked Italy on Thursday if it would lend two firefighting planes.",
     ("GRC", "ITA")),
])
def test_asking_a_state_whether_it_would_act_is_a_request(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "REQUEST")


@pytest.mark.parametrize("text, event_type, sides", [
    ("Nigeria said it would send troops to Niger if diplomacy failed.", "MOBILIZE",
     ("NGA", "NER")),
    ("Kenya said on Monday that it would expel the Somali ambassador.", "SANCTION",
     ("KEN", "SOM")),
    ("Mali will ask for troops if the jihadists advance on Bamako.", "REQUEST", ("MLI", "MLI")),
])
def test_a_told_or_conditional_act_stays(pipeline, text, event_type, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), event_type)
