"""Acts told in a clause that identifies a participant ("who seized power in July", "which had
expelled the ambassador") are background and not coded; the story's news in such a clause,
dated to its own days, stays. Every sentence is hand-built; none is from the dev set."""

import pytest
from coding import code_text, of_type

PUB = "2024-03-15"

BACKGROUND = [
    # a relative clause dated months before the story
    ("Guinea's military ruler, who toppled the elected president in September, named a new "
     "prime minister on Thursday.", "COERCE"),
    ("Mali's junta, which expelled the French ambassador in January, accused Paris on Thursday "
     "of arming jihadists.", "SANCTION"),
    ("The African Union, which suspended Gabon after the coup in August, sent a mediator to "
     "Libreville on Thursday.", "SANCTION"),
    # a relative clause in the past perfect
    ("Chinese coast guard ships, which had blocked a Philippine supply mission, fired water "
     "cannon at two Philippine boats on Thursday.", "REJECT"),
]

NEWS = [
    # the story's own days in the clause
    ("Thai police on Thursday arrested two activists who had painted slogans on a palace wall, "
     "and the junta, which expelled a French envoy on Tuesday, accused Paris of meddling.",
     "SANCTION"),
    # a clause on an event noun is the news itself
    ("Israeli warplanes struck a house in Rafah on Thursday, in a raid that killed 12 people, "
     "Gaza health officials said.", "ASSAULT"),
]


@pytest.mark.parametrize("text,event_type", BACKGROUND)
def test_background_in_an_identifying_clause_is_not_coded(pipeline, text, event_type):
    assert of_type(code_text(pipeline, text, PUB), event_type) == []


@pytest.mark.parametrize("text,event_type", NEWS)
def test_news_in_a_describing_clause_stays(pipeline, text, event_type):
    assert of_type(code_text(pipeline, text, PUB), event_type)
