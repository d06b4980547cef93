"""Meetings and agreements (real model): who the sides of a CONSULT or an AGREE are.

Each test uses a hand-built sentence the code at the start of the session (8bd218b) got wrong."""


from coding import code_text


def events_of(pipeline, text, pub="2023-05-22"):
    return code_text(pipeline, text, pub)


def pairs(events, event_type):
    return {(e.source.code, e.target.code if e.target else None)
            for e in events if e.event_type == event_type}


def test_joined_subjects_of_one_country_agree_with_each_other(pipeline):
    # the army and the RSF are two sides of one country; Jeddah's country is not a side
    events = events_of(pipeline, "Sudan's army and the paramilitary Rapid Support Forces "
                                 "signed a seven-day ceasefire in the Saudi city of Jeddah on "
                                 "Saturday.")
    assert pairs(events, "AGREE") == {("SDNMIL", "SDNREB")}


def test_government_and_rebels_signing_an_agreement_abroad(pipeline):
    events = events_of(pipeline, "Colombia's government and the Revolutionary Armed Forces of "
                                 "Colombia (FARC) signed a definitive ceasefire agreement in the "
                                 "Cuban capital on Thursday.", "2016-06-24")
    assert pairs(events, "AGREE") == {("COLGOV", "COLREB")}


def test_subject_of_is_expected_to_meet_is_the_one_who_meets(pipeline):
    # "is scheduled to meet": the passive "scheduled" does not make Araghchi a patient
    events = events_of(pipeline, "Iranian Foreign Minister Abbas Araghchi is scheduled to meet "
                                 "his Omani counterpart on Tuesday.")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert {(e.source.code, e.target.code) for e in talks} == {("IRNGOV", "OMNGOV")}
    assert [e.status for e in talks] == ["planned"]


def test_officials_from_the_two_countries_meet_each_other(pipeline):
    events = events_of(pipeline, "Kenya and Somalia agreed on Sunday to lift restrictions on "
                                 "flights. Officials from the two countries will meet in Garissa "
                                 "on January 8-9 to discuss joint measures.", "2019-12-30")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert {(e.source.code, e.target.code) for e in talks} == {("KEN", "SOM")}


def test_a_date_after_on_is_not_a_side_of_talks(pipeline):
    # "talks ... on October 3-4": the date is no target, the officials are both countries'
    events = events_of(pipeline, "Turkish and U.S. troops conducted a joint patrol on Sunday, "
                                 "and military officials from the two countries will hold "
                                 "another round of talks in Ankara on October 3-4.",
                       "2019-09-27")
    talks = [e for e in events if e.event_type == "CONSULT"]
    assert {(e.source.code, e.target.code) for e in talks} == {("TURMIL", "USAMIL")}


def test_partner_of_a_call_told_after_the_topic(pipeline):
    # "with Raisi" hangs on "telephone", inside the object's phrase
    events = events_of(pipeline, "Iraqi Prime Minister Mustafa al-Kadhimi discussed the talks "
                                 "by telephone with Iranian President Ebrahim Raisi on Sunday.",
                       "2022-04-19")
    assert pairs(events, "CONSULT") == {("IRQGOV", "IRNGOV")}


def test_a_meeting_of_the_two_armies_commanders_is_a_consultation(pipeline):
    events = events_of(pipeline, "Uganda and Congo extended their joint offensive. The decision "
                                 "was taken at a meeting of the two armies' commanders in the "
                                 "Congolese town of Beni on Tuesday.", "2022-03-17")
    assert pairs(events, "CONSULT") == {("UGA", "COD")}


def test_commanders_of_the_two_armies_will_meet_each_other(pipeline):
    events = events_of(pipeline, "China and India pulled back troops. Corps commanders of the "
                                 "two armies will meet next week to discuss a pullback.",
                       "2020-07-08")
    assert pairs(events, "CONSULT") == {("CHN", "IND")}


def test_talks_between_the_heads_of_the_two_countries_services(pipeline):
    events = events_of(pipeline, "Kyrgyzstan and Tajikistan agreed to pull back troops. The "
                                 "agreement was reached on April 30 at talks between the heads "
                                 "of the two countries' national security services in the "
                                 "Kyrgyz town of Batken.", "2021-05-01")
    assert pairs(events, "CONSULT") == {("KGZ", "TJK")}


def test_a_promise_joined_to_a_call_is_made_to_the_one_called(pipeline):
    events = events_of(pipeline, "Pakistani Prime Minister Nawaz Sharif telephoned Indian Prime "
                                 "Minister Narendra Modi on Tuesday and promised to take action "
                                 "against those responsible.", "2016-01-05")
    assert {(e.source.country, e.target.country) for e in events
            if e.event_type == "AGREE"} == {("PAK", "IND")}
