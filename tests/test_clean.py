from newsevents.clean import clean_text, dateline_of, first_line, is_repeated_title

TITLE = "Iran, Russia Discuss Preparations for Syrian Congress"


def test_seed_text_keeps_headline_once_and_drops_comment_box(seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    cleaned = clean_text(raw, first_line(raw), title_in_text=True)
    assert cleaned.count(TITLE) == 1
    assert cleaned.startswith(TITLE)
    assert "Add new comment" not in cleaned
    assert "comment policy" not in cleaned
    assert cleaned.rstrip().endswith("interfering in their affairs.")


def test_glued_repeated_headline_is_detected():
    assert is_repeated_title(TITLE + TITLE, TITLE)
    assert is_repeated_title(f"{TITLE} {TITLE}", TITLE)
    assert not is_repeated_title(TITLE + " said the minister", TITLE)


def test_title_repeated_at_start_of_body_is_dropped():
    text = f"{TITLE}\n\nSenior diplomats met on Thursday."
    assert clean_text(text, TITLE) == "Senior diplomats met on Thursday."


def test_footer_cut_keeps_text_above():
    text = "Para one.\n\nShare this article\n\nPara two.\n\nLeave a comment\n\nNice post!"
    assert clean_text(text) == "Para one.\n\nPara two."


def test_whitespace_is_normalised():
    assert clean_text("the 21st  century.  \n\n\n\nNext") == "the 21st century.\n\nNext"


def test_dateline_keeps_its_country_and_the_country_picks_the_city():
    from newsevents.places import Gazetteer

    gazetteer = Gazetteer()
    qualified = dateline_of("TRIPOLI, Lebanon (Levant Newswire) - The army deployed.")
    plain = dateline_of("TRIPOLI (Reuters) - The army deployed.")
    assert (qualified, plain) == ("Tripoli, Lebanon", "Tripoli")
    assert gazetteer.dateline_place(qualified).country == "LBN"
    assert gazetteer.dateline_place(plain).country == "LBY"


def test_datelines_with_a_year_a_day_first_or_no_dash_are_cut():
    lines = {"BAMAKO, Jan 14, 2013 (AFP) - French warplanes struck.": "Bamako",
             "PARIS, 14 January 2013 (AFP) - Ministers met.": "Paris",
             "CHENNAI, Feb 9 (PTI) India's envoy said.": "Chennai",
             "ABU DHABI // The UAE condemned the attack.": "Abu Dhabi"}
    assert {line: dateline_of(line) for line in lines} == lines
    assert clean_text("BAMAKO, Jan 14, 2013 (AFP) - French warplanes struck.").startswith(
        "French warplanes")
    # an organisation's name spelt out is no dateline
    assert dateline_of("NATO (North Atlantic Treaty Organization) Secretary General spoke.") \
        is None
