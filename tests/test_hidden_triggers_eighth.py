"""Acts the small parser hides: an organisation's acronym read as a verb, a name made a second
subject after its common noun, a town read as an adverb (parse_repairs.py)."""

from coding import code_text, side_codes, side_countries

PUB = "2023-08-10"


def test_acronym_read_as_a_verb_is_the_subject(pipeline):
    events = code_text(pipeline, "ECOWAS imposed sanctions on Niger on Monday.", PUB)
    assert side_codes(events, "SANCTION") == [("IGOWAFWAS", "NER")]


def test_acronym_read_as_a_noun_heading_the_sentence_is_the_subject(pipeline):
    events = code_text(pipeline, "ECOWAS slapped sanctions on Niger after the coup.", PUB)
    assert side_codes(events, "SANCTION") == [("IGOWAFWAS", "NER")]


def test_name_after_its_common_noun_names_the_subject(pipeline):
    events = code_text(pipeline,
                       "The West African bloc ECOWAS imposed a trade embargo on Guinea.", PUB)
    assert side_codes(events, "SANCTION") == [("IGOWAFWAS", "GIN")]


def test_name_after_its_common_noun_names_the_subject_of_a_suspension(pipeline):
    events = code_text(pipeline,
                       "The West African bloc ECOWAS suspended Burkina Faso on Friday.", PUB)
    assert side_codes(events, "SANCTION") == [("IGOWAFWAS", "BFA")]


def test_town_read_as_an_adverb_is_the_object(pipeline):
    events = code_text(pipeline, "Saudi jets pounded Sirte.", PUB)
    assert side_countries(events, "ASSAULT") == [("SAU", "LBY")]

