"""Eleventh-session forces that move and aid that is received (moving_forces.py): a verb of
motion whose subject is a state's force is a deployment ("Greek marines streamed into the
port"), whose subject is aid or a rescue team is aid from its state ("Italian rescue teams
arrived in Beirut"); a verb of receiving whose object is aid is aid from the "from" phrase or
the load's adjective ("Tonga received 20 tonnes of New Zealand rice"). Refugees, fans and
plain planes moving are no events, nor is a missile that lands.

Each positive test uses a hand-built sentence the code at f559e64 got wrong."""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-15"

CASES = [
    # a force named by its head noun, with a verb of motion no row codes
    ("Greek marines streamed into the Cypriot port of Larnaca on Tuesday.", "MOBILIZE",
     ("GRC", "CYP")),
    ("Two Indian warships steamed into the Sri Lankan port of Trincomalee on Tuesday.",
     "MOBILIZE", ("IND", "LKA")),
    ("Ugandan tanks rumbled through the Congolese town of Bunia on Tuesday.", "MOBILIZE",
     ("UGA", "COD")),
    # units with no actor of their own take their state from the adjective
    ("The first Rwandan units arrived in Mozambique on Tuesday.", "MOBILIZE", ("RWA", "MOZ")),
    # a convoy is a force by what it carries
    ("Convoys carrying Iranian tanks rolled towards the Iraqi border on Tuesday.", "MOBILIZE",
     ("IRN", "IRQ")),
    # a force marching is no protest march
    ("Hundreds of Chadian soldiers marched into the Nigerien town of Diffa on Tuesday.",
     "MOBILIZE", ("TCD", "NER")),
    # aid told by its arrival or its receipt
    ("Italian rescue teams arrived in Beirut on Tuesday to search the rubble.", "AID",
     ("ITA", "LBN")),
    ("Qatari aid trucks crossed into Gaza on Tuesday.", "AID", ("QAT", "PSE")),
    ("Tonga received 20 tonnes of Australian rice on Tuesday.", "AID", ("AUS", "TON")),
    ("Albania accepted rescue teams from Italy on Tuesday after the earthquake.", "AID",
     ("ITA", "ALB")),
    ("Fiji welcomed medical teams from Australia on Tuesday.", "AID", ("AUS", "FJI")),
    # a motion the parser hangs on its own subject's noun phrase (the noun phrase is the root)
    ("A convoy of about 40 Ethiopian armoured vehicles crossed into Somalia on Tuesday.",
     "MOBILIZE", ("ETH", "SOM")),
    # what a vehicle brings "with" it
    ("Indian transport planes landed in Kathmandu on Tuesday with medical teams.", "AID",
     ("IND", "NPL")),
]


@pytest.mark.parametrize(("text", "event_type", "sides"), CASES)
def test_moving_forces_and_received_aid(pipeline, text, event_type, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, event_type)


NO_DEPLOYMENT = [
    "Thousands of refugees poured into Moldova on Tuesday as the fighting spread.",
    "Football fans streamed into the stadium in Lusail on Tuesday for the final.",
    "A passenger plane landed in Nairobi on Tuesday after a bomb scare.",
    "A North Korean missile landed inside Japan's exclusive economic zone on Tuesday.",
    "Kenyan and Somali troops moved into the port of Kismayo on Tuesday.",
    "Their returning soldiers would be flown to Moscow on Tuesday for medical checks.",
    "The troops stationed in Mali will be questioned on Tuesday.",
    "Rebels shelled army positions on Tuesday, days after the first soldiers of a regional "
    "force arrived in the city.",
]


@pytest.mark.parametrize("text", NO_DEPLOYMENT)
def test_no_deployment_or_aid_from_other_movers(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert not of_type(events, "MOBILIZE") and not of_type(events, "AID")
