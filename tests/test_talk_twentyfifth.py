"""Talks and accusations of the twenty-fifth session. The second side of "talks between A and
B" that the parser cuts off as a second subject of the clause's verb is the first side's
conjunct ("Talks in Nairobi on Thursday between Tshisekedi and Kenyan President Uhuru Kenyatta
focused on ...": joined_names.repair_cut_partner). A gathering with a place or a time of its
own that parties are invited to is a planned meeting of the inviter and the invited, beside the
invitation's AGREE ("has invited Tshisekedi and Kagame to a summit in Luanda next week":
meetings.invited_to_gathering). A charge its object's verb answers, with its author named, is
the author's accusation of the one answering ("Bolivia has denied accusations by Lima that
...": answered_charges.py). An accusation told in the perfect as a habit is still one the
story reports ("Manila has repeatedly accused Beijing of bullying": habitual._repeated_charge)."""

from datetime import date

from coding import code_text, day_spans, of_type, side_countries

PUB = "2024-03-14"  # a Thursday


def test_talks_between_two_leaders_with_a_place_before_between(pipeline):
    text = ("Congo accused Rwanda of backing the M23 rebels on Friday. Talks in Nairobi on "
            "Thursday between President Felix Tshisekedi and Kenyan President Uhuru Kenyatta "
            "focused on a proposed regional force.")
    assert ("COD", "KEN") in side_countries(code_text(pipeline, text, PUB), "CONSULT")


def test_a_planned_meeting_between_two_ministers_named_with_a_possessive(pipeline):
    text = ("Pakistani jets struck Afghan territory on Monday. A meeting between Pakistan's "
            "Foreign Minister Bilawal Bhutto Zardari and acting Afghan Foreign Minister Amir "
            "Khan Muttaqi is planned in Tashkent next week, a Pakistani official said.")
    events = of_type(code_text(pipeline, text, PUB), "CONSULT")
    assert [(e.source.country, e.target.country, e.status) for e in events] == [
        ("PAK", "AFG", "planned")]


def test_a_summit_parties_are_invited_to_is_a_planned_meeting(pipeline):
    text = ("Rwanda and Congo traded accusations on Monday. Angolan President Joao Lourenco "
            "has invited Congolese President Felix Tshisekedi and Rwandan President Paul "
            "Kagame to a summit in Luanda next week, his office said.")
    events = code_text(pipeline, text, PUB)
    meetings = of_type(events, "CONSULT")
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.status == "planned"
    assert {meeting.source.country, *(a.country for a in meeting.participants)} == {
        "AGO", "COD", "RWA"}
    assert day_spans(events, "CONSULT") == [(date(2024, 3, 18), date(2024, 3, 24))]
    assert of_type(events, "AGREE")


def test_talks_the_opposition_is_invited_to_are_a_planned_meeting(pipeline):
    text = ("Protesters marched in Yerevan on Monday. Armenian Prime Minister Karen Karapetyan "
            "has invited opposition leader Nikol Pashinyan to talks on Saturday.")
    events = of_type(code_text(pipeline, text, PUB), "CONSULT")
    assert [(e.source.country, e.target.country, e.status) for e in events] == [
        ("ARM", "ARM", "planned")]



def test_denied_accusations_by_a_state_are_its_accusation(pipeline):
    text = ("Peru's government declared a state of emergency on Saturday. The government of "
            "neighbouring Bolivia has denied accusations by Lima that it is helping to finance "
            "the protests.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "ACCUSE") == [("PER", "BOL")]
    assert side_countries(events, "REJECT") == [("BOL", "PER")]


def test_denied_accusations_with_no_author_are_no_accusation(pipeline):
    text = "Ivory Coast rejected the accusations on Monday and recalled its ambassador."
    assert side_countries(code_text(pipeline, text, PUB), "ACCUSE") == []


def test_an_accusation_made_again_and_again_is_coded(pipeline):
    text = ("Russia sent more troops to the region on Monday. Russia has repeatedly accused "
            "Moldova of stoking tension in Transnistria.")
    assert side_countries(code_text(pipeline, text, PUB), "ACCUSE") == [("RUS", "MDA")]


def test_a_habitual_act_of_another_type_stays_a_habit(pipeline):
    text = "Iranian police routinely detain critics of the government in Tehran."
    assert side_countries(code_text(pipeline, text, PUB), "COERCE") == []


def test_an_invitation_to_talks_with_no_place_or_time_is_the_invitation_alone(pipeline):
    text = ("Colombia closed the border on Monday. Colombia invited Venezuela on Thursday to "
            "talks on reopening their shared border crossings.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "CONSULT") == []
    assert side_countries(events, "AGREE") == [("COL", "VEN")]


def test_a_complaint_made_again_and_again_stays_a_habit(pipeline):
    text = ("Chadian troops fought Boko Haram near Lake Chad on Monday. President Idriss Deby "
            "has repeatedly complained that Chad bears too much of the cost of fighting the "
            "jihadists.")
    assert side_countries(code_text(pipeline, text, PUB), "ACCUSE") == []
