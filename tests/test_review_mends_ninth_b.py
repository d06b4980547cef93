"""Ninth-session review mends, slice B: narrative days, lexicon rows, parse repairs and
references (review findings A1-A7 and B). Each sentence here failed before its mend."""

import shutil
from datetime import date
from importlib import resources

import pytest
from coding import code_text, of_type, side_codes

from newsevents.errors import DataFileError
from newsevents.lexicon import load_lexicon

PUB = "2024-03-10"  # a Sunday
TUESDAY = date(2024, 3, 5)
MONDAY = date(2024, 3, 4)


def _days(events, event_type):
    return [e.date.start for e in of_type(events, event_type)]


def _types(pipeline, text):
    return sorted({e.event_type for e in code_text(pipeline, text, PUB)})


# A1: a force of another nation is not the occasion's force, whatever its kind word.
@pytest.mark.parametrize("text, event_type", [
    ("Israeli troops raided a camp near Jenin on Tuesday. Egyptian troops closed the Rafah "
     "crossing.", "SANCTION"),
    ("Israeli forces struck targets in Gaza on Tuesday. Syrian forces shelled rebel positions "
     "near Idlib.", "ASSAULT"),
    ("Indian troops raided a village in Kashmir on Tuesday. Pakistani troops shelled Indian "
     "posts near Poonch.", "ASSAULT"),
])
def test_other_nations_force_does_not_borrow_the_day(pipeline, text, event_type):
    events = [e for e in code_text(pipeline, text, PUB) if e.evidence.sentence_index == 1]
    assert TUESDAY not in _days(events, event_type)


def test_same_force_without_nation_still_borrows_the_day(pipeline):
    events = code_text(pipeline, "Nigerian troops raided a militant camp on Tuesday. The "
                       "soldiers freed 30 hostages.", PUB)
    assert _days(events, "RETREAT") == [TUESDAY]


# A2: "The two agreed": the subject is the group word itself.
@pytest.mark.parametrize("text, day", [
    ("Macron met Scholz in Berlin on Tuesday. The two agreed to boost arms production.",
     TUESDAY),
    ("Blinken held talks with Wang Yi in Beijing on Monday. The two signed a climate pact.",
     MONDAY),
])
def test_the_two_as_subject_borrow_the_meeting_day(pipeline, text, day):
    assert _days(code_text(pipeline, text, PUB), "AGREE") == [day]


# A3: a sentence with no act after an undated aside keeps the meeting's day.
@pytest.mark.parametrize("text, day", [
    ("Xi met Biden in Lima on Monday. China has rejected U.S. criticism of its trade policy. "
     "The weather was cold. The two men signed a trade deal.", MONDAY),
    ("Erdogan met Putin in Sochi on Monday. Turkey has long criticised Russia's grain policy. "
     "The meeting room was small. The two leaders signed a grain deal.", MONDAY),
    ("Macron met Scholz in Berlin on Tuesday. Germany has repeatedly criticised French arms "
     "policy. The dinner lasted three hours. The two leaders signed a defence pact.", TUESDAY),
])
def test_actless_sentence_after_aside_keeps_occasion(pipeline, text, day):
    assert _days(code_text(pipeline, text, PUB), "AGREE") == [day]


# A4: rows that never fired or fired wrongly.
@pytest.mark.parametrize("text", [
    "The US promised support to Ukraine on Monday.",
    "France promised support for the Lebanese army on Monday.",
])
def test_promised_support_is_support(pipeline, text):
    assert _types(pipeline, text) == ["SUPPORT"]


@pytest.mark.parametrize("text, absent", [
    ("Egypt moved a convoy of buses to the Libyan border on Monday.", "MOBILIZE"),
    ("The Indian government rained down criticism on Pakistan after the match.", "ASSAULT"),
    ("Pakistani officials rained down insults on India on Monday.", "ASSAULT"),
])
def test_non_military_senses_are_not_coded(pipeline, text, absent):
    assert absent not in _types(pipeline, text)


@pytest.mark.parametrize("text, event_type", [
    ("Russia sent a military convoy to the Ukrainian border on Monday.", "MOBILIZE"),
    ("Rockets rained down on the Israeli town of Sderot on Monday.", "ASSAULT"),
])
def test_military_senses_still_coded(pipeline, text, event_type):
    assert event_type in _types(pipeline, text)


def test_duplicate_noun_row_is_reported(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(str(resources.files("newsevents") / "data" / "lexicon"), folder)
    nouns = folder / "nouns.tsv"
    lines = nouns.read_text(encoding="utf-8").splitlines()
    lines.append("car bombing\tASSAULT\texplosives\t183\t4\t-10.0\ton")
    nouns.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_lexicon(folder)
    assert raised.value.line == len(lines) and "nouns.tsv" in raised.value.path


# A5: a past verb repaired under a speech verb other than "say" is its reported clause.
@pytest.mark.parametrize("text, verb, speech", [
    ("Azerbaijan concentrated forces near the frontier, Armenia's defence ministry announced.",
     "concentrated", "announced"),
])
def test_repaired_verb_under_speech_verb_is_ccomp(pipeline, text, verb, speech):
    doc = pipeline.nlp(text)
    word = next(t for t in doc if t.text == verb)
    assert (word.dep_, word.head.text) == ("ccomp", speech)


# A6: "It" is the earlier subject's own noun phrase, not a name in its relative clause.
@pytest.mark.parametrize("text, source", [
    ("The Indian army, which Pakistan blames for the raid, said a drone from Pakistan crossed "
     "the border. It accused Pakistan of provocation.", "INDMIL"),
    ("The Pakistani army, which India blames for the shelling, said a drone from India crossed "
     "the border. It accused India of provocation.", "PAKMIL"),
])
def test_it_is_not_the_name_in_a_relative_clause(pipeline, text, source):
    events = [e for e in code_text(pipeline, text, PUB) if e.evidence.sentence_index == 1]
    assert source in [code for code, _ in side_codes(events, "ACCUSE")]


# A7: curfews and lockdowns called off or scaled back are RETREAT; emergency rule ended is
# CONCEDE (verbs.tsv header).
@pytest.mark.parametrize("text, event_type", [
    ("The Thai government called off the curfew in Bangkok on Monday.", "RETREAT"),
    ("The Peruvian government called off the curfew in Lima on Monday.", "RETREAT"),
    ("The Thai government scaled back the lockdown in Bangkok on Monday.", "RETREAT"),
    ("Chile's government scaled back the curfew in Santiago on Monday.", "RETREAT"),
    ("The Thai government ended the state of emergency on Monday.", "CONCEDE"),
    ("Sri Lanka ended the state of emergency on Monday.", "CONCEDE"),
])
def test_emergency_and_curfew_lifting(pipeline, text, event_type):
    assert _types(pipeline, text) == [event_type]


# B: rows that fired outside politics (guard sentences: no event of that type).
@pytest.mark.parametrize("text, absent", [
    ("Kenyan authorities enforced a shutdown of the capital's markets.", "PROTEST"),
    ("Uganda's police enforced a shutdown of the markets in Kampala.", "PROTEST"),
    ("Police officers converged on the residence of the French ambassador in Nairobi.",
     "PROTEST"),
    ("China shipped 2 million units to Brazil last year.", "MOBILIZE"),
    ("The Indian army recalled veterans for the parade in Delhi.", "MOBILIZE"),
    ("Turkey's army recalled veterans for the parade in Ankara.", "MOBILIZE"),
    ("The German court granted relief to the Turkish company.", "AID"),
    ("The British High Court granted relief to the Indian company.", "AID"),
])
def test_rows_outside_politics_do_not_fire(pipeline, text, absent):
    assert absent not in _types(pipeline, text)


# E: a go-between's "among" names the sides it mediates between.
@pytest.mark.parametrize("text, targets", [
    ("Kenya mediated among Somalia, Ethiopia and Eritrea on Monday.", {"SOM", "ETH", "ERI"}),
    ("Egypt mediated among Hamas, Fatah and Islamic Jihad in Cairo on Monday.", {"PSEREB"}),
])
def test_mediating_among_parties_meets_them(pipeline, text, targets):
    found = {target for _, target in side_codes(code_text(pipeline, text, PUB), "CONSULT")}
    assert targets <= found
