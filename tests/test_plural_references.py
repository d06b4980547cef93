""""The leaders", "the ministers" after a body named by that noun ("West African leaders",
"Gulf Arab foreign ministers") are that body (plural_references.py)."""

from coding import code_text, side_codes

PUB = "2023-08-11"


def test_the_leaders_are_the_body_named_before(pipeline):
    text = ("West African leaders on Thursday ordered the activation of a standby force to "
            "restore constitutional order in Niger. The leaders also called on the junta to "
            "free Bazoum, held at the presidential residence in Niamey since July 26.")
    sources = {source for source, _ in side_codes(code_text(pipeline, text, PUB), "REQUEST")}
    assert sources == {"IGOWAFWAS"}


def test_the_ministers_are_the_body_named_before(pipeline):
    text = ("Gulf Arab foreign ministers met in Riyadh on Tuesday to discuss the war in Yemen. "
            "In a joint statement, the ministers urged Iran to stop arming the Houthi rebels.")
    sources = {source for source, _ in side_codes(code_text(pipeline, text, PUB), "REQUEST")}
    assert sources == {"IGOPGSGCC"}
