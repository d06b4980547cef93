"""False events, seventeenth session: a basketball report is sports news however warlike its
words ("routed", "smothered the visitors"); a political story that uses a few sports words
("team", "second half", "penalty", "whistle-blower", "rebound") is still coded."""

from coding import code_text, of_type


def test_a_basketball_report_is_no_political_news(pipeline):
    """Dunks, layups, three-pointers, free throws and a buzzer, with a coach and fans, mark a
    basketball game: no event. Without the basketball words each story has five cue words."""
    texts = ("ATHENS (Aegean Wire) - Greece routed Spain 81-66 in Athens on Sunday, with their "
             "coach hailing a defence that smothered the visitors.\n\nThe hosts opened with "
             "three straight three-pointers and never looked back, and Spain missed six free "
             "throws in the first quarter. Guard Nikos Pappas scored on a layup at the buzzer to "
             "end the first half, and two late dunks brought 16,000 fans to their feet.\n\n"
             "Spain had beaten Greece in Madrid in November.",
             "MADRID (Iberia Wire) - Spain beat France 79-75 in Madrid on Sunday, sealing top "
             "spot in their qualifying group with a three-pointer at the buzzer. France's team "
             "had led by nine at the break, but Spain hit seven free throws in the final minute. "
             "The French coach blamed the whistle. About 12,000 fans watched the game.")
    for text in texts:
        assert code_text(pipeline, text, "2025-03-02") == [], text


def test_a_political_story_with_a_few_sports_words_stays(pipeline):
    """Four ordinary cue words (team, half, penalty, season) and words that are sports words
    only in a game report ("whistle-blower", "would rebound") leave the story under the
    article limit of six: it is coded."""
    text = ("DHAKA (Bengal Wire) - Bangladesh's main opposition party accused the government on "
            "Wednesday of covering up losses at a state bank, after a whistle-blower handed "
            "auditors a list of unpaid loans.\n\nThe central bank said exports would rebound in "
            "the second half of the year. A team of inspectors from the finance ministry will "
            "visit the bank next week, and lawmakers called for a tougher penalty for wilful "
            "defaulters before the budget season.")
    assert any(e.event_type == "ACCUSE" for e in code_text(pipeline, text, "2025-03-02"))


def test_a_charge_in_the_speakers_own_quoted_words_is_no_act(pipeline):
    """"'Uganda is waging a proxy war ...,' the minister said": rhetoric about the other side,
    told in the present inside the quotation, subject and all, in the words of a charge (war
    waged, an act under a cover, the act a first-person refusal hangs on; quoted_charges.py)."""
    texts = ("\"Uganda is waging a proxy war against South Sudan through the rebels,\" the South "
             "Sudanese information minister told reporters in Juba.",
             "Serbia's president said talks with Kosovo were pointless. \"We will not talk to "
             "them while their police are raiding our villages,\" he said.",
             "\"Eritrea is attacking our border posts under the guise of a local militia,\" "
             "Ethiopia's defence ministry said on state television.")
    for text in texts:
        events = code_text(pipeline, text, "2025-03-02")
        assert [e for e in events if e.event_type in ("ASSAULT", "COERCE", "MOBILIZE")] == [], text


def test_a_quoted_report_in_the_present_stays(pipeline):
    """A quoted act in the present perfect ("have shelled", "have seized") or the progressive
    ("is moving tanks", "is massing troops") with no charge wording is a report of the act."""
    cases = (("\"Armenian troops have shelled the village of Tegh,\" Azerbaijan's defence "
              "ministry said in a statement.", "ASSAULT"),
             ("\"Iranian gunboats have seized a Greek tanker in the Gulf of Oman,\" the Greek "
              "shipping ministry said.", "COERCE"),
             ("\"Belarus is moving tanks to the Lithuanian border,\" the Lithuanian defence "
              "minister told reporters in Vilnius.", "MOBILIZE"),
             ("\"Venezuela is massing troops on our border,\" Guyana's foreign minister told the "
              "Security Council.", "MOBILIZE"))
    for text, kind in cases:
        assert len(of_type(code_text(pipeline, text, "2025-03-02"), kind)) == 1, text


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
    """An opposition urging its own capital, protesters marching on the seat of government, a
    region named with its state's adjective urging the capital and a deployment in the capital
    are acts of one country on itself."""
    cases = (("Russia's opposition urged Moscow on Monday to free jailed activists, a spokesman "
              "said.", "REQUEST"),
             ("Thousands of Thai protesters marched on Government House in Bangkok on Monday to "
              "demand the prime minister's resignation.", "PROTEST"),
             ("Iraqi Kurdistan urged Baghdad on Thursday to pay the overdue salaries of its "
              "teachers, a regional spokesman said.", "REQUEST"),
             ("Japan is expected to deploy Patriot missile interceptors in central Tokyo next "
              "week, Kyodo news agency said.", "MOBILIZE"))
    for text, kind in cases:
        assert len(of_type(code_text(pipeline, text, "2025-03-05"), kind)) == 1, text
