"""False events, seventeenth session: a basketball report is sports news however warlike its
words ("crushed", "laid siege to the basket"); a political story that mentions a basket or a
team is still coded."""

from coding import code_text, of_type


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


def test_a_state_is_not_read_to_act_on_its_own_capital(pipeline):
    """"Armenia demanded ..., accusing Baku of ...": a misread doer gives Azerbaijan ->
    Baku; a bare state aiming an act at its own capital is dropped (self_named_targets.py)."""
    cases = (("YEREVAN - Armenia demanded on Tuesday that Azerbaijan pull its troops back from the "
              "border, accusing Baku of staging provocations near Jermuk.", "AZE"),
             ("SEOUL - North Korea fired dozens of artillery rounds into the sea near Baengnyeong "
              "island on Tuesday, Seoul's military said. The shells landed north of the maritime "
              "border, the Joint Chiefs of Staff said. It called the firing a reckless provocation "
              "and urged Pyongyang to halt it.", "PRK"),
             ("KYIV - Russia will pull some units back from the Kharkiv region by Friday, the "
              "Kremlin said, but Russian columns were still dug in near Kupiansk on Tuesday and "
              "Ukraine accused Moscow of playing for time.", "RUS"))
    for text, country in cases:
        events = code_text(pipeline, text, "2025-03-05")
        assert [e for e in events if e.source.code == country and e.target is not None
                and e.target.code == country + "GOV"] == [], text


def test_another_camp_or_a_place_of_the_country_stays(pipeline):
    """An opposition urging its own capital, protesters marching on the seat of government and
    a deployment in the capital are acts of one country on itself."""
    cases = (("Russia's opposition urged Moscow on Monday to free jailed activists, a spokesman "
              "said.", "REQUEST"),
             ("Thousands of Thai protesters marched on Government House in Bangkok on Monday to "
              "demand the prime minister's resignation.", "PROTEST"),
             ("Japan is expected to deploy Patriot missile interceptors in central Tokyo next "
              "week, Kyodo news agency said.", "MOBILIZE"))
    for text, kind in cases:
        assert len(of_type(code_text(pipeline, text, "2025-03-05"), kind)) == 1, text
