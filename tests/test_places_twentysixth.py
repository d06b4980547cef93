"""Places of the twenty-sixth session. A sentence that opens on its town ("In Amman, ...") places
also an act a reporter there tells as its own and done ("In Amman, Jordan announced that it
was recalling its ambassador"; "In Goma itself," too), but not one still to come ("said India
would send a medical team": ``shared_places.place_opening_scene``). Aid handed to people told
by the town they shelter in was handed there ("distributing food to some 20,000 people
sheltering at the U.N. compound in Juba": ``sheltered_recipients.py``). An act whose doer is
another verb's subject told in a town takes that town, as the subject's own verb does: a body
that votes an act ("Ethiopia's parliament in Addis Ababa voted to extend"), a second verb of a
court named by its town ("An Istanbul court ordered ... and freed": ``shared_subjects.py``), and
a reporter told in a town its own act reported as done ("Police in Nairobi said they had
arrested": ``shared_subjects.place_reporters_seats``). A scene participle set in "the city of X"
places as "in X" does ("Speaking at a ceremony in the Black Sea city of Trabzon":
``shared_places.scene_of``)."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def test_an_opening_town_places_an_act_reported_as_done(pipeline):
    text = ("In Amman, Jordan announced on Monday that it was recalling its ambassador from "
            "Israel over the bombardment.")
    assert place_names(code_text(pipeline, text, PUB), "SANCTION") == ["Amman"]


def test_an_opening_town_with_itself_places_aid_reported_as_done(pipeline):
    text = ("In Goma itself, the World Food Programme said it had distributed food to some "
            "80,000 people who fled the fighting.")
    assert place_names(code_text(pipeline, text, PUB), "AID") == ["Goma"]


def test_an_opening_town_does_not_place_an_act_still_to_come(pipeline):
    """Guard: where a plan is announced is not where it will be carried out."""
    text = ("In New Delhi, the foreign minister said India would send a medical team to Nepal "
            "to help earthquake victims.")
    assert "New Delhi" not in place_names(code_text(pipeline, text, PUB), "AID")


def test_aid_to_people_sheltering_in_a_town_is_placed_there(pipeline):
    text = ("The World Food Programme began distributing food on Sunday to some 20,000 people "
            "sheltering at the U.N. compound in Juba.")
    assert place_names(code_text(pipeline, text, PUB), "AID") == ["Juba"]


def test_aid_to_people_who_fled_to_a_country_is_not_placed_there(pipeline):
    """Guard: a country is no shelter town."""
    text = ("The United Nations refugee agency said on Thursday it was flying additional tents "
            "to thousands of refugees who fled to Chad.")
    assert "Chad" not in place_names(code_text(pipeline, text, PUB), "AID")


def test_a_body_seated_in_a_town_votes_an_act_there(pipeline):
    text = ("Ethiopia's parliament in Addis Ababa voted on Friday to extend a state of "
            "emergency in the Amhara region by four months.")
    assert place_names(code_text(pipeline, text, PUB), "COERCE") == ["Addis Ababa"]


def test_a_second_act_of_a_court_named_by_its_town_is_placed_there(pipeline):
    text = ("An Istanbul court on Wednesday ordered eight journalists from the opposition daily "
            "Yeni Ufuk held in jail pending trial on terrorism charges, and freed four of their "
            "colleagues under judicial control.")
    assert place_names(code_text(pipeline, text, PUB), "RETREAT") == ["Istanbul"]


def test_a_scene_in_the_city_of_a_town_places_the_statement(pipeline):
    text = ("Speaking at a ceremony in the Black Sea city of Trabzon, President Tayyip Erdogan "
            "said anyone who harassed the ship would \"pay a heavy price\".")
    assert place_names(code_text(pipeline, text, PUB), "THREATEN") == ["Trabzon"]


def test_a_reporter_in_a_town_did_there_its_own_act_reported_as_done(pipeline):
    text = "Police in Nairobi said they had arrested 40 protesters on Tuesday."
    assert place_names(code_text(pipeline, text, PUB), "COERCE") == ["Nairobi"]


def test_a_reporter_in_a_town_does_not_place_its_act_still_to_come(pipeline):
    """Guard: an act announced is not yet done where it is announced."""
    text = "Police in Nairobi said they would arrest anyone who joined the march."
    assert "Nairobi" not in place_names(code_text(pipeline, text, PUB), "COERCE")
