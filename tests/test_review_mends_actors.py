"""Mends of the tenth session's review on actors: acronym-defined state bodies, weapon words
after a common noun, answered nouns in the singular, a party's or a parliament's gathering,
and "their" after a doer of many people."""

import spacy
from coding import code_text, of_type
from spacy.tokens import Doc

from newsevents.context import ArticleContext
from newsevents.records import Actor
from newsevents.references import possessive_owner

PUB = "2024-03-13"


def test_an_acronym_defined_state_council_is_no_rebel_group(pipeline):
    events = code_text(pipeline, "Protests spread across Sudan on Monday. The Transitional "
                                 "Military Council (TMC) arrested 40 protesters in Khartoum.", PUB)
    sources = [e.source for e in of_type(events, "COERCE")]
    assert sources and all("REB" not in s.sector for s in sources)


def test_a_security_council_is_no_rebel_group(pipeline):
    events = code_text(pipeline, "Kenya deployed troops on Monday. The National Security "
                                 "Council (NSC) accused Somalia of backing the militants.", PUB)
    assert all("REB" not in e.source.sector for e in events)


def test_a_think_tank_is_no_military(pipeline):
    events = code_text(pipeline, "A Chinese think tank accused Japan on Monday of militarising "
                                 "the region.", PUB)
    assert all("MIL" not in e.source.sector for e in events)


def test_a_fishing_fleet_is_no_mobilisation(pipeline):
    events = code_text(pipeline, "Vietnam said on Monday that a Chinese fishing fleet had "
                                 "entered its waters.", PUB)
    assert of_type(events, "MOBILIZE") == []


def test_fighter_jets_stay_a_military(pipeline):
    events = code_text(pipeline, "Israeli fighter jets struck targets in Gaza on Tuesday.", PUB)
    assert [e.source.sector for e in of_type(events, "ASSAULT")] == [("MIL",)]


def test_a_singular_answered_noun_finds_its_author(pipeline):
    events = code_text(pipeline, "China imposed a restriction on Japanese seafood on Monday. "
                                 "Hundreds of Japanese fishermen protested against the "
                                 "restriction.", PUB)
    assert [e.target.country if e.target else None
            for e in of_type(events, "PROTEST")] == ["CHN"]


def test_a_parliamentary_session_is_no_international_body(pipeline):
    events = code_text(pipeline, "The African Union suspended Mali on Monday. The "
                                 "parliamentary session rejected the decision.", PUB)
    assert all(not (e.source.code or "").startswith("IGO") for e in of_type(events, "REJECT"))


def test_their_after_a_doer_of_many_is_the_latest_group():
    context = ArticleContext(pub_date=None)
    context.remember([Actor("Ethiopia", "ETH", "ETH"), Actor("Eritrea", "ERI", "ERI")])
    farmers = Actor("Ethiopian farmers", "ETHCVL", "ETH", ("CVL",), title="farmers",
                    kind="group")
    context.remember([farmers])
    context.authors.append(("PROTEST", farmers))
    doc = Doc(spacy.blank("en").vocab, words=["their", "troops"], tags=["PRP$", "NNS"])
    assert context.pronoun("they") == [farmers]  # "They demanded": the farmers, as before
    owner = possessive_owner(list(doc), context)
    assert owner is not None and owner.country == "ETH" and owner.code == "ETH"
