"""Sides of the twenty-first session (second lane). A bare institution named anew ("the
presidential office", "the government") in a sentence that opens in a city ("In Seoul, ...")
belongs to that city's country when the story names it outright, not to the story's main
country; a city the story names its country only by ("In Brussels, the alliance's chief urged
the government") leaves the main country's."""

from coding import code_text, side_prefixes

PUB = "2024-03-14"

TOKYO_STORY = (
    "Japanese Prime Minister Fumio Kishida said on Monday that Japan would pay no further "
    "compensation for wartime labour. Japan's foreign ministry said Tokyo regarded the matter "
    "as closed, and Japanese officials said Japan would not reopen it. South Korea's foreign "
    "ministry said it regretted the stance.\n\n")


def test_protest_in_the_opening_city_is_at_its_own_office(pipeline):
    text = TOKYO_STORY + ("In Seoul, hundreds of students demonstrated outside the presidential "
                          "office on Tuesday.")
    events = code_text(pipeline, text, PUB)
    assert ("KOR", "KOR") in side_prefixes(events, "PROTEST")
    assert ("KOR", "JPN") not in side_prefixes(events, "PROTEST")


def test_a_city_of_a_country_never_named_sets_no_side(pipeline):
    text = ("Macedonian troops shelled guerrilla positions near Tetovo on Monday, and Macedonia's "
            "president said Macedonia would not negotiate with the rebels. Macedonian police "
            "sealed the roads into the town.\n\n"
            "In Brussels, the NATO secretary-general urged the government to protect "
            "civilians caught in the fighting.")
    events = code_text(pipeline, text, PUB)
    prefixes = side_prefixes(events, "REQUEST")
    assert prefixes and all(target != "BEL" for _, target in prefixes)
