"""Measures and climb-downs (SANCTION, CONCEDE, RETREAT, REJECT) in the words news writers use
for them: each family of phrasings has at least two hand-built sentences, none from the dev set."""

import pytest
from coding import code_text, of_type, side_codes

PUB = "2024-03-15"


def sides(text: str, pipeline, event_type: str) -> list[tuple[str, str | None]]:
    return side_codes(code_text(pipeline, text, PUB), event_type)


@pytest.mark.parametrize("text, expected", [
    # diplomats declared persona non grata (the parse hangs them on the phrase)
    ("Estonia declared a Russian consul persona non grata on Monday.", ("EST", "RUSGOV")),
    ("Poland declared two Belarusian diplomats persona non grata.", ("POL", "BLRGOV")),
    # envoys summoned home, recalled "for consultations", high commissioners, charges d'affaires
    ("Ecuador summoned its ambassador home from Mexico City.", ("ECU", "MEXGOV")),
    ("Peru summoned its envoy home from Mexico on Friday.", ("PER", "MEXGOV")),
    ("Algeria recalled Said Moussi for consultations from France.", ("DZA", "FRA")),
    ("Kenya recalled its high commissioner from Uganda.", ("KEN", "UGA")),
    ("Britain expelled the Iranian charge d'affaires.", ("GBR", "IRNGOV")),
    # arms, links, visas and services frozen, halted or suspended
    ("Canada froze arms sales to Saudi Arabia.", ("CAN", "SAU")),
    ("India halted bus services to Pakistan.", ("IND", "PAK")),
    ("Pakistan suspended visas for Indian nationals.", ("PAK", "INDCVL")),
    # diplomats kicked or thrown out
    ("Moscow kicked out two British diplomats.", ("RUSGOV", "GBRGOV")),
    ("Britain threw out three Russian diplomats.", ("GBR", "RUSGOV")),
    # imports and exports blocked
    ("China blocked imports of Australian wine.", ("CHN", "AUS")),
    ("Turkey blocked exports of Syrian oil.", ("TUR", "SYR")),
    # targeted with sanctions
    ("The EU targeted Russian banks with sanctions.", ("IGOEUREEC", "RUSBUS")),
    ("Britain targeted Russian oligarchs with sanctions on Thursday.", ("GBR", "RUS")),
    # sanctions reimposed or reinstated
    ("Washington reimposed sanctions on Iranian oil exports.", ("USAGOV", "IRN")),
    ("The United States reinstated sanctions on Venezuela's oil sector.", ("USA", "VEN")),
    # treaties put in abeyance
    ("India put the Indus Waters Treaty with Pakistan in abeyance.", ("IND", "PAK")),
    ("Ethiopia put its border agreement with Eritrea in abeyance on Monday.", ("ETH", "ERI")),
    # missions and hotlines shut
    ("Lithuania shut its embassy in Belarus.", ("LTU", "BLR")),
    ("North Korea shut the hotline with South Korea.", ("PRK", "KOR")),
    # names added to a sanctions list or a blacklist
    ("Washington added three Chinese firms to its trade blacklist.", ("USAGOV", "CHNBUS")),
    ("The EU added six Russian officials to its sanctions list.", ("IGOEUREEC", "RUSGOV")),
])
def test_measures_against_another_state_are_sanctions(pipeline, text, expected):
    assert expected in sides(text, pipeline, "SANCTION")


@pytest.mark.parametrize("text, expected", [
    ("Australia barred members of the Fijian military government from entering the country.",
     ("AUS", "FJIGOV")),
    ("The United States imposed visa bans on Nicaraguan officials.", ("USA", "NICGOV")),
])
def test_a_ban_on_another_states_people_is_a_sanction(pipeline, text, expected):
    events = code_text(pipeline, text, PUB)
    assert expected in side_codes(events, "SANCTION")
    assert of_type(events, "COERCE") == []


@pytest.mark.parametrize("text, expected", [
    # guards (pass without the rule too): a ban at home, and an exit ban, stay coercion
    ("Zimbabwe banned opposition leaders from travelling abroad.", ("ZWE", "ZWEOPP")),
    ("Malaysia barred all North Koreans in the country from leaving.", ("MYS", "PRK")),
])
def test_a_ban_at_home_or_on_leaving_stays_coercion(pipeline, text, expected):
    events = code_text(pipeline, text, PUB)
    assert side_codes(events, "COERCE") == [expected]
    assert of_type(events, "SANCTION") == []


@pytest.mark.parametrize("text, expected", [
    # measures rolled back, rescinded
    ("Washington rolled back sanctions on Venezuela.", ("USAGOV", "VEN")),
    ("Ankara rescinded its sanctions on Russian wheat.", ("TURGOV", "RUS")),
    ("Kenya rescinded its ban on Ugandan sugar imports.", ("KEN", "UGA")),
    # rises and bans cancelled
    ("Kenya cancelled the tax increase after protests in Nairobi.", ("KEN", "KEN")),
    ("The Nigerian government cancelled the ban on Twitter.", ("NGAGOV", "NGA")),
    # concessions made
    ("Mali's government made concessions to the Tuareg rebels.", ("MLIGOV", "MLIREB")),
    ("Israel made concessions to the Palestinian Authority.", ("ISR", "PSEGOV")),
    # ground ceded
    # plans and rises shelved
    ("The Tunisian government said it would shelve a planned rise in fuel prices.",
     ("TUNGOV", "TUN")),
    ("The Kenyan government shelved the finance bill after protests in Nairobi.",
     ("KENGOV", "KEN")),
    ("Armenia ceded three villages to Azerbaijan.", ("ARM", "AZE")),
    ("Sudan said it would cede control of the disputed Abyei region to South Sudan.",
     ("SDN", "SSD")),
    # demands accepted, complied with, heeded, granted
    ("Qatar accepted the Saudi demands.", ("QAT", "SAU")),
    ("Iran complied with the demands of the IAEA.", ("IRN", "IGOUNO")),
    ("The Nigerien junta heeded the ECOWAS call for elections.", ("NERGOV", "IGOWAFWAS")),
    ("The Serbian government granted the Kosovo Serbs' demands.", ("SRBGOV", "XKX")),
])
def test_climb_downs_are_concessions(pipeline, text, expected):
    assert expected in sides(text, pipeline, "CONCEDE")


@pytest.mark.parametrize("text, expected", [
    # prisoners amnestied
    ("Belarus amnestied 30 Lithuanian prisoners.", ("BLR", "LTU")),
    # prisoners repatriated
    ("Russia repatriated 50 Ukrainian prisoners of war.", ("RUS", "UKR")),
    ("Azerbaijan repatriated two Armenian soldiers.", ("AZE", "ARMMIL")),
    # forces stood down, positions left
    ("Pakistan stood down its forces along the border with India.", ("PAK", "IND")),
    ("Russian troops stood down their units near the Finnish border.", ("RUSMIL", "FIN")),
    ("Russian troops left their positions near the Ukrainian city of Kherson.",
     ("RUSMIL", "UKR")),
    # roadblocks removed
    ("Israel removed roadblocks around the Palestinian city of Nablus.", ("ISR", "PSE")),
    ("Israel lifted checkpoints around the Palestinian city of Hebron.", ("ISR", "PSE")),
    ("Israel lifted checkpoints around the West Bank city of Nablus.", ("ISR", "PSE")),
    # fire held, hostilities ceased
    ("The Ethiopian army held fire along the Eritrean border.", ("ETHMIL", "ERI")),
    ("Azerbaijan ceased hostilities against Armenian forces.", ("AZE", "ARMMIL")),
    # weapons handed in or turned in
    ("The FARC rebels handed in their weapons to the UN mission in Colombia.",
     ("COLREB", "IGOUNO")),
    ("M23 fighters turned in their guns to the Ugandan army.", ("CODREB", "UGAMIL")),
    # inspectors admitted
    ("Iran admitted IAEA inspectors to the Fordow site.", ("IRN", "IGOUNO")),
    ("Sudan admitted UN inspectors to Darfur.", ("SDN", "IGOUNO")),
])
def test_stepping_back_is_a_retreat(pipeline, text, expected):
    assert expected in sides(text, pipeline, "RETREAT")


@pytest.mark.parametrize("text, expected", [
    ("Beijing shrugged off the criticism from Washington.", ("CHNGOV", "USAGOV")),
    ("The Kremlin laughed off the British accusations.", ("RUSGOV", "GBR")),
    ("The Kremlin waved aside the British accusations.", ("RUSGOV", "GBR")),
    ("Hungary baulked at the EU proposal.", ("HUN", "IGOEUREEC")),
    ("Moscow scoffed at the British accusations.", ("RUSGOV", "GBR")),
    ("Beijing scoffed at the American proposal.", ("CHNGOV", "USA")),
    ("Ankara balked at the Swedish demands.", ("TURGOV", "SWE")),
    ("Caracas repudiated the accord with Bogota.", ("VENGOV", "COLGOV")),
    ("Kenyan lawmakers voted down the agreement with Somalia.", ("KENLEG", "SOM")),
    ("Pyongyang ruled out negotiations with Seoul.", ("PRKGOV", "KORGOV")),
    ("Tehran ruled out talks with Washington.", ("IRNGOV", "USAGOV")),
])
def test_refusals_are_rejections(pipeline, text, expected):
    assert expected in sides(text, pipeline, "REJECT")


def test_not_ruling_out_a_meeting_refuses_nothing(pipeline):
    # guard of the rule above (passes without it too)
    events = code_text(pipeline, "Officials did not rule out a meeting with Pakistan.", PUB)
    assert of_type(events, "REJECT") == []


@pytest.mark.parametrize("text, expected", [
    ("The Indian prime minister said there would be no talks with Pakistan until it stopped "
     "backing militants.", ("INDGOV", "PAK")),
    ("Army chief General Abdel Fattah al-Burhan said there would be no negotiations with the "
     "RSF until they withdrew from the cities.", ("SDNGOV", "SDNREB")),
    ("Cameron has repeatedly said there can be no talks with Argentina on sovereignty.",
     ("GBRGOV", "ARG")),
])
def test_there_will_be_no_talks_is_a_refusal(pipeline, text, expected):
    events = code_text(pipeline, text, PUB)
    assert side_codes(events, "REJECT") == [expected]
    assert [e.status for e in of_type(events, "CONSULT")] == ["negated"]
