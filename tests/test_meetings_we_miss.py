"""Meetings and agreements the coder used to miss (sixth session, meetings lane)."""

from coding import code_text, of_type


def _parties(event):
    sides = {event.source.code[:3]} | {p.code[:3] for p in event.participants}
    if event.target is not None:
        sides.add(event.target.code[:3])
    return sides


def test_a_group_acting_after_a_meeting_met(pipeline):
    text = ("Colombia and Ecuador agreed on Thursday to share intelligence on drug routes, the "
            "two countries' defence ministers said after a meeting in Quito.")
    consults = of_type(code_text(pipeline, text, "2016-08-19"), "CONSULT")
    assert any(_parties(e) == {"COL", "ECU"} for e in consults)


def test_joined_signatories_after_talks_met(pipeline):
    text = ("Kazakh Foreign Minister Kasymzhomart Tokayev and his Kyrgyz counterpart Alikbek "
            "Jekshenkulov signed the water accord after talks in Almaty on Tuesday.")
    consults = of_type(code_text(pipeline, text, "2006-01-05"), "CONSULT")
    assert any(_parties(e) == {"KAZ", "KGZ"} for e in consults)


def test_one_speaker_at_a_cabinet_meeting_met_no_one(pipeline):
    # guard (passes on 21073be too): one party, and a meeting of his own cabinet
    text = "Putin said at a cabinet meeting on Tuesday that Russia would cut gas supplies."
    assert not of_type(code_text(pipeline, text, "2022-03-02"), "CONSULT")


def test_a_gathering_that_brings_parties_together_is_their_meeting(pipeline):
    text = ("The summit will bring together the leaders of India, Pakistan, Bangladesh and "
            "Sri Lanka in Dhaka next month.")
    consults = of_type(code_text(pipeline, text, "2006-03-01"), "CONSULT")
    assert any(_parties(e) == {"IND", "PAK", "BGD", "LKA"} and e.status == "planned"
               for e in consults)


def test_a_round_of_talks_with_a_partner_on_a_trip(pipeline):
    text = ("Nigerian President Goodluck Jonathan will return to Abidjan on Tuesday for a second "
            "round of talks with Ivorian leader Laurent Gbagbo.")
    consults = of_type(code_text(pipeline, text, "2010-12-27"), "CONSULT")
    assert any(_parties(e) == {"NGA", "CIV"} for e in consults)


def test_talks_prepared_for_are_ahead(pipeline):
    text = ("U.S. special envoy Zalmay Khalilzad prepared for a new round of talks with Taliban "
            "negotiators in Doha next week.")
    consults = of_type(code_text(pipeline, text, "2019-04-04"), "CONSULT")
    assert any(_parties(e) == {"USA", "AFG"} and e.status == "planned" for e in consults)


def test_a_delegation_sent_to_two_capitals_visits_each(pipeline):
    # the parser makes this "to" a dative: its objects are still the places visited
    text = ("The Czech Republic said it would send a delegation to Kiev and Moscow in the "
            "coming days.")
    consults = of_type(code_text(pipeline, text, "2009-01-01"), "CONSULT")
    assert {e.target.code[:3] for e in consults if e.target} == {"UKR", "RUS"}


def test_talks_before_an_agreement_happened(pipeline):
    # the parser hangs "after talks" on the infinitive agreed to; the talks are not planned
    text = ("Georgia and Azerbaijan agreed on Wednesday to double freight capacity on the "
            "Baku-Tbilisi-Kars railway and to speed up work on an undersea power cable, after "
            "talks in Baku between Georgian Prime Minister Irakli Garibashvili and Azerbaijani "
            "President Ilham Aliyev.")
    consults = of_type(code_text(pipeline, text, "2022-11-17"), "CONSULT")
    assert any(_parties(e) == {"GEO", "AZE"} and e.status == "occurred" for e in consults)


def test_a_round_of_talks_names_its_parties(pipeline):
    text = ("The latest round of six-party talks, involving China, Japan, Russia and the United "
            "States, ended in Beijing last week.")
    consults = of_type(code_text(pipeline, text, "2005-11-15"), "CONSULT")
    assert any(_parties(e) == {"CHN", "JPN", "RUS", "USA"} for e in consults)
