"""CONSULT coverage, eighth session: named dignitaries received or seen, calls as the medium
of what one leader tells another, meals, handshakes, sounding out, jetting to a capital."""

from coding import code_text, of_type, side_countries


def test_received_titled_name_is_hosting(pipeline):
    """"received President Mahmoud Abbas": the title of a named object counts as its noun."""
    for text in ("The Egyptian president received President Mahmoud Abbas in Cairo on Sunday.",
                 "Jordan's king welcomed Prime Minister Narendra Modi at the palace on Friday."):
        events = code_text(pipeline, text, "2024-03-06")
        assert len(of_type(events, "CONSULT")) == 1, text


def test_due_to_see_a_dignitary_is_a_planned_meeting(pipeline):
    """"is due to see President X tomorrow", "will see the Saudi crown prince"."""
    events = code_text(pipeline, "Norway's envoy is due to see President Chandrika "
                       "Kumaratunga of Sri Lanka in Colombo tomorrow.", "2024-03-06")
    assert side_countries(events, "CONSULT") == [("NOR", "LKA")]
    assert [e.status for e in of_type(events, "CONSULT")] == ["planned"]
    events = code_text(pipeline, "The British foreign secretary will see the Saudi crown "
                       "prince in Riyadh on Thursday.", "2024-03-06")
    assert side_countries(events, "CONSULT") == [("GBR", "SAU")]


def test_seeing_someone_as_something_is_no_meeting(pipeline):
    """"sees President Biden as an ally": a view."""
    events = code_text(pipeline, "The Egyptian minister sees President Biden as an ally.",
                       "2024-03-06")
    assert of_type(events, "CONSULT") == []


def test_told_in_a_call_is_a_call_with_the_one_told(pipeline):
    """"told Lukashenko in a telephone call", "assured ... during a phone call", "thanked ...
    over a video call"; "said in a video call" names no one told."""
    for text, sides in (
            ("Russian President Vladimir Putin told Belarusian President Alexander Lukashenko "
             "in a telephone call on Saturday that Moscow stood ready.", ("RUS", "BLR")),
            ("The U.S. president assured the Ukrainian president during a phone call on Friday "
             "that aid would keep flowing.", ("USA", "UKR")),
            ("The Indian prime minister thanked the Qatari emir over a video call on Tuesday.",
             ("IND", "QAT"))):
        events = code_text(pipeline, text, "2024-03-06")
        assert side_countries(events, "CONSULT") == [sides], text
    events = code_text(pipeline, "The Indian prime minister said in a video call on Tuesday "
                       "that India was ready.", "2024-03-06")
    assert of_type(events, "CONSULT") == []


def test_meals_handshakes_and_sounding_out_are_meetings(pipeline):
    """"dined with", "lunched with", "shook hands with", "sounded out"."""
    for text in (
            "The Japanese prime minister dined with the Chinese president in Beijing on Monday.",
            "The Turkish president lunched with the Greek prime minister in Ankara on Monday.",
            "The Japanese prime minister shook hands with the Chinese president on Monday.",
            "Norway's envoy sounded out Sri Lanka's Tamil Tiger rebels on Monday."):
        events = code_text(pipeline, text, "2024-03-06")
        assert len(of_type(events, "CONSULT")) == 1, text


def test_jetting_or_journeying_to_a_capital_is_a_visit(pipeline):
    """"jetted to Moscow", "journeyed to Kabul"."""
    for text, sides in (
            ("The Indian foreign minister jetted to Moscow on Monday.", ("IND", "RUS")),
            ("The Pakistani foreign minister journeyed to Kabul on Monday.", ("PAK", "AFG"))):
        events = code_text(pipeline, text, "2024-03-06")
        assert side_countries(events, "CONSULT") == [sides], text


def test_teleconference_is_a_call(pipeline):
    """"held a teleconference with"."""
    for text in ("The French president held a teleconference with the German chancellor on "
                 "Friday.", "Kenya's president joined a teleconference with the Ethiopian "
                 "prime minister on Friday."):
        events = code_text(pipeline, text, "2024-03-06")
        assert len(of_type(events, "CONSULT")) == 1, text


def test_talks_revived_or_entered_are_talks(pipeline):
    """"revived negotiations with", "entered into negotiations with", "relaunched talks with"."""
    for text in (
            "The Colombian government revived negotiations with the ELN rebels in Caracas on "
            "Monday.",
            "The Ethiopian government entered into negotiations with Eritrean officials in "
            "Nairobi on Tuesday.",
            "The Serbian president relaunched talks with Kosovo's prime minister in Brussels on "
            "Monday."):
        events = code_text(pipeline, text, "2024-03-06")
        assert len(of_type(events, "CONSULT")) == 1, text


def test_being_in_a_capital_for_talks_with_a_partner_is_talks(pipeline):
    """"was in Kabul for talks with Afghan ministers", "remained in Cairo for consultations
    with"; no partner, no talks coded ("was in Vienna for talks")."""
    for text, sides in (
            ("Pakistan's special envoy was in Kabul for talks with Afghan ministers on Tuesday.",
             ("PAK", "AFG")),
            ("The Qatari foreign minister remained in Cairo on Sunday for consultations with "
             "Egyptian officials.", ("QAT", "EGY"))):
        events = code_text(pipeline, text, "2024-03-06")
        assert side_countries(events, "CONSULT") == [sides], text
    events = code_text(pipeline, "The Iranian foreign minister was in Vienna for talks.",
                       "2024-03-06")
    assert of_type(events, "CONSULT") == []
