"""False events, seventeenth session: a basketball report is sports news however warlike its
words ("crushed", "laid siege to the basket"); a political story that mentions a basket or a
team is still coded; an act of force charged in a speaker's own quoted words, in the present,
is rhetoric, not a report."""

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


def test_a_charge_in_the_speakers_own_quoted_words_is_no_act(pipeline):
    """"'Uganda is waging a proxy war ...,' the minister said": rhetoric about the other side,
    told in the present inside the quotation, subject and all (quoted_charges.py)."""
    texts = ("\"Uganda is waging a proxy war against South Sudan through the rebels,\" the South "
             "Sudanese information minister told reporters in Juba.",
             "Serbia's president said talks with Kosovo were pointless. \"We will not talk to "
             "them while their police are raiding our villages,\" he said.",
             "\"Venezuela is massing troops on our border,\" Guyana's foreign minister told the "
             "Security Council.")
    for text in texts:
        events = code_text(pipeline, text, "2025-03-02")
        assert [e for e in events if e.event_type in ("ASSAULT", "COERCE", "MOBILIZE")] == [], text


def test_a_quoted_report_of_a_done_act_stays(pipeline):
    """A quoted clause told in the past ("shelled Kharkiv overnight") and a quoted word inside a
    reported clause ("had 'neutralised' four fighters") report acts."""
    texts = ("\"Russian forces shelled Kharkiv overnight, killing three civilians,\" Ukraine's "
             "regional governor said on Sunday.",
             "Israel's army said its aircraft had \"neutralised\" four Hezbollah fighters in "
             "southern Lebanon on Saturday.")
    for text in texts:
        events = code_text(pipeline, text, "2025-03-02")
        assert [e.event_type for e in events] == ["ASSAULT"], text

