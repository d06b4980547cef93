"""Actor data of the twenty-first session: Sudan's parties and civic groups. "the ruling National
Congress Party" is Sudan's party, not the U.S. Congress that a bare "Congress" names; the U.S.
Congress itself stays the United States' legislature."""

from coding import code_text, side_codes

PUB = "2019-04-04"


def test_sudans_ruling_party_is_not_the_us_congress(pipeline):
    text = ("Sudanese opposition leader Sadiq al-Mahdi on Wednesday rejected an offer of "
            "dialogue made by the ruling National Congress Party in Khartoum.")
    assert side_codes(code_text(pipeline, text, PUB), "REJECT") == [("SDNOPP", "SDNPTY")]


def test_professionals_association_is_sudanese(pipeline):
    text = ("The Sudanese Professionals Association on Wednesday called for a sit-in outside "
            "the army headquarters in Khartoum to demand the president's resignation.")
    sources = {s for s, _ in side_codes(code_text(pipeline, text, PUB), "REQUEST")}
    sources |= {s for s, _ in side_codes(code_text(pipeline, text, PUB), "PROTEST")}
    assert sources and all(code.startswith("SDN") for code in sources)


def test_the_us_congress_stays_american(pipeline):
    text = ("Sudan's foreign minister on Wednesday accused the U.S. Congress of meddling in "
            "the country's internal affairs.")
    assert side_codes(code_text(pipeline, text, PUB), "ACCUSE") == [("SDNGOV", "USALEG")]
