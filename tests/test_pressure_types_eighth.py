"""Threats, accusations, support and protest in more of the phrasings news writers use
(eighth session): set phrases of threat, sanctions weighed, deeds linked to their author,
support spoken of, places protesters occupy."""

from coding import code_text, of_type, side_countries

PUB = "2024-05-10"


def countries(text, event_type, pipeline):
    return side_countries(code_text(pipeline, text, PUB), event_type)


def test_declared_act_of_war_is_a_threat(pipeline):
    text = "China said any move toward independence would be regarded as an act of war."
    assert [s for s, _ in countries(text, "THREATEN", pipeline)] == ["CHN"]


def test_declaration_of_war_is_a_threat(pipeline):
    text = ("Iran said a naval blockade of its ports would constitute a declaration of war "
            "by the United States.")
    assert countries(text, "THREATEN", pipeline) == [("IRN", "USA")]


def test_all_options_on_the_table(pipeline):
    text = "The president said all options were on the table regarding Iran."
    events = code_text(pipeline, text, PUB)
    assert [t for _, t in side_countries(events, "THREATEN")] == ["IRN"]
    assert of_type(events, "THREATEN")[0].status == "occurred"


def test_nothing_off_the_table(pipeline):
    text = "Israel's defence minister said nothing was off the table in dealing with Hezbollah."
    assert [s for s, _ in countries(text, "THREATEN", pipeline)] == ["ISR"]


def test_options_kept_open(pipeline):
    text = "Washington would keep all options open on North Korea, the envoy said."
    assert countries(text, "THREATEN", pipeline) == [("USA", "PRK")]


def test_response_in_a_named_manner(pipeline):
    text = ("Tehran said it would react in an appropriate manner to the seizure of its "
            "tanker by Britain.")
    assert [s for s, _ in countries(text, "THREATEN", pipeline)] == ["IRN"]


def test_answer_any_attack(pipeline):
    text = "Iran said it would answer any attack on its territory by Israel."
    assert countries(text, "THREATEN", pipeline) == [("IRN", "ISR")]


def test_answering_questions_is_no_threat(pipeline):
    text = "The minister said he would answer any questions from Iranian reporters."
    assert countries(text, "THREATEN", pipeline) == []


def test_sanctions_weighed(pipeline):
    text = "Washington is weighing new sanctions against Venezuela, officials said."
    assert countries(text, "THREATEN", pipeline) == [("USA", "VEN")]


def test_military_action_considered(pipeline):
    text = "Britain is considering military action against Syria, the minister said."
    assert countries(text, "THREATEN", pipeline) == [("GBR", "SYR")]


def test_attack_linked_to_a_country(pipeline):
    text = "India has linked the bombing in Srinagar to Pakistan."
    assert countries(text, "ACCUSE", pipeline) == [("IND", "PAK")]


def test_blast_tied_to_a_country(pipeline):
    text = "Kyiv tied the depot explosion to Russian saboteurs."
    assert countries(text, "ACCUSE", pipeline) == [("UKR", "RUS")]


def test_spoke_highly_of(pipeline):
    text = "President Xi spoke highly of Pakistan during the banquet."
    assert countries(text, "SUPPORT", pipeline) == [("CHN", "PAK")]


def test_spoke_warmly_of(pipeline):
    text = "Japan's prime minister spoke warmly of the United States in his speech."
    assert countries(text, "SUPPORT", pipeline) == [("JPN", "USA")]


def test_backing_offered(pipeline):
    text = "Washington offered its backing to Georgia on Monday."
    assert countries(text, "SUPPORT", pipeline) == [("USA", "GEO")]


def test_roundabout_occupied_by_protesters(pipeline):
    text = "Bahraini protesters have occupied a roundabout in Manama since Monday."
    assert [s for s, _ in countries(text, "PROTEST", pipeline)] == ["BHR"]
    assert countries(text, "COERCE", pipeline) == []


def test_complement_named_a_provocation(pipeline):
    # The parser hangs the name on the complement ("test" oprd, "provocation" its dobj).
    text = "Pakistan called India's missile test a provocation on Monday."
    assert countries(text, "ACCUSE", pipeline) == [("PAK", "IND")]


def test_named_an_act_of_aggression(pipeline):
    # Not a phone call: the name given is an act of aggression.
    text = "Manila called China's coast guard manoeuvre an act of aggression."
    assert countries(text, "ACCUSE", pipeline) == [("PHL", "CHN")]
    assert countries(text, "CONSULT", pipeline) == []


def test_described_as_a_provocation(pipeline):
    text = "Beijing described the sail-through as a dangerous provocation by the United States."
    assert countries(text, "ACCUSE", pipeline) == [("CHN", "USA")]


def test_described_as_constructive_is_no_accusation(pipeline):
    text = "The minister described the talks with Japan as constructive."
    assert countries(text, "ACCUSE", pipeline) == []
