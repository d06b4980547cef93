"""Sides the story gives: a measure copied from one told before ("a similar ban") and a body
named again by a common noun ("the lender's conditions", "the union's sanctions")."""

from coding import code_text, side_codes


def test_identical_sanctions_go_to_the_earlier_target(pipeline):
    events = code_text(pipeline, "The European Union froze the assets of six Belarusian "
                       "officials on Monday. Canada imposed identical sanctions a day later.",
                       "2024-03-15")
    assert ("CAN", "BLRGOV") in side_codes(events, "SANCTION")


def test_similar_expulsions_go_to_the_earlier_target(pipeline):
    events = code_text(pipeline, "Sweden expelled three Russian diplomats on Monday. Norway "
                       "has begun similar expulsions, its foreign ministry said.", "2024-03-15")
    targets = {e.target.country for e in events if e.source.country == "NOR" and e.target}
    assert targets == {"RUS"}


def test_a_measure_with_its_own_target_keeps_it(pipeline):
    """Guard (passes before the change too): a named target is not replaced."""
    events = code_text(pipeline, "The European Union froze the assets of six Belarusian "
                       "officials on Monday. Canada imposed similar sanctions on Russia.",
                       "2024-03-15")
    assert ("CAN", "RUS") in side_codes(events, "SANCTION")


def test_the_lenders_conditions_are_the_body_named_before(pipeline):
    events = code_text(pipeline, "The International Monetary Fund suspended a loan to Zambia "
                       "last month. China offered Lusaka a bridging loan. Zambia's finance "
                       "minister rejected the lender's conditions on Friday.", "2024-03-15")
    assert side_codes(events, "REJECT") == [("ZMBGOV", "IGOBUSIMF")]


def test_the_unions_sanctions_are_the_body_named_before(pipeline):
    events = code_text(pipeline, "The African Union suspended Guinea after the coup. Russia "
                       "pledged support to Conakry. The junta denounced the union's sanctions.",
                       "2024-03-15")
    assert side_codes(events, "ACCUSE") == [("GINGOV", "IGOAFRAFU")]


def test_the_president_is_the_one_of_the_story(pipeline):
    events = code_text(pipeline, "President Yoweri Museveni of Uganda arrested the opposition "
                       "leader. Kenyan President William Ruto called for calm. The European "
                       "Union urged the president to free him.", "2024-03-15")
    targets = {e.target.country for e in events
               if e.event_type == "REQUEST" and e.source.code.startswith("IGO")}
    assert targets == {"UGA"}


def test_the_king_is_the_king_of_the_story(pipeline):
    events = code_text(pipeline, "King Abdullah of Jordan dissolved parliament on Monday. Saudi "
                       "Arabia's King Salman voiced support for Amman. The European Union urged "
                       "the king to call elections quickly.", "2024-03-15")
    targets = {e.target.country for e in events
               if e.event_type == "REQUEST" and e.source.code.startswith("IGO")}
    assert targets == {"JOR"}


def test_the_royal_palace_is_the_monarchs_government(pipeline):
    events = code_text(pipeline, "Moroccan security forces detained a Spanish journalist in "
                       "Rabat. Spain summoned Morocco's ambassador. The royal palace rejected "
                       "the protest on Tuesday.", "2024-03-15")
    assert side_codes(events, "REJECT") == [("MARGOV", "ESP")]


def test_state_house_speaks_for_a_government(pipeline):
    events = code_text(pipeline, "Kenya's opposition called for mass protests on Monday. State "
                       "House condemned the call as reckless.", "2024-03-15")
    assert {e.source.code for e in events if e.event_type == "ACCUSE"} == {"KENGOV"}


def test_a_new_spokesman_is_not_of_the_country_he_urges(pipeline):
    events = code_text(pipeline, "Russia closed its border crossing with Estonia on Monday. The "
                       "Kremlin said the move was temporary. Foreign ministry spokesman Arvo "
                       "Kallas urged Moscow to reopen the crossing.", "2024-03-15")
    assert side_codes(events, "REQUEST") == [("ESTGOV", "RUSGOV")]


def test_a_new_spokesman_is_not_of_the_country_whose_lead_he_rejects(pipeline):
    events = code_text(pipeline, "The United States imposed new sanctions on Iran's oil exports "
                       "on Saturday. Iranian warships held drills in the Gulf on Monday. Foreign "
                       "ministry spokesman Nasser Kanaani urged Europe not to follow "
                       "Washington's lead.", "2024-03-15")
    assert {e.source.country for e in events if e.event_type == "REQUEST"} == {"IRN"}


def test_a_spokesman_in_beijing_stays_chinese(pipeline):
    """Guard (passes before the change too): a sentence opening in a capital decides, even
    when it names the country as the owner of waters."""
    events = code_text(pipeline, "Vietnam protested on Monday after Chinese ships rammed a "
                       "fishing boat. In Beijing, foreign ministry spokesman Wang Lei rejected "
                       "the protest, saying the boat was fishing in China's waters.",
                       "2024-03-15")
    assert {e.source.country for e in events if e.event_type == "REJECT"} == {"CHN"}
