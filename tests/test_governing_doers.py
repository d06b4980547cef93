"""Acts whose verb has no subject of its own take their doer from the clause that governs them
(governing_doers.py): a subject hung on the auxiliary, on a fronted clause or on the participle
the verb is misparsed under, the antecedent of a relative pronoun in a reported clause, the
named owner of an intended act, the speaker of a demand joined to a reported passive, and the
subject that gives an event noun as its own."""

import pytest
from coding import code_text, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, kind, pair", [
    ("Kazakhstan has, however, pressed Kyrgyzstan to reopen the rail crossing at Kordai.",
     "REQUEST", ("KAZ", "KGZ")),
    ("Tunisia has, for its part, urged Libya to hand over the smugglers held in Tripoli.",
     "REQUEST", ("TUN", "LBY")),
])
def test_subject_hung_on_the_auxiliary(pipeline, text, kind, pair):
    assert pair in side_countries(code_text(pipeline, text, PUB), kind)


def test_subject_hung_on_a_fronted_clause(pipeline):
    events = code_text(pipeline, "Italy and Spain, which had co-sponsored the Libyan talks, "
                       "urged Tunisia on Monday to close its southern border crossings.", PUB)
    assert ("ITA", "TUN") in side_countries(events, "REQUEST")


def test_subject_of_the_participle_a_verb_is_misparsed_under(pipeline):
    events = code_text(pipeline, "Heads of the 8-member Intergovernmental Authority on "
                       "Development (IGAD), wrapping up a summit in Djibouti on Friday, gave "
                       "their \"full backing\" to Somalia.", PUB)
    assert (None, "SOM") in side_countries(events, "SUPPORT")  # an IGO has no country


def test_relative_pronoun_in_a_reported_clause_stands_for_its_antecedent(pipeline):
    events = code_text(pipeline, "Activists blamed the Russian army, which they said shelled "
                       "the market in Kherson on Monday.", PUB)
    assert ("RUS", "UKR") in side_countries(events, "ASSAULT")


def test_named_owner_of_an_intended_act_does_it(pipeline):
    events = code_text(pipeline, "Caracas condemned on Monday Washington's decision to deploy "
                       "an aircraft carrier to the Caribbean.", PUB)
    assert any(source == "USA" for source, _ in side_countries(events, "MOBILIZE"))


def test_demand_joined_to_a_reported_passive_is_the_speakers(pipeline):
    events = code_text(pipeline, "Uganda's government said it had not been consulted and called "
                       "on Kenya to suspend the pipeline works.", PUB)
    assert ("UGA", "KEN") in side_countries(events, "REQUEST")


def test_event_noun_given_as_the_subjects_own(pipeline):
    events = code_text(pipeline, "Senegal's president telephoned the Gambian leader on Monday to "
                       "offer his support after the flooding.", PUB)
    assert ("SEN", "GMB") in side_countries(events, "SUPPORT")


@pytest.mark.parametrize("text, kind, pair", [
    ("Jordan asked Syria on Monday to reopen the Nassib crossing.", "REQUEST", ("JOR", "SYR")),
    ("Ecuador urged Colombia to withdraw its troops from the border.", "REQUEST",
     ("ECU", "COL")),
])
def test_the_one_asked_is_not_the_asker(pipeline, text, kind, pair):
    assert side_countries(code_text(pipeline, text, PUB), kind) == [pair]


def test_speech_participle_on_a_reported_clause_is_the_speakers(pipeline):
    events = code_text(pipeline, "Chad's government said the border would stay closed, calling "
                       "on Sudan to disarm the militias.", PUB)
    assert ("TCD", "SDN") in side_countries(events, "REQUEST")
