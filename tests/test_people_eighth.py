"""People the actor dictionary lacked (data/actors/people.tsv): spokespeople, envoys and mediators,
opposition leaders, and defence chiefs named with no nationality beside the name, whose side comes
from their office on the article's date."""

import pytest
from coding import code_text, side_codes


@pytest.mark.parametrize("text, pub, event_type, expected", [
    # Foreign-ministry, government and presidential spokespeople.
    ("Nasser Kanaani accused Washington of hypocrisy over the sanctions.", "2023-03-14",
     "ACCUSE", ("IRNGOV", "USAGOV")),
    ("Ramin Mehmanparast warned Britain against interfering.", "2011-11-20",
     "THREATEN", ("IRNGOV", "GBR")),
    ("Esmaeil Baghaei condemned the American strikes on Yemen.", "2025-03-17",
     "ACCUSE", ("IRNGOV", "USA")),
    ("Hong Lei urged Tokyo to stop provocations over the islands.", "2012-09-14",
     "REQUEST", ("CHNGOV", "JPNGOV")),
    ("Hua Chunying criticised Canberra for its remarks on Hong Kong.", "2020-07-15",
     "ACCUSE", ("CHNGOV", "AUSGOV")),
    ("Wang Wenbin slammed London for meddling in Hong Kong affairs.", "2021-03-10",
     "ACCUSE", ("CHNGOV", "GBRGOV")),
    ("Alexander Lukashevich criticised Kiev over the language law.", "2014-03-05",
     "ACCUSE", ("RUSGOV", "UKRGOV")),
    ("Heather Nauert condemned Tehran for detaining the journalist.", "2018-06-12",
     "ACCUSE", ("USAGOV", "IRNGOV")),
    ("Ned Price accused Moscow of staging a pretext for invasion.", "2022-02-03",
     "ACCUSE", ("USAGOV", "RUSGOV")),
    ("Ari Fleischer warned Baghdad that time was running out.", "2002-11-05",
     "THREATEN", ("USAGOV", "IRQGOV")),
    ("Karoline Leavitt threatened Beijing with further tariffs.", "2025-04-09",
     "THREATEN", ("USAGOV", "CHNGOV")),
    ("Arindam Bagchi rejected Islamabad's remarks on Kashmir.", "2022-08-10",
     "REJECT", ("INDGOV", "PAKGOV")),
    ("Mumtaz Zahra Baloch condemned New Delhi's statement.", "2023-08-17",
     "ACCUSE", ("PAKGOV", "INDGOV")),
    ("Oleg Nikolenko denounced Moscow's sham referendums.", "2022-09-23",
     "ACCUSE", ("UKRGOV", "RUSGOV")),
    ("Daniel Hagari accused Hamas of hiding weapons in hospitals.", "2023-11-15",
     "ACCUSE", ("ISRMIL", "PSEREB")),
    ("Kim Yo Jong threatened Seoul over the leaflet launches.", "2020-06-13",
     "THREATEN", ("PRKGOV", "KORGOV")),
    ("Turki al-Maliki accused the Houthis of firing a missile at Riyadh.", "2018-03-26",
     "ACCUSE", ("SAUMIL", "YEMREB")),
])
def test_spokespeople_speak_for_their_state(pipeline, text, pub, event_type, expected):
    codes = side_codes(code_text(pipeline, text, pub), event_type)
    assert expected in codes, codes


@pytest.mark.parametrize("text, pub, event_type, expected", [
    # UN and regional envoys are their body's (IGOUNO ...); national envoys carry their state.
    ("Geir Pedersen met Damascus officials to discuss the constitution.", "2019-10-01",
     "CONSULT", ("IGOUNO", "SYRGOV")),
    ("Ghassan Salamé met Khalifa Haftar in Benghazi.", "2018-05-02",
     "CONSULT", ("IGOUNO", "LBYMIL")),
    ("Noeleen Heyzer met Min Aung Hlaing in Naypyidaw.", "2022-08-17",
     "CONSULT", ("IGOUNO", "MMRMIL")),
    ("Said Djinnit met Joseph Kabila in Kinshasa.", "2016-03-10",
     "CONSULT", ("IGOUNO", "CODGOV")),
    ("Erik Solheim urged the Tamil Tigers to return to talks.", "2003-05-01",
     "REQUEST", ("NORGOV", "LKAREB")),
    ("Richard Holbrooke met Hamid Karzai in Kabul.", "2009-02-14",
     "CONSULT", ("USAGOV", "AFGGOV")),
])
def test_envoys_and_mediators_have_their_office_side(pipeline, text, pub, event_type, expected):
    codes = side_codes(code_text(pipeline, text, pub), event_type)
    assert expected in codes, codes


@pytest.mark.parametrize("text, pub, event_type, expected", [
    # Opposition leaders out of office are OPP of their state.
    ("Nelson Chamisa accused Emmerson Mnangagwa of rigging the vote.", "2018-08-03",
     "ACCUSE", ("ZWEOPP", "ZWEGOV")),
    ("Kizza Besigye accused Yoweri Museveni of rigging the election.", "2016-02-20",
     "ACCUSE", ("UGAOPP", "UGAGOV")),
    ("Henrique Capriles accused Nicolas Maduro of stealing the election.", "2013-04-16",
     "ACCUSE", ("VENOPP", "VENGOV")),
    ("Mir Hossein Mousavi criticised Mahmoud Ahmadinejad.", "2009-07-01",
     "ACCUSE", ("IRNOPP", "IRNGOV")),
    # Defence ministers and chiefs of staff.
    ("Geoff Hoon visited British troops in Basra.", "2003-05-01",
     "CONSULT", ("GBRGOV", "GBRMIL")),
    ("Yury Baluyevsky warned Washington over missile defence plans.", "2007-02-15",
     "THREATEN", ("RUSMIL", "USAGOV")),
])
def test_opposition_leaders_and_defence_chiefs(pipeline, text, pub, event_type, expected):
    codes = side_codes(code_text(pipeline, text, pub), event_type)
    assert expected in codes, codes


@pytest.mark.parametrize("text, pub, event_type, expected", [
    # UN spokespeople, agency heads and the ICC prosecutor are their body's.
    ("Stephane Dujarric urged Khartoum to allow aid convoys into Darfur.", "2023-06-01",
     "REQUEST", ("IGOUNO", "SDNGOV")),
    ("Filippo Grandi met Bangladeshi officials in Dhaka.", "2018-03-20",
     "CONSULT", ("IGOUNO", "BGDGOV")),
    ("Volker Türk condemned Moscow for the attacks on civilians.", "2023-01-15",
     "ACCUSE", ("IGOUNO", "RUSGOV")),
    ("Fatou Bensouda accused Khartoum of obstructing the investigation.", "2015-06-29",
     "ACCUSE", ("IGOJUDICC", "SDNGOV")),
    ("Kristalina Georgieva urged Buenos Aires to press ahead with reforms.", "2024-05-01",
     "REQUEST", ("IGOBUSIMF", "ARGGOV")),
    # Military and armed-group spokespeople, and army chiefs.
    ("Igor Konashenkov accused Kyiv of shelling the nuclear plant.", "2022-08-12",
     "ACCUSE", ("RUSMIL", "UKRGOV")),
    ("Yahya Saree threatened Washington with more attacks on ships.", "2024-01-12",
     "THREATEN", ("YEMREB", "USAGOV")),
    ("Sami Abu Zuhri accused Israel of sabotaging the truce.", "2014-08-20",
     "ACCUSE", ("PSEREB", "ISR")),
    ("Suhail Shaheen urged Washington to release the frozen assets.", "2021-10-01",
     "REQUEST", ("AFGREB", "USAGOV")),
    ("Guo Boxiong met the visiting US defence secretary in Beijing.", "2009-10-27",
     "CONSULT", ("CHNMIL", "USAGOV")),
    ("Sir Nick Carter warned Moscow against escalation.", "2019-05-01",
     "THREATEN", ("GBRMIL", "RUSGOV")),
])
def test_un_officials_and_military_spokespeople(pipeline, text, pub, event_type, expected):
    codes = side_codes(code_text(pipeline, text, pub), event_type)
    assert expected in codes, codes
