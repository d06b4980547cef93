"""False events, fifteenth session: an act named only as what another word is about
(topic_gerunds.py)."""

from coding import code_text, of_type, side_countries

PUB = "2024-03-08"


def test_the_topic_of_talks_is_no_act(pipeline):
    """"talks on restoring border trade": the talks, not a restoring of trade."""
    text = ("Officials from Serbia and Kosovo met in Brussels for talks on restoring border "
            "trade. The statement was issued late in the evening.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "COOPERATE") == []
    assert side_countries(events, "CONSULT") == [("SRB", "XKX")]


def test_the_ground_of_a_sentence_is_no_protest(pipeline):
    """"jailed five activists for organising protests": the jailing, not a protest."""
    text = ("A Cairo court jailed five Egyptian activists for organising protests against the "
            "price rises. The statement was issued late in the evening.")
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "PROTEST") == []
    assert len(of_type(events, "COERCE")) == 1


def test_the_subject_of_a_vote_is_no_expulsion(pipeline):
    """"has set a vote on expelling the ambassador": nothing was decided yet."""
    text = ("Lithuania has set a vote on expelling the Belarusian ambassador for Thursday. "
            "The statement was issued late in the evening.")
    assert of_type(code_text(pipeline, text, PUB), "SANCTION") == []


def test_an_act_told_by_the_means_stays(pipeline):
    """"retaliated by barring nine officials": the barring is the act reported."""
    text = ("Russia retaliated on Monday by barring nine Polish officials from entering the "
            "country. The statement was issued late in the evening.")
    assert side_countries(code_text(pipeline, text, PUB), "SANCTION") == [("RUS", "POL")]


def test_an_act_told_before_another_stays(pipeline):
    """"freed 20 hostages after attacking a rebel camp": both acts are reported."""
    text = ("Nigerian troops freed 20 hostages after attacking a rebel camp near Maiduguri on "
            "Sunday. The statement was issued late in the evening.")
    assert len(of_type(code_text(pipeline, text, PUB), "ASSAULT")) == 1
