"""Who an actor mention is (real model): a pronoun, a person, an unnamed local actor.

Each test states a rule of news text: "he" means a person named before it, never one named
later in its own sentence nor a plural force; a relative clause inside an actor's phrase does
not give the actor its country; unnamed crowds and police are the filing country's when the
lead names it, else the main country's; "the vessel" is the craft named before; a former
minister serving a body his phrase names is that body's; "Congress" is the legislature of the
country the story names."""

from coding import code_text, side_codes


def test_he_is_not_a_person_named_after_it_in_its_sentence(pipeline):
    events = code_text(pipeline, "Venezuelan President Hugo Chavez ordered troops to the border "
                                 "on Sunday. He accused the government of President Alvaro Uribe "
                                 "of betraying the region.", "2009-11-09")
    assert [s for s, _ in side_codes(events, "ACCUSE")] == ["VENGOV"]


def test_he_is_not_a_plural_force(pipeline):
    events = code_text(pipeline, "Georgian President Mikheil Saakashvili told reporters that "
                                 "Russian forces were building checkpoints. He accused Moscow of "
                                 "planning to stay.", "2008-08-21")
    assert side_codes(events, "ACCUSE") == [("GEOGOV", "RUSGOV")]


def test_relative_clause_in_an_actors_phrase_gives_no_country(pipeline):
    events = code_text(pipeline, "Armenia agreed on Friday to hand four villages back to "
                                 "Azerbaijan. Residents of the village of Kirants, whose road link "
                                 "to Georgia would pass close to the new line, blocked a highway "
                                 "on Sunday in protest.", "2024-04-22")
    assert [s for s, _ in side_codes(events, "PROTEST")] == ["ARMCVL"]


def test_crowd_of_a_story_filed_from_the_country_its_lead_names(pipeline):
    text = ("Moldova on Tuesday ordered a Russian diplomat to leave the country. Russia called "
            "the expulsion an unfriendly step. The Kremlin said Moscow would respond, and the "
            "Russian embassy said Russia had done nothing wrong. Protests organised by the Shor "
            "party have drawn thousands of people demanding the government's resignation.")
    events = code_text(pipeline, text, "2023-03-21", dateline="CHISINAU")
    assert [s for s, _ in side_codes(events, "PROTEST")] == ["MDACVL"]


def test_filing_country_the_lead_does_not_name_is_not_the_crowds(pipeline):
    text = ("Belarusian President Alexander Lukashenko on Monday rejected calls to hold a new "
            "election, telling workers at a Minsk tractor factory there would be no fresh vote. "
            "Opposition candidate Sviatlana Tsikhanouskaya, who left for Lithuania last week, "
            "said she was ready to lead. More than 100,000 people marched on Sunday in the "
            "largest protest in Belarusian history.")
    events = code_text(pipeline, text, "2020-08-17", dateline="VILNIUS")
    assert [s for s, _ in side_codes(events, "PROTEST")] == ["BLRCVL"]


def test_the_vessel_is_the_craft_named_before(pipeline):
    text = ("Iran's Revolutionary Guards have seized a United Arab Emirates-flagged tanker near "
            "the island of Greater Tunb. The Fars news agency said the Guards' navy intercepted "
            "the vessel on Monday night and escorted it to the port of Bandar Abbas.")
    events = code_text(pipeline, text, "2019-07-30")
    assert {t[:3] for _, t in side_codes(events, "COERCE")} == {"ARE"}


def test_the_surveillance_ships_are_the_ships_named_before(pipeline):
    text = ("The Philippines said on Wednesday that two Chinese maritime surveillance ships had "
            "blocked a Philippine navy vessel at the Scarborough Shoal. Philippine Foreign "
            "Secretary Albert del Rosario met the Chinese ambassador in Manila and demanded that "
            "the surveillance ships leave the area.")
    events = code_text(pipeline, text, "2012-04-12")
    assert side_codes(events, "REQUEST") == [("PHLGOV", "CHN")]


def test_former_minister_serving_a_body_named_in_his_phrase_is_the_bodys(pipeline):
    text = ("Israeli jets struck targets in Gaza on Saturday after militants fired rockets at "
            "Ashkelon. The UN's Middle East envoy, Nickolay Mladenov, urged all sides on Sunday "
            "to step back from the brink.")
    events = code_text(pipeline, text, "2019-05-06")
    assert {s[:3] for s, _ in side_codes(events, "REQUEST")} == {"IGO"}


def test_congress_is_the_legislature_of_the_country_in_the_story(pipeline):
    text = ("Argentine police used water cannon on Wednesday to break up a protest by pensioners "
            "outside Congress in Buenos Aires. Opposition lawmakers said they would press for a "
            "special session of Congress next week.")
    events = code_text(pipeline, text, "2024-09-12")
    assert [t for _, t in side_codes(events, "COERCE") if t.startswith("USA")] == []
    assert [t for _, t in side_codes(events, "REQUEST") if t.startswith("USA")] == []
    assert side_codes(events, "REQUEST")
