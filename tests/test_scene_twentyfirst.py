"""The scene a paragraph opens with: "In Tbilisi, thousands rallied outside parliament" in a
story filed from Baku is Georgia's parliament, and "Police detained 12 demonstrators" in the
next sentence is Georgia's police; a new paragraph sets its own scene, and a bare role with no
opening city still falls back to the story's own country."""

from coding import code_text, side_codes

PUB = "2025-04-09"
BAKU = "BAKU (Wire) - Azerbaijan hosted talks on Tuesday. "


def test_opening_city_gives_the_bare_parliament_its_country(pipeline):
    text = BAKU + ("In Tbilisi, several thousand people rallied outside parliament on Tuesday "
                   "evening against a new law.")
    targets = [t for _, t in side_codes(code_text(pipeline, text, PUB), "PROTEST")]
    assert targets and all(t.startswith("GEO") for t in targets)


def test_scene_carries_to_the_next_sentence_of_the_paragraph(pipeline):
    text = BAKU + ("In Tbilisi, several thousand people rallied outside parliament on Tuesday "
                   "evening against a new media law. Police detained 12 demonstrators, the "
                   "interior ministry said.")
    assert side_codes(code_text(pipeline, text, PUB), "COERCE") == [("GEOCOP", "GEOCVL")]


def test_a_new_paragraph_does_not_keep_the_scene(pipeline):
    text = BAKU + ("In Tbilisi, several thousand people rallied outside parliament on Tuesday "
                   "evening against a new media law.\n\nPolice in the capital detained 12 "
                   "opposition activists on Wednesday, the interior ministry said.")
    sources = [s for s, _ in side_codes(code_text(pipeline, text, PUB), "COERCE")]
    assert sources and all(s.startswith("AZE") for s in sources)
