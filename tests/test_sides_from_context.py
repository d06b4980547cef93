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

