"""False events, fourteenth session: acts the text does not report (invented_acts.py)."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-08"


def test_a_rejection_not_made_is_no_event(pipeline):
    """"did not oppose the talks": no rejection; the talks stay."""
    text = ("Norway did not oppose the proposed talks between Serbia and Kosovo, its foreign "
            "minister said on Tuesday.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "REJECT") == []
    assert len(of_type(events, "CONSULT")) == 1


def test_a_block_not_made_is_no_rejection(pipeline):
    """"questioned the plan but did not block the extension": no veto was used."""
    text = ("Diplomats said Poland and Slovakia questioned the plan but did not block the "
            "extension of sanctions on Iran.")
    assert of_type(code_text(pipeline, text, PUB), "REJECT") == []


def test_criticism_not_voiced_is_no_accusation(pipeline):
    """"has not criticised Peru's decision": no accusation was made."""
    text = ("Chile has not criticised Peru's decision to close the border, officials in "
            "Santiago said on Monday.")
    assert of_type(code_text(pipeline, text, PUB), "ACCUSE") == []


def test_a_rejection_made_stays(pipeline):
    """The same stance told as taken is still a rejection."""
    text = "Norway opposed the proposed talks between Serbia and Kosovo on Tuesday."
    assert len(of_type(code_text(pipeline, text, PUB), "REJECT")) == 1


def test_suspending_ones_own_officials_is_no_sanction(pipeline):
    """"suspended Kenya's police chief": a domestic act, not a sanction of another side."""
    text = "President Ruto suspended Kenya's police chief and two of his deputies on Friday."
    assert of_type(code_text(pipeline, text, PUB), "SANCTION") == []


def test_suspending_talks_with_rebels_stays_a_sanction(pipeline):
    """A measure against a domestic armed group is a sanction (CAMEO 163)."""
    text = "Colombia suspended peace talks with the ELN rebels on Wednesday."
    assert side_countries(code_text(pipeline, text, PUB), "SANCTION") == [("COL", "COL")]


def test_sanctions_on_another_state_stay(pipeline):
    text = "Canada imposed sanctions on Venezuelan officials on Monday."
    assert side_countries(code_text(pipeline, text, PUB), "SANCTION") == [("CAN", "VEN")]


def test_naming_what_is_rejected_is_no_second_accusation(pipeline):
    """"rejected what it called insulting remarks": one rejection, no accusation beside it."""
    text = ("Hungary's foreign ministry rejected what it called insulting remarks by the "
            "Slovak prime minister.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "ACCUSE") == []
    assert side_countries(events, "REJECT") == [("HUN", "SVK")]


def test_naming_what_a_summons_protests_is_no_reversed_accusation(pipeline):
    """"summoned Togo's ambassador to protest against what it called incursions": the
    summons is Ghana's accusation; the naming adds none, least of all Togo's."""
    text = ("Ghana summoned Togo's ambassador on Friday to protest against what it called "
            "repeated incursions by Togolese troops.")
    assert side_countries(code_text(pipeline, text, PUB), "ACCUSE") == [("GHA", "TGO")]


def test_naming_an_act_by_blame_stays_an_accusation(pipeline):
    """"called the Ugandan raid an act of aggression": the naming is the accusation."""
    text = "President Ruto called the Ugandan raid an act of aggression."
    assert side_countries(code_text(pipeline, text, PUB), "ACCUSE") == [("KEN", "UGA")]


def test_an_act_only_considered_is_no_event(pipeline):
    """"would consider lifting some of its measures": weighed, not decided."""
    text = "Ottawa said on Monday it would consider lifting some of its measures on Caracas."
    assert code_text(pipeline, text, PUB) == []


@pytest.mark.parametrize("text", [
    "The European Union is considering imposing fresh sanctions on Belarus.",
    "NATO ministers will gather on Thursday to consider sanctioning Minsk over the crackdown.",
])
def test_a_measure_weighed_is_no_event_however_told(pipeline, text):
    """Weighing a sanction, by a verb ("consider sanctioning") or by its noun ("consider
    imposing sanctions"), is no sanction."""
    assert of_type(code_text(pipeline, text, PUB), "SANCTION") == []


def test_an_act_announced_stays(pipeline):
    """The same act said to come is still coded, planned."""
    text = "Ottawa said on Monday it would lift some of its measures on Caracas."
    assert [e.status for e in code_text(pipeline, text, PUB)] == ["planned"]


def test_a_lone_envoy_brokering_holds_no_meeting(pipeline):
    """One official of an international body with no partner named meets no one."""
    text = ("Josep Borrell, who has spent weeks trying to broker a truce, urged both sides "
            "to return to talks.")
    assert of_type(code_text(pipeline, text, "2022-03-08"), "CONSULT") == []


def test_a_bodys_members_meeting_stays(pipeline):
    """"EU foreign ministers will meet": the members consult."""
    text = "EU foreign ministers will meet in Brussels on Monday to discuss the crisis."
    assert len(of_type(code_text(pipeline, text, "2022-03-08"), "CONSULT")) == 1


def test_a_quoted_act_not_done_is_no_event(pipeline):
    """"'We have not conceded a single inch,' he said": a stance in the speaker's words."""
    text = "\"We have not conceded a single inch to Beijing,\" the Indian defence minister said."
    assert of_type(code_text(pipeline, text, PUB), "CONCEDE") == []


def test_a_quoted_refusal_stays_a_rejection(pipeline):
    """"'We will not hand over a single fugitive to Moscow'": a refusal, which is a REJECT."""
    text = ("\"We will not hand over a single fugitive to Moscow,\" the Georgian prime minister "
            "said.")
    assert side_countries(code_text(pipeline, text, PUB), "REJECT") == [("GEO", "RUS")]


def test_an_act_called_off_outside_quotes_stays(pipeline):
    """Told by the reporter, a meeting that did not take place is still coded, negated."""
    text = "Armenian and Azerbaijani ministers did not meet in Prague on Tuesday."
    assert [e.status for e in of_type(code_text(pipeline, text, PUB), "CONSULT")] == ["negated"]
