"""False events, eleventh session: trigger words in an idiom of no political act ("open fire
without warning", "backing away from", "pressing ahead with", "asked not to be named") and a
reporter's question told by a participle after its speaker ("the NATO chief, asked about")."""

from coding import code_text, of_type


def test_without_warning_is_no_threat(pipeline):
    """"open fire without warning": a manner of firing, no warning given to anyone."""
    text = ("The Kazakh president said on Friday he had authorised troops to open fire without "
            "warning on armed groups in Almaty.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "THREATEN") == []


def test_backing_away_is_no_support(pipeline):
    """"backing away from a plan": a retreat from a position, not backing for someone."""
    text = ("Peru agreed on Wednesday to raise copper shipments to Chile, backing away from a "
            "plan to sell them to Bolivia.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "SUPPORT") == []


def test_pressing_ahead_is_no_request(pipeline):
    """"pressing ahead with punitive measures": going on with one's own course."""
    text = ("Russia closed its border with Georgia on Tuesday, pressing ahead with punitive "
            "measures against Tbilisi.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "REQUEST") == []


def test_pressing_someone_stays_a_request(pipeline):
    """"pressed Sweden to extradite": a request with the one pressed."""
    text = "Turkey pressed Sweden on Monday to extradite Kurdish militants."
    assert len(of_type(code_text(pipeline, text, "2024-03-08"), "REQUEST")) == 1


def test_asking_not_to_be_named_is_no_request(pipeline):
    """"a naval officer said, asking not to be named": a source's wish to stay unnamed."""
    text = ("Iran moved more patrol boats to Abu Musa last week, a Western naval officer in "
            "Bahrain said, asking not to be named.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "REQUEST") == []


def test_participle_question_after_the_speaker_is_no_request(pipeline):
    """"the minister, asked about the strikes, said": a question put to the speaker."""
    text = ("The Egyptian foreign minister, asked about the Israeli strikes on Rafah, said Cairo "
            "was following the situation closely.")
    assert of_type(code_text(pipeline, text, "2024-03-08"), "REQUEST") == []


def test_defending_ones_own_interests_is_no_support(pipeline):
    """"defend its legitimate interests", "defend itself": no one else is backed."""
    for text in ("Vietnam will take all necessary measures to defend its legitimate interests in "
                 "the South China Sea, a foreign ministry spokeswoman said on Thursday.",
                 "Serbia will appear before the court in The Hague to defend itself against "
                 "Croatia's charge of genocide."):
        assert of_type(code_text(pipeline, text, "2024-03-08"), "SUPPORT") == [], text


def test_defending_another_actor_stays_support(pipeline):
    """"defended the police": backing for another actor."""
    text = "The Peruvian prime minister defended the police on Monday over the deaths."
    assert len(of_type(code_text(pipeline, text, "2024-03-08"), "SUPPORT")) == 1


def test_charge_named_by_a_punishment_is_no_event(pipeline):
    """"sentenced ... for resisting police orders": the charge, not a refusal of its own."""
    text = ("A Minsk court on Monday sentenced the opposition leader to 15 days in jail for "
            "resisting police orders.")
    events = code_text(pipeline, text, "2024-03-08")
    assert of_type(events, "REJECT") == []
    assert len(of_type(events, "COERCE")) == 1  # a court's sentence (twentieth session)
