"""Ninth-session rules for AID and CONSULT, second pass: arms announced or handed over, bailouts
approved, debt relief granted, rescue teams despatched (a two-word object row before its
head's), the gift named after "provide/supply ... with", a mediator meeting each side, and a
second leader the parser joins to the first leader's name."""

from coding import code_text, side_countries

PUB = "2023-05-10"


def test_arms_announced_or_unveiled_are_aid(pipeline):
    events = code_text(pipeline, "Canada announced a new package of weapons for Ukraine on "
                       "Tuesday.", PUB)
    assert side_countries(events, "AID") == [("CAN", "UKR")]
    events = code_text(pipeline, "Norway unveiled more artillery ammunition for Kyiv on "
                       "Monday.", PUB)
    assert side_countries(events, "AID") == [("NOR", "UKR")]


def test_heavy_arms_handed_over_are_aid_not_a_release(pipeline):
    events = code_text(pipeline, "Slovakia handed over 13 MiG-29 jets to Ukraine on Tuesday.",
                       PUB)
    assert side_countries(events, "AID") == [("SVK", "UKR")]
    assert not side_countries(events, "RETREAT")
    events = code_text(pipeline, "The Netherlands handed over two air-defence systems to "
                       "Ukraine on Monday.", PUB)
    assert side_countries(events, "AID") == [("NLD", "UKR")]


def test_bailout_approved_and_debt_relief_granted_are_aid(pipeline):
    events = code_text(pipeline, "The IMF approved a $3 billion bailout for Egypt on Tuesday.",
                       PUB)
    assert [t for _, t in side_countries(events, "AID")] == ["EGY"]
    events = code_text(pipeline, "China granted debt relief to Zambia on Monday.", PUB)
    assert side_countries(events, "AID") == [("CHN", "ZMB")]


def test_rescue_teams_despatched_are_aid(pipeline):
    events = code_text(pipeline, "Greece despatched rescue teams to Turkey on Tuesday.", PUB)
    assert side_countries(events, "AID") == [("GRC", "TUR")]
    events = code_text(pipeline, "Algeria dispatched search and rescue teams to Morocco on "
                       "Monday.", PUB)
    assert side_countries(events, "AID") == [("DZA", "MAR")]
    assert not side_countries(events, "CONSULT")


def test_gift_named_after_with_is_aid_to_the_object(pipeline):
    events = code_text(pipeline, "Britain will provide Jordan with 40 million pounds to "
                       "support Syrian refugees.", PUB)
    assert side_countries(events, "AID") == [("GBR", "JOR")]
    events = code_text(pipeline, "Japan supplied Sri Lanka with 10,000 tonnes of rice on "
                       "Tuesday.", PUB)
    assert side_countries(events, "AID") == [("JPN", "LKA")]


def test_mediator_meets_each_side(pipeline):
    events = code_text(pipeline, "Qatar mediated between Israel and Hamas on Tuesday.", PUB)
    assert side_countries(events, "CONSULT") == [("QAT", "ISR"), ("QAT", "PSE")]
    events = code_text(pipeline, "Turkey interceded between Russia and Ukraine on Monday.",
                       PUB)
    assert side_countries(events, "CONSULT") == [("TUR", "RUS"), ("TUR", "UKR")]


def test_second_leader_joined_to_the_first_leaders_name(pipeline):
    events = code_text(pipeline, "Nigerian President Muhammadu Buhari and Ghana's Nana "
                       "Akufo-Addo held a summit in Abuja on Tuesday.", PUB)
    assert side_countries(events, "CONSULT") == [("NGA", "GHA")]
    events = code_text(pipeline, "Ghanaian President Nana Akufo-Addo and Togo's Faure "
                       "Gnassingbe held a summit in Accra on Monday.", PUB)
    assert side_countries(events, "CONSULT") == [("GHA", "TGO")]
