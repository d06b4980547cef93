"""Places of acts told with a clause of the same moment (eighth session, fourth places pass):
a deed in a "when"/"as"/"while" clause shares the place of the deed it hangs on, and an act
done when its doer was at an occasion happened where the occasion was."""

from coding import code_text, place_names


def test_a_deed_in_a_when_clause_takes_the_place_of_the_deed_above(pipeline):
    events = code_text(pipeline, "Two protesters were killed in Sohar on Sunday when Omani "
                       "riot police fired rubber bullets at a crowd of demonstrators.",
                       "2011-03-01")
    assert "Sohar" in place_names(events, "COERCE")


def test_a_deed_in_an_as_clause_takes_the_place_of_the_deed_above(pipeline):
    events = code_text(pipeline, "Three Palestinians were killed in Gaza as Israeli troops "
                       "fired on a crowd near the border fence.", "2018-05-15")
    assert "Gaza" in place_names(events, "ASSAULT")


def test_an_agreement_made_when_a_leader_attended_a_ceremony_is_placed_there(pipeline):
    events = code_text(pipeline, "Ethiopia and Kenya agreed to reopen their border when Ruto "
                       "attended Abiy's inauguration in Addis Ababa.", "2021-10-05")
    assert place_names(events, "AGREE") == ["Addis Ababa"]


def test_a_pledge_made_while_visiting_a_town_is_placed_there(pipeline):
    events = code_text(pipeline, "Japan promised new aid to Sri Lanka when Prime Minister "
                       "Kishida met President Wickremesinghe at a hotel in Colombo.",
                       "2023-05-05")
    assert "Colombo" in place_names(events, "AID")


def test_a_protest_lodged_while_students_rallied_takes_no_place_of_the_rally(pipeline):
    events = code_text(pipeline, "Indonesia lodged a formal protest with Malaysia over the "
                       "arrest of seven fishermen off Bintan island, as about 300 students "
                       "rallied outside the Malaysian embassy.", "2010-09-02")
    assert "Bintan" not in place_names(events, "PROTEST")


def test_a_refusal_to_talk_said_at_a_rally_is_placed_at_the_rally(pipeline):
    events = code_text(pipeline, "Addressing a rally in Mombasa, Kenyan President William Ruto "
                       "said Nairobi would never hold talks with al Shabaab.", "2023-06-01")
    assert place_names(events, "REJECT") == ["Mombasa"]


def test_a_refusal_to_negotiate_said_in_a_speech_is_placed_where_it_was_said(pipeline):
    events = code_text(pipeline, "Speaking at a rally in Mombasa, Kenyan President William Ruto "
                       "said Nairobi would not negotiate with al Shabaab.", "2023-06-01")
    assert place_names(events, "REJECT") == ["Mombasa"]


def test_an_accusation_made_while_attending_a_summit_is_placed_at_the_summit(pipeline):
    events = code_text(pipeline, "Attending a summit in Jakarta, Chinese President Xi Jinping "
                       "accused Washington of bullying Beijing.", "2023-09-06")
    assert place_names(events, "ACCUSE") == ["Jakarta"]


def test_violence_that_troops_were_sent_into_a_town_after_happened_there(pipeline):
    events = code_text(pipeline, "Nigerian soldiers were sent into the city of Jos on Sunday "
                       "after fighting between Christian and Muslim gangs killed dozens of "
                       "people.", "2010-01-19")
    assert "Jos" in place_names(events, "ASSAULT")


def test_clashes_that_police_deployed_after_happened_in_their_town(pipeline):
    events = code_text(pipeline, "Kenyan troops deployed in the coastal city of Mombasa on "
                       "Friday after clashes between rival militias killed seven people.",
                       "2014-05-10")
    assert "Mombasa" in place_names(events, "ASSAULT")
