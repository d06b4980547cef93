"""Short family names and speakers of relative clauses
(short_names.py, references.py)."""

from coding import code_text, side_countries

from newsevents.records import Actor
from newsevents.short_names import family_name_parts

PUB = "2024-05-10"


def _person(name, country):
    return Actor(text=name, country=country, code=country, sector=("GOV",), kind="person",
                 name=name)


def test_short_family_name_told_first_is_remembered():
    assert family_name_parts(_person("Kim Jong Un", "PRK")) == ["Kim"]
    assert family_name_parts(_person("Ban Ki-moon", None)) == ["Ban"]
    assert family_name_parts(_person("Joe Biden", "USA")) == []  # given name first
    assert family_name_parts(_person("To Lam", "VNM")) == []  # a common word


def test_later_short_name_is_the_person_named_in_full(pipeline):
    text = ("North Korean leader Kim Jong Un inspected a missile unit on Thursday. "
            "Kim ordered the army to prepare for war.")
    events = code_text(pipeline, text, PUB)
    assert [s for s, _ in side_countries(events, "MOBILIZE")] == ["PRK"]


def test_pronoun_reported_by_a_relative_clause_subject(pipeline):
    text = ("Protesters gathered outside the embassy of Denmark, which said it would summon "
            "the Iraqi ambassador. Officials gave no further details.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ACCUSE") == [("DNK", "IRQ")]
