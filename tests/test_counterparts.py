"""The other party of a meeting or an agreement whose clause names only its doer
(counterparts.py)."""

from coding import code_text, side_countries

PUB = "2024-03-14"


def test_guest_hung_on_visiting_is_the_one_met(pipeline):
    events = code_text(pipeline, "Indonesian President Joko Widodo met visiting Japanese Prime "
                       "Minister Fumio Kishida in Jakarta on Tuesday.", PUB)
    assert ("IDN", "JPN") in side_countries(events, "CONSULT")


def test_accepted_offer_answers_its_author(pipeline):
    events = code_text(pipeline, "Canada offered to send firefighters to help tackle the blazes. "
                       "Chile accepted the offer on Thursday, its interior ministry said.", PUB)
    assert ("CHL", "CAN") in side_countries(events, "AGREE")


def test_agreeing_to_meet_pairs_with_the_story_partner(pipeline):
    events = code_text(pipeline, "Guyana accused Venezuela of threatening its territory. "
                       "Venezuela later agreed to meet, a Brazilian diplomat said.", PUB)
    assert ("VEN", "GUY") in side_countries(events, "AGREE")


def test_agreeing_to_meet_someone_named_is_left_alone(pipeline):
    events = code_text(pipeline, "Farmers blocked highways around Madrid. The Spanish government "
                       "agreed to meet the farmers' unions on Friday.", PUB)
    assert ("ESP", "MAR") not in side_countries(events, "AGREE")
