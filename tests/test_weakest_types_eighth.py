"""The weakest types, eighth session: ASSAULT, CONCEDE, SANCTION and RETREAT told in the other
words news writers use for them. Attacks told by their target ("came under fire from"), troops
"set upon", posts hammered, boats rammed, people killed by a side's fire; withdrawals told in
the passive ("troops were pulled out of"), troops drawn down or brought home, zones
demilitarised, monitors readmitted, people let through a crossing; envoys pulled or ordered
out, aid withheld, exports tightened, duties levied, ties scaled down; demands bowed or caved
to, policies backtracked on, parties unbanned, websites unblocked; people freed in the passive
by the side that held them; "cease-fire" as American wires spell it, "a cessation of
hostilities", "a humanitarian pause"; measures named by their kind ("export controls", "visa
restrictions", "punitive measures"). Every sentence is hand-written; none is in the dev set."""

import pytest
from coding import code_text, side_codes

PUB = "2024-03-06"

# (sentence, type, (source country, target country))
CASES = [
    # ASSAULT: told by the attacked ("came under fire from"): undergoing.py
    ("A Kenyan army patrol came under fire from Somali militants near Mandera on Tuesday.",
     "ASSAULT", ("SOM", "KEN")),
    ("Israeli border towns came under rocket attack from Lebanese fighters overnight.",
     "ASSAULT", ("LBN", "ISR")),
    # ASSAULT: harm done by a side's fire ("killed by Azerbaijani sniper fire"): undergoing.py
    ("An Armenian soldier was killed by Azerbaijani sniper fire on Sunday.",
     "ASSAULT", ("AZE", "ARM")),
    ("Two Israeli soldiers were wounded by Palestinian gunfire near Nablus.",
     "ASSAULT", ("PSE", "ISR")),
    # ASSAULT: "set upon"
    ("Indian soldiers were set upon by Chinese troops armed with iron rods on Monday.",
     "ASSAULT", ("CHN", "IND")),
    ("Sudanese militiamen set upon a column of Chadian refugees near the border on Friday.",
     "ASSAULT", ("SDN", "TCD")),
    # ASSAULT: positions hammered or battered
    ("Russian artillery hammered Ukrainian positions near Avdiivka on Tuesday.",
     "ASSAULT", ("RUS", "UKR")),
    ("Turkish jets battered Syrian army positions near Afrin on Sunday.",
     "ASSAULT", ("TUR", "SYR")),
    # ASSAULT: boats rammed or torpedoed
    ("A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracels.",
     "ASSAULT", ("CHN", "VNM")),
    ("North Korea's navy torpedoed a South Korean corvette in the Yellow Sea.",
     "ASSAULT", ("PRK", "KOR")),
    # RETREAT: people freed in the passive, held by a side a participle names (releases.py)
    ("Two Vietnamese sailors held by Abu Sayyaf militants for five months were freed on Sunday.",
     "RETREAT", ("PHL", "VNM")),
    ("Three Turkish engineers kidnapped by Libyan gunmen last month were released on Monday.",
     "RETREAT", ("LBY", "TUR")),
    ("Four Indian fishermen detained by the Sri Lankan navy were released on Friday.",
     "RETREAT", ("LKA", "IND")),
    # RETREAT: "cease-fire" as American wires spell it
    ("Israel and Hamas declared a cease-fire on Friday.",
     "RETREAT", ("ISR", "PSE")),
    ("Colombia's ELN rebels announced a unilateral cease-fire with the government on Friday.",
     "RETREAT", ("COL", None)),
    # RETREAT: truces in their other words
    ("Sri Lanka declared a humanitarian pause in its offensive against the Tamil Tigers.",
     "RETREAT", ("LKA", None)),
    ("Ethiopia declared a cessation of hostilities in Tigray on Monday.",
     "RETREAT", ("ETH", None)),
    # RETREAT: withdrawals told in the passive: the troops' side withdraws (arguments.py)
    ("Armenian troops were pulled out of three border villages on Saturday.",
     "RETREAT", ("ARM", None)),
    ("Ethiopian soldiers were withdrawn from the Somali town of Baidoa overnight.",
     "RETREAT", ("ETH", "SOM")),
    # RETREAT: troops drawn down or brought home
    ("Britain will draw down its troops in Iraq by the summer, the defence ministry said.",
     "RETREAT", ("GBR", "IRQ")),
    ("France will bring home its soldiers from Niger by December, Paris said.",
     "RETREAT", ("FRA", "NER")),
    # RETREAT: zones demilitarised, weapons put down
    ("Russia and Turkey agreed to demilitarise the area around Idlib.",
     "RETREAT", ("RUS", "TUR")),
    ("Colombian FARC fighters put down their weapons in a ceremony on Tuesday.",
     "RETREAT", ("COL", None)),
    # RETREAT: monitors readmitted, people let through a crossing
    ("Iran agreed on Monday to readmit the IAEA inspectors.",
     "RETREAT", ("IRN", "IGO")),
    ("Belarus readmitted OSCE observers on Friday after a two-year ban.",
     "RETREAT", ("BLR", "IGO")),
    ("Egypt let dozens of wounded Gazans through the Rafah crossing into Egypt on Thursday.",
     "RETREAT", ("EGY", "PSE")),  # "Gazans" are the Palestinians' (ninth session)
    ("Morocco allowed stranded Algerian families through the border into Algeria on Friday.",
     "RETREAT", ("MAR", "DZA")),
    # SANCTION: envoys pulled or ordered out
    ("Saudi Arabia pulled its ambassador out of Doha on Wednesday.",
     "SANCTION", ("SAU", "QAT")),
    ("Bahrain pulled its envoy out of Beirut after the minister's remarks.",
     "SANCTION", ("BHR", "LBN")),
    ("Lebanon ordered out two Syrian diplomats on Monday.",
     "SANCTION", ("LBN", "SYR")),
    ("Estonia ordered out a Russian diplomat over spying on Thursday.",
     "SANCTION", ("EST", "RUS")),
    # SANCTION: aid withheld, exports tightened, duties levied, ties scaled down
    ("The European Union withheld 6 billion euros in funding from Hungary on Wednesday.",
     "SANCTION", ("IGO", "HUN")),
    ("The United States withheld military aid to Egypt over human rights concerns.",
     "SANCTION", ("USA", "EGY")),
    ("Japan tightened exports of chip materials to South Korea on Thursday.",
     "SANCTION", ("JPN", "KOR")),
    ("China tightened imports of Australian coal on Monday.",
     "SANCTION", ("CHN", "AUS")),
    ("Washington levied punitive tariffs on Chinese steel on Friday.",
     "SANCTION", ("USA", "CHN")),
    ("India levied a 20 percent duty on Pakistani imports after the attack.",
     "SANCTION", ("IND", "PAK")),
    ("Morocco scaled down its ties with Germany on Monday.",
     "SANCTION", ("MAR", "DEU")),
    ("Israel scaled down its embassy in Ankara after the raid.",
     "SANCTION", ("ISR", "TUR")),
    # SANCTION: measures named by their kind
    ("Washington imposed export controls on Chinese chipmakers on Friday.",
     "SANCTION", ("USA", "CHN")),
    ("The United States imposed visa restrictions on Nigerian officials on Monday.",
     "SANCTION", ("USA", "NGA")),
    ("Lithuania announced punitive measures against Belarus on Tuesday.",
     "SANCTION", ("LTU", "BLR")),
    ("The European Union imposed anti-dumping duties on Chinese steel on Wednesday.",
     "SANCTION", ("IGO", "CHN")),
    # CONCEDE: demands bowed or caved to
    ("Thailand's prime minister bowed to the demands of the Red Shirt protesters on Monday.",
     "CONCEDE", ("THA", "THA")),
    ("Serbia's government caved to the demands of striking Serbian farmers on Friday.",
     "CONCEDE", ("SRB", "SRB")),
    # CONCEDE: backtracking or backpedalling on a policy
    ("Nigeria's government backtracked on the fuel tax increase after the protests.",
     "CONCEDE", ("NGA", None)),
    ("The Kenyan government backpedalled on the new levy after a week of riots.",
     "CONCEDE", ("KEN", None)),
    # CONCEDE: climbing down
    ("Zambia's government climbed down on Thursday after the miners' strike.",
     "CONCEDE", ("ZMB", None)),
    ("Peru's president climbed down in the row with Chilean truckers.",
     "CONCEDE", ("PER", None)),
    # CONCEDE: parties unbanned or legalised, sites unblocked
    ("Sudan's junta unbanned the Sudanese Communist Party on Friday.",
     "CONCEDE", ("SDN", None)),
    ("Myanmar's government legalised the main opposition party on Tuesday.",
     "CONCEDE", ("MMR", None)),
    ("Ethiopia's government unblocked social media sites on Tuesday.",
     "CONCEDE", ("ETH", None)),
    ("Turkey unblocked Wikipedia access on Thursday after a court ruling.",
     "CONCEDE", ("TUR", None)),
]


@pytest.mark.parametrize(("text", "event_type", "sides"), CASES)
def test_the_family_is_coded(pipeline, text, event_type, sides):
    found = [(s[:3], (t or "")[:3]) for s, t in side_codes(code_text(pipeline, text, PUB),
                                                            event_type)]
    source, target = sides
    assert any(s == source and target in (None, t) for s, t in found), found


# Guards: what the new rows must leave alone.

def test_an_agreement_hammered_out_is_no_attack(pipeline):
    events = code_text(pipeline, "Iran and Oman hammered out a deal on Monday.", PUB)
    assert side_codes(events, "ASSAULT") == []


def test_a_crop_surrendered_is_no_capitulation(pipeline):
    events = code_text(pipeline, "Indian farmers said they had surrendered a third of their "
                                 "harvest to the heat.", PUB)
    assert side_codes(events, "RETREAT") == []


def test_troops_withdrawn_by_an_agent_keep_the_agent(pipeline):
    events = code_text(pipeline, "Russian troops were withdrawn from Gori by Moscow on Monday.",
                       PUB)
    assert ("RUSGOV", "GEO") in side_codes(events, "RETREAT")
