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


def test_succeeding_in_an_act_is_the_act(pipeline):
    """"succeeded in storming the camp": the storming is what was done ("in" on a verb)."""
    text = ("Sudanese army units succeeded in storming the Ethiopian camp near Al-Fashaga on "
            "Friday, the army said. The statement was issued late in the evening.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("SDN", "ETH")]


def test_resorting_to_an_expulsion_is_the_expulsion(pipeline):
    """"resorted to expelling the ambassador": "to" on a verb names no topic."""
    text = ("Niger's military rulers resorted to expelling the Beninese ambassador on Thursday "
            "after the border row. The statement was issued late in the evening.")
    assert side_countries(code_text(pipeline, text, PUB), "SANCTION") == [("NER", "BEN")]


def test_returning_to_bombing_is_bombing(pipeline):
    """"returned to bombing Eritrean positions": the bombing resumed."""
    text = ("Ethiopian jets returned to bombing Eritrean positions near Badme on Monday after a "
            "week's lull. The statement was issued late in the evening.")
    assert side_countries(code_text(pipeline, text, PUB), "ASSAULT") == [("ETH", "ERI")]


def test_thanks_for_hosting_talks_keep_the_talks(pipeline):
    """"thanked Egypt for hosting talks between Sudan and South Sudan": the talks were held;
    only a verb of charging or punishing makes a "for" gerund its ground."""
    text = ("Japan thanked Egypt for hosting talks between Sudan and South Sudan in Cairo on "
            "Monday. The statement was issued late in the evening.")
    assert side_countries(code_text(pipeline, text, PUB), "CONSULT") == [("SDN", "SSD")]
