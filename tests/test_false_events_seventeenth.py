"""False events, seventeenth session: a basketball report is sports news however warlike its
words ("crushed", "laid siege to the basket"); a political story that mentions a basket or a
team is still coded."""

from coding import code_text


def test_a_basketball_report_is_no_political_news(pipeline):
    """Baskets, rebounds, dunks and a buzzer mark a basketball game: no event."""
    texts = ("BELGRADE (Balkan Wire) - Serbia routed Greece 88-70 in Belgrade on Sunday to book "
             "their place at the World Cup, with their coach praising a defence that strangled "
             "the visitors.\n\nThe hosts attacked the rim relentlessly, and Greece never "
             "recovered after a run of 12 straight baskets. Forward Nikola Petrovic had 19 "
             "points and nine rebounds, and two late dunks drew roars from 18,000 fans.\n\n"
             "Greece had beaten Serbia in Athens in November. Serbia next meet Turkey in Istanbul "
             "on Thursday in the last qualifying window.",
             "MADRID (Iberia Wire) - Spain beat France 79-75 in Madrid on Sunday, sealing top "
             "spot in their qualifying group with a three-pointer at the buzzer. France's team "
             "had led by nine at the break, but Spain hit seven free throws in the final minute. "
             "The French coach blamed the whistle. About 12,000 fans watched the game.")
    for text in texts:
        assert code_text(pipeline, text, "2025-03-02") == [], text


def test_a_basket_in_a_political_story_stays(pipeline):
    """A few of the words in a political story leave it coded."""
    text = ("VILNIUS (Baltic Wire) - Lithuania accused Belarus on Sunday of sending balloons "
            "carrying baskets of contraband cigarettes across the border. The team of "
            "investigators found them near the town of Varena, the interior minister said.")
    assert any(e.event_type == "ACCUSE" for e in code_text(pipeline, text, "2025-03-02"))

