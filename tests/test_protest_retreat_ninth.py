"""PROTEST and RETREAT families, ninth session: strikes kept up or enforced, posts and
barracks left, closures and cordons eased or lifted. Sentences are hand-built, not from dev."""

from coding import code_text, of_type, side_countries

PUB = "2023-05-10"


def test_remained_on_strike_is_a_protest(pipeline):
    text = "Nigerian doctors remained on strike on Tuesday over unpaid salaries."
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "PROTEST") == [("NGA", "NGA")]


def test_stayed_on_strike_is_a_protest(pipeline):
    text = "Chilean copper miners stayed on strike on Monday despite a court order."
    events = code_text(pipeline, text, PUB)
    assert [e.source.country for e in of_type(events, "PROTEST")] == ["CHL"]


def test_enforced_hartal_is_a_protest(pipeline):
    text = ("Bangladesh's opposition Nationalist Party enforced a nationwide hartal on Tuesday "
            "against the government of Sheikh Hasina.")
    assert side_countries(code_text(pipeline, text, PUB), "PROTEST") == [("BGD", "BGD")]


def test_observed_general_strike_is_a_protest(pipeline):
    text = ("Nepalese opposition parties observed a general strike in Kathmandu on Monday "
            "against the government.")
    assert side_countries(code_text(pipeline, text, PUB), "PROTEST") == [("NPL", "NPL")]


def test_troops_leaving_their_posts_withdraw(pipeline):
    text = "Russian border guards left their posts at Yerevan airport on Tuesday."
    events = code_text(pipeline, text, PUB)
    assert [e.source.country for e in of_type(events, "RETREAT")] == ["RUS"]


def test_leaving_the_barracks_is_a_withdrawal(pipeline):
    text = "Malian soldiers left the barracks in Kidal on Monday, the army said."
    events = code_text(pipeline, text, PUB)
    assert [e.source.country for e in of_type(events, "RETREAT")] == ["MLI"]


def test_refugees_leaving_camps_are_no_withdrawal(pipeline):
    text = "The fighting forced thousands of Sudanese refugees to leave camps near the frontier."
    assert of_type(code_text(pipeline, text, PUB), "RETREAT") == []


def test_lifted_cordon_is_a_retreat(pipeline):
    text = "Belarusian police lifted the cordon around the party headquarters on Tuesday."
    events = code_text(pipeline, text, PUB)
    assert [e.source.country for e in of_type(events, "RETREAT")] == ["BLR"]


def test_eased_closure_is_a_retreat(pipeline):
    text = "Egypt eased its closure of the Rafah crossing on Monday."
    events = code_text(pipeline, text, PUB)
    assert [e.source.country for e in of_type(events, "RETREAT")] == ["EGY"]
