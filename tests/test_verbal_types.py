"""Consultations, accusations, requests and rejections told in the other words news writers use
(seventh session): rows of verbs.tsv and nouns.tsv, "held X responsible", "said no to", a "call
for" as an appeal, and a meeting with a named partner at which another act was done.
Every sentence is hand-built; none of their wordings is in the dev set."""

import pytest
from coding import code_text, side_codes

PUB = "2024-03-15"

CONSULTATIONS = [
    # a call received or taken, a visit embarked on, a video conference
    ("The Indian prime minister received a phone call from the Israeli prime minister on Monday.",
     ("INDGOV", "ISRGOV")),
    ("The Kenyan president received a telephone call from the Somali president on Friday.",
     ("KENGOV", "SOMGOV")),
    ("The German chancellor took a call from the French president on Tuesday.",
     ("DEUGOV", "FRAGOV")),
    ("The Chinese premier embarked on a visit to Pakistan on Monday.", ("CHNGOV", "PAK")),
    ("The Brazilian president embarked on a state visit to Angola on Monday.", ("BRAGOV", "AGO")),
    ("The Pakistani army chief held a video conference with his Afghan counterpart on Friday.",
     ("PAKMIL", "AFGGOV")),
    ("The Greek and Cypriot foreign ministers held a video conference on Wednesday.",
     ("GRCGOV", "CYPGOV")),
    # time spent together
    ("The Chilean foreign minister spent two hours with his Peruvian counterpart on Monday.",
     ("CHLGOV", "PERGOV")),
    ("Mongolia's president spent the afternoon with the visiting Japanese premier on Friday.",
     ("MNGGOV", "JPNGOV")),
    # huddled
    ("Estonian and Latvian defence ministers huddled in Tallinn on Friday.", ("ESTGOV", "LVAGOV")),
    ("Thai and Cambodian army commanders huddled at the border on Tuesday.", ("THAMIL", "KHMMIL")),
    # entertained the visiting ...
    ("The Sultan of Brunei entertained the visiting Malaysian king on Monday.",
     ("BRNGOV", "MYSGOV")),
    ("The Emir of Qatar entertained the visiting Kuwaiti crown prince in Doha on Monday.",
     ("QATGOV", "KWTGOV")),
    # met up with
    ("The Czech foreign minister met up with his Slovak counterpart in Bratislava on Tuesday.",
     ("CZEGOV", "SVKGOV")),
    ("The Danish prime minister met up with the Swedish prime minister in Malmo on Friday.",
     ("DNKGOV", "SWEGOV")),
    # granted an audience
    ("The Saudi king granted an audience to the Pakistani prime minister on Monday.",
     ("SAUGOV", "PAKGOV")),
    ("The Jordanian king granted an audience to the Iraqi foreign minister in Amman on Sunday.",
     ("JORGOV", "IRQGOV")),
    # stopped over / touched down
    ("The Chinese premier stopped over in Islamabad on Tuesday.", ("CHNGOV", "PAKGOV")),
    ("The Indian prime minister touched down in Colombo on Tuesday.", ("INDGOV", "LKAGOV")),
    # liaised with
    ("The Nigerian army liaised with Cameroonian troops on Tuesday.", ("NGAMIL", "CMRMIL")),
    ("Malian officers liaised with Nigerien commanders on Friday.", ("MLIMIL", "NERMIL")),
    # shuttle diplomacy, a courtesy call
    ("Norwegian envoys engaged in shuttle diplomacy between Sudan and South Sudan last week.",
     ("SDN", "SSD")),
    ("Qatar conducted shuttle diplomacy between Israel and Hamas on Monday.", ("ISR", "PSEREB")),
    ("The new Australian ambassador paid a courtesy call on the Fijian prime minister on Monday.",
     ("AUSGOV", "FJIGOV")),
    ("The Turkish envoy paid a courtesy call on the Azerbaijani president in Baku on Friday.",
     ("TURGOV", "AZEGOV")),
]

ACCUSATIONS = [
    ("The Syrian government laid the blame on Turkey for the bombing on Monday.",
     ("SYRGOV", "TUR")),
    ("Beirut put the blame on Israel for the blast on Tuesday.", ("LBNGOV", "ISR")),
    ("Kinshasa pinned the blame on Rwanda for the rebel advance on Friday.", ("CODGOV", "RWA")),
    ("Sudan levelled accusations against Chad on Monday.", ("SDN", "TCD")),
    ("The Venezuelan government leveled new charges against Guyana on Tuesday.", ("VENGOV", "GUY")),
    ("The Iranian president hurled accusations at Saudi Arabia on Monday.", ("IRNGOV", "SAU")),
    ("Tbilisi made accusations against Moscow on Monday.", ("GEOGOV", "RUSGOV")),
    ("Iraq implicated Iran in the attack on Monday.", ("IRQ", "IRN")),
    ("The Lebanese army implicated Syria in the bombing on Friday.", ("LBNMIL", "SYR")),
    ("Tehran held Washington to account for the killing on Monday.", ("IRNGOV", "USAGOV")),
    ("Kabul will hold Islamabad to account for the shelling, the ministry said on Monday.",
     ("AFGGOV", "PAKGOV")),
    ("Moscow derided the Ukrainian peace plan on Friday.", ("RUSGOV", "UKR")),
    ("Pyongyang ridiculed the South Korean offer on Tuesday.", ("PRKGOV", "KOR")),
    ("Seoul pointed the finger at Pyongyang on Tuesday for the cyber attack.",
     ("KORGOV", "PRKGOV")),
    ("Kenya's interior minister pointed the finger at Somalia's al Shabaab for the bombing.",
     ("KENGOV", "SOMREB")),
    ("Tehran held Washington responsible for the death of its general on Friday.",
     ("IRNGOV", "USAGOV")),
    ("Lithuania held Belarus accountable for the migrant crisis on Monday.", ("LTU", "BLR")),
    ("The Ukrainian president branded the Russian strike a war crime on Monday.",
     ("UKRGOV", "RUS")),
    ("Vietnam branded China's new map illegal on Wednesday.", ("VNM", "CHN")),
    ("The Dutch prime minister took Hungary to task over its media law on Friday.",
     ("NLDGOV", "HUN")),
    ("The Irish premier took Britain to task on Monday for the new bill.", ("IRLGOV", "GBR")),
    ("Chile's president took aim at Bolivia on Thursday for its handling of the migrants.",
     ("CHLGOV", "BOL")),
    ("Seoul took aim at Tokyo on Tuesday for the new textbooks.", ("KORGOV", "JPNGOV")),
    ("Lebanon blasted Israel on Tuesday for violating its airspace.", ("LBN", "ISR")),
    ("Morocco blasted Algeria over its support for the Polisario on Monday.", ("MAR", "DZA")),
    ("The Greek prime minister rounded on Turkey on Tuesday.", ("GRCGOV", "TUR")),
    ("Armenia's premier rounded on Russia on Friday.", ("ARMGOV", "RUS")),
    ("Venezuela's president railed against Guyana on Monday.", ("VENGOV", "GUY")),
    ("The Bolivian president railed against the United States on Friday.", ("BOLGOV", "USA")),
    ("Beijing chastised Canberra on Friday over the warship.", ("CHNGOV", "AUSGOV")),
    ("Kuwait reproached Iraq on Tuesday over the border.", ("KWT", "IRQ")),
    ("Jordan excoriated Israel on Monday over the settlers.", ("JOR", "ISR")),
    ("Japan admonished China on Friday over its navy.", ("JPN", "CHN")),
    ("Manila issued a demarche to Beijing on Tuesday.", ("PHLGOV", "CHNGOV")),
    ("Hanoi handed a protest note to the Chinese embassy on Monday.", ("VNMGOV", "CHNGOV")),
    ("Indonesia filed a formal protest with Malaysia on Monday.", ("IDN", "MYS")),
    ("The Philippine government filed a diplomatic protest against China on Monday.",
     ("PHLGOV", "CHN")),
]

REQUESTS = [
    ("Kiev solicited help from Poland on Monday.", ("UKRGOV", "POL")),
    ("The Haitian government solicited assistance from Canada on Friday.", ("HTIGOV", "CAN")),
    ("The Sri Lankan president begged India for fuel on Friday.", ("LKAGOV", "IND")),
    ("Nepal begged India for fuel on Tuesday.", ("NPL", "IND")),
    ("The Ecuadorean government entreated Peru to reopen the border on Monday.", ("ECUGOV", "PER")),
    ("The Armenian premier beseeched Russia to send peacekeepers on Monday.", ("ARMGOV", "RUS")),
    ("Washington pressured Seoul to raise its defence spending on Monday.", ("USAGOV", "KORGOV")),
    ("The European Union pressurised Serbia to recognise Kosovo on Friday.", ("IGOEUREEC", "SRB")),
    ("Berlin nudged Warsaw to accept the migrants on Monday.", ("DEUGOV", "POLGOV")),
    ("The United Nations prevailed on Ethiopia to allow convoys into Tigray on Tuesday.",
     ("IGOUNO", "ETH")),
    ("Jordan made an appeal to Israel on Monday to reopen the crossing.", ("JOR", "ISR")),
    ("The Pakistani premier made a fresh appeal to the IMF for a loan on Monday.",
     ("PAKGOV", "IGOBUSIMF")),
    # a call that asks for something is an appeal, not a telephone call
    ("The Afghan government renewed its call on Pakistan to release the prisoners on Monday.",
     ("AFGGOV", "PAK")),
    ("Lebanon repeated its call for France to send aid on Friday.", ("LBN", "FRA")),
]

REJECTIONS = [
    ("The Serbian government stonewalled the Kosovar request on Monday.", ("SRBGOV", "XKX")),
    ("Ankara stonewalled the Swedish bid on Tuesday.", ("TURGOV", "SWE")),
    ("The White House nixed the Mexican proposal on Monday.", ("USAGOV", "MEX")),
    ("Washington nixed the Chinese plan on Friday.", ("USAGOV", "CHN")),
    ("Pakistan ruled out talks with India on Monday.", ("PAK", "IND")),
    ("The Israeli premier ruled out a ceasefire with Hamas on Tuesday.", ("ISRGOV", "PSEREB")),
    ("Azerbaijan ruled out negotiations with Armenia on Monday.", ("AZE", "ARM")),
    ("Pyongyang shrugged off the Japanese protest on Monday.", ("PRKGOV", "JPN")),
    ("Ankara shrugged off American warnings about the pipeline on Friday.", ("TURGOV", "USA")),
    ("Moscow waved away the Finnish complaint on Tuesday.", ("RUSGOV", "FIN")),
    ("Niger's junta waved aside the ECOWAS ultimatum on Monday.", ("NERGOV", "IGOWAFWAS")),
    ("Caracas turned aside Colombian demands on Monday.", ("VENGOV", "COL")),
    ("Kigali refuted the Burundian allegations on Monday.", ("RWAGOV", "BDI")),
    ("Islamabad rebutted the Afghan charges on Thursday.", ("PAKGOV", "AFG")),
    ("The Indian government repudiated Chinese claims on the border on Monday.", ("INDGOV", "CHN")),
    ("Tirana disavowed the Serbian accusations on Monday.", ("ALBGOV", "SRB")),
    ("Ankara scoffed at the Greek proposal on Friday.", ("TURGOV", "GRC")),
    ("Bangladesh balked at the Myanmar plan on Wednesday.", ("BGD", "MMR")),
    ("Egypt threw out the Ethiopian proposal on Monday.", ("EGY", "ETH")),
    ("Sudan disputed the Chadian account of the clash on Tuesday.", ("SDN", "TCD")),
    ("Beijing contested the Vietnamese claims on Monday.", ("CHNGOV", "VNM")),
    ("Azerbaijan said no to the French mediation offer on Monday.", ("AZE", "FRA")),
    ("Greece said no to the Turkish proposal on Monday.", ("GRC", "TUR")),
]


def _has_event(pipeline, text, event_type, sides):
    events = code_text(pipeline, text, PUB)
    found = side_codes(events, event_type)
    symmetric = event_type == "CONSULT" and tuple(reversed(sides)) in found
    return sides in found or symmetric, found


@pytest.mark.parametrize("text, sides", CONSULTATIONS)
def test_consultation_phrasings(pipeline, text, sides):
    ok, found = _has_event(pipeline, text, "CONSULT", sides)
    assert ok, found


@pytest.mark.parametrize("text, sides", ACCUSATIONS)
def test_accusation_phrasings(pipeline, text, sides):
    ok, found = _has_event(pipeline, text, "ACCUSE", sides)
    assert ok, found


@pytest.mark.parametrize("text, sides", REQUESTS)
def test_request_phrasings(pipeline, text, sides):
    ok, found = _has_event(pipeline, text, "REQUEST", sides)
    assert ok, found


@pytest.mark.parametrize("text, sides", REJECTIONS)
def test_rejection_phrasings(pipeline, text, sides):
    ok, found = _has_event(pipeline, text, "REJECT", sides)
    assert ok, found


@pytest.mark.parametrize("text, act, sides", [
    ("The Estonian foreign minister condemned the cyber attacks at a meeting with his Finnish "
     "counterpart on Monday.", "ACCUSE", ("ESTGOV", "FINGOV")),
    ("The Polish president accused Moscow of blackmail at a meeting with the Czech president in "
     "Prague on Monday.", "ACCUSE", ("POLGOV", "CZEGOV")),
    ("The Lebanese premier asked Qatar for fuel at a meeting with the Qatari emir on Sunday.",
     "REQUEST", ("LBNGOV", "QATGOV")),
])
def test_meeting_that_is_the_occasion_of_another_act(pipeline, text, act, sides):
    """"condemned the attacks at a meeting with X": the meeting is an event too."""
    events = code_text(pipeline, text, PUB)
    assert side_codes(events, act)
    assert set(sides) in [set(pair) for pair in side_codes(events, "CONSULT")], events


@pytest.mark.parametrize("text", [
    "Putin told Lukashenko in a telephone call on Saturday that Moscow was ready to help.",
    "The Kenyan president took a call from the Ugandan president on Monday.",
])
def test_a_telephone_call_is_no_appeal(pipeline, text):
    """Guard (passes on c5c97e0 too): a call that asks for nothing stays a call."""
    assert not side_codes(code_text(pipeline, text, PUB), "REQUEST")


def test_a_meeting_not_ruled_out_is_no_rejection(pipeline):
    """Guard (passes on c5c97e0 too): "have not ruled out a meeting" refuses nothing."""
    text = "Officials have not ruled out a meeting between the Indian and Pakistani leaders."
    assert not side_codes(code_text(pipeline, text, PUB), "REJECT")
