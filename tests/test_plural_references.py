""""The leaders", "the ministers" after a body named by that noun ("West African leaders",
"Gulf Arab foreign ministers") are that body (plural_references.py)."""

from coding import code_text, side_codes

PUB = "2023-08-11"


def test_the_leaders_are_the_body_named_before(pipeline):
    text = ("West African leaders on Saturday suspended Guinea from the bloc after soldiers "
            "seized power in Conakry. The leaders also urged the soldiers to release President "
            "Alpha Conde and return to their barracks.")
    sources = {source for source, _ in side_codes(code_text(pipeline, text, PUB), "REQUEST")}
    assert sources == {"IGOWAFWAS"}


def test_the_ministers_are_the_body_named_before(pipeline):
    text = ("Gulf Arab foreign ministers met in Riyadh on Tuesday to discuss the war in Yemen. "
            "In a joint statement, the ministers urged Iran to stop arming the Houthi rebels.")
    sources = {source for source, _ in side_codes(code_text(pipeline, text, PUB), "REQUEST")}
    assert sources == {"IGOPGSGCC"}


def test_ministers_named_since_keep_the_reference(pipeline):
    text = ("EU foreign ministers met in Brussels on Monday to discuss sanctions on Russia. "
            "On Tuesday, the foreign ministers of Armenia and Azerbaijan held talks in "
            "Washington. The ministers agreed to continue negotiations on a peace treaty.")
    events = code_text(pipeline, text, PUB)
    assert not any(source and source.startswith("IGO") for source, _ in side_codes(events, "AGREE"))
    assert {source for source, _ in side_codes(events, "AGREE")} & {"ARMGOV", "AZEGOV"}


def test_leaders_two_sentences_on_are_not_the_body(pipeline):
    text = ("West African leaders met in Abuja on Thursday to discuss the coup in Niger. "
            "Later, Russian President Vladimir Putin and Chinese President Xi Jinping met in "
            "Moscow. The leaders agreed to deepen military ties.")
    events = code_text(pipeline, text, PUB)
    sources = {source for kind in ("AGREE", "COOPERATE") for source, _ in side_codes(events, kind)}
    assert "IGOWAFWAS" not in sources
