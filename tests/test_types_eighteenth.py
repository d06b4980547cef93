"""Eighteenth session, types lane: the type of an event whose sides are already right.

Aid brought by a ship, a plane or a convoy is AID whoever's craft carries it: what the mover
brings decides, whether it hangs on the mover ("trucks loaded with flour rolled into Gaza"),
on the verb ("landed ... carrying drones", "arrived ... with 40 tonnes of drinking water") or
is told by a verb row that would make the motion a deployment ("rolled into"). A craft that
brings troops, or brings nothing, stays a deployment."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-15"


@pytest.mark.parametrize("text, pair", [
    ("Thirty Jordanian army trucks loaded with flour and sugar rolled into Gaza on Friday, "
     "Palestinian officials said.", ("JOR", "PSE")),
    ("An Iranian military cargo plane landed in Caracas on Friday carrying drones and spare "
     "parts, Venezuelan officials said.", ("IRN", "VEN")),
    ("A Japanese coast guard ship arrived in Manila on Tuesday with a medical team and 40 "
     "tonnes of drinking water, the Philippine government said.", ("JPN", "PHL")),
    ("A Colombian navy ship carrying diesel, powdered milk and syringes docked in Port-au-Prince "
     "on Monday, Haitian officials said.", ("COL", "HTI")),
    ("A Russian cargo plane carrying anti-aircraft missiles landed in Niamey on Tuesday, "
     "Niger's junta said.", ("RUS", "NER")),
])
def test_craft_bringing_aid_is_aid(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    assert pair in side_countries(events, "AID")
    assert not of_type(events, "MOBILIZE")


def test_medical_team_carried_is_humanitarian(pipeline):
    """The two-word load ("medical team") decides before its head word's other rows."""
    text = ("A Japanese coast guard ship arrived in Manila on Tuesday with a medical team and "
            "water purification equipment, the Philippine government said.")
    aid = of_type(code_text(pipeline, text, PUB), "AID")
    assert aid and all(e.cameo == "073" for e in aid)


@pytest.mark.parametrize("text", [
    "Russian warships docked in Tartus on Saturday carrying marines, Syrian state media said.",
    "Chinese armoured vehicles rolled into the disputed valley on Monday, Indian officials said.",
    "A British destroyer arrived in the Gulf on Sunday with two helicopters on board, the Royal "
    "Navy said.",
])
def test_craft_bringing_forces_stays_a_deployment(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "MOBILIZE")
    assert not of_type(events, "AID")


@pytest.mark.parametrize("text", [
    "Russian warships carrying hypersonic missiles arrived in Havana on Wednesday.",
    "Russian bombers carrying nuclear missiles landed in Venezuela on Monday.",
    "A second Algerian naval vessel docked in Tripoli last week carrying artillery and "
    "ammunition, Libyan officials said.",
])
def test_warcraft_carrying_its_own_arms_gives_no_aid(pipeline, text):
    """Weapons on a warship or a bomber are its armament, not arms handed over."""
    assert not of_type(code_text(pipeline, text, PUB), "AID")


def test_missile_landing_is_no_aid(pipeline):
    text = "A North Korean missile landed inside Japan's economic zone on Tuesday, Tokyo said."
    assert not of_type(code_text(pipeline, text, PUB), "AID")


# A call for a protest is the protest, still to come: PLOVER codes what is called for, and the
# gold codes "called for nationwide demonstrations on July 7" as a planned PROTEST.
@pytest.mark.parametrize("text, country", [
    ("The main opposition party in Bangladesh called for a nationwide general strike on Monday "
     "against fuel price rises.", "BGD"),
    ("Student unions in Dhaka called for mass rallies next week against the new quota law.",
     "BGD"),
    ("Zimbabwe's opposition MDC called for a boycott of the referendum, party officials said.",
     "ZWE"),
    ("Kenyan teachers' unions have called for protests outside parliament on Thursday.", "KEN"),
])
def test_call_for_protest_is_a_planned_protest(pipeline, text, country):
    events = code_text(pipeline, text, PUB)
    protests = of_type(events, "PROTEST")
    assert protests and all(e.status == "planned" for e in protests)
    assert any(source == country for source, _ in side_countries(events, "PROTEST"))
    assert not of_type(events, "REQUEST")


@pytest.mark.parametrize("text", [
    "The United Nations called for restraint on all sides in Kenya after police shot dead two "
    "protesters in Nairobi on Tuesday, a spokesman said.",
    "France called for an end to the protests in Tbilisi and urged the Georgian government to "
    "resume talks with the opposition, the foreign ministry said.",
    "Britain called for the release of protesters detained in Minsk and summoned the Belarusian "
    "ambassador on Monday, the Foreign Office said.",
])
def test_call_for_other_things_stays_a_request(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "REQUEST")
    assert not [e for e in of_type(events, "PROTEST") if e.status == "planned"]


# Police storming premises of their own state is a raid (COERCE), as the gold codes "police
# stormed the headquarters of the national bar association"; others storming is an attack.
@pytest.mark.parametrize("text, country", [
    ("Riot police stormed the offices of an opposition newspaper in Harare on Tuesday, the "
     "editor said.", "ZWE"),
    ("Security forces stormed the headquarters of Bangladesh's main opposition party in Dhaka "
     "overnight, party officials said.", "BGD"),
    ("Belarusian police stormed the homes of several journalists in Minsk on Friday, a rights "
     "group said.", "BLR"),
])
def test_police_storming_at_home_is_coercion(pipeline, text, country):
    events = code_text(pipeline, text, PUB)
    assert (country, country) in side_countries(events, "COERCE")
    assert not of_type(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Taliban fighters stormed a police checkpoint in Kunduz on Sunday, killing six officers, "
    "Afghan officials said.",
    "Lebanese troops stormed a gunmen's hideout in Tripoli on Saturday, killing two, the "
    "Lebanese army said.",
])
def test_others_storming_stays_an_attack(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "ASSAULT")
    assert not of_type(events, "COERCE")


# A consultation with a named partner that is the occasion of another act is its own CONSULT
# when "in" sets it, as "at" and "during" do: "In a phone call with Abiy on Monday, Blinken
# called for ...", "delivered the warning in a telephone call with the Taliban's minister".
@pytest.mark.parametrize("text, pair, act", [
    ("In a telephone call with Kenyan President William Ruto on Friday, Ugandan President "
     "Yoweri Museveni urged Nairobi to reopen the border, his office said.", ("UGA", "KEN"),
     "REQUEST"),
    ("Japanese Prime Minister Fumio Kishida pledged more aid in a telephone call with Philippine "
     "President Ferdinand Marcos on Tuesday, Tokyo said.", ("JPN", "PHL"), "AID"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian delivered the warning in a telephone call "
     "with the Taliban's foreign minister, Amir Khan Muttaqi, and demanded that the gates of the "
     "Kajaki dam be opened.", ("IRN", "AFG"), "THREATEN"),
])
def test_call_in_which_an_act_is_told_is_a_consultation(pipeline, text, pair, act):
    events = code_text(pipeline, text, PUB)
    assert pair in side_countries(events, "CONSULT")
    assert of_type(events, act)


@pytest.mark.parametrize("text", [
    "Police detained 12 Kenyan protesters in clashes with the crowd in Nairobi on Saturday, "
    "witnesses said.",
    "Ghana's president said in an interview with the BBC on Monday that Accra would not pay the "
    "debt to China.",
])
def test_other_with_phrases_are_no_consultation(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "CONSULT")


# Review A, finding 1: a protest noun the call is set against ("after the rally", "during the
# strike", "amid the protests") is no protest called for; the call stays a REQUEST.
@pytest.mark.parametrize("text", [
    "Washington called for calm following the demonstrations in Caracas.",
    "The African Union called for dialogue amid the protests in Bamako.",
    "The Kenyan government called for calm after the rally.",
    "Catholic bishops in Peru called for dialogue during the strike.",
    "Kenya's opposition leader called for calm during Tuesday's strike.",
])
def test_protest_the_call_is_set_against_is_not_called_for(pipeline, text):
    events = code_text(pipeline, text, "2024-03-14")
    assert not of_type(events, "PROTEST")


@pytest.mark.parametrize("text", [
    "Washington called for calm following the demonstrations in Caracas.",
    "The Kenyan government called for calm after the rally.",
])
def test_call_set_against_a_protest_stays_a_request(pipeline, text):
    assert of_type(code_text(pipeline, text, "2024-03-14"), "REQUEST")


# Review A, finding 3: police storming an armed group's ground, or a raid that kills or frees
# hostages, stays an armed attack.
@pytest.mark.parametrize("text", [
    "Egyptian security forces stormed a militant hideout in Sinai, killing 10 militants.",
    "Colombian police stormed a FARC dissident camp in Cauca on Tuesday, killing three rebels.",
    "Indian police stormed a hideout of Maoist rebels in Chhattisgarh, killing 12 insurgents.",
    "Mexican police stormed a cartel safe house in Sinaloa and freed 20 kidnapped migrants.",
    "Somali security forces stormed a hotel in Mogadishu where al Shabaab militants were "
    "holding hostages.",
])
def test_police_storming_armed_groups_stays_an_attack(pipeline, text):
    events = code_text(pipeline, text, "2024-03-14")
    assert of_type(events, "ASSAULT")
    assert not [e for e in of_type(events, "COERCE") if e.cameo == "170"]


@pytest.mark.parametrize("text, cameo", [
    ("Zimbabwe's opposition MDC called for a boycott of the referendum, party officials said.",
     "143"),
    ("Student unions in Dhaka called for mass rallies next week against the new quota law.",
     "141"),
])
def test_called_for_boycott_is_a_strike_or_boycott(pipeline, text, cameo):
    """CAMEO 143 is a strike or a boycott; 141 a demonstration."""
    protests = of_type(code_text(pipeline, text, PUB), "PROTEST")
    assert protests and {e.cameo for e in protests} == {cameo}


def test_a_presidents_call_for_a_vigil_is_no_protest(pipeline):
    text = "The South African president called for a vigil for the victims of the fire."
    assert not of_type(code_text(pipeline, text, PUB), "PROTEST")
