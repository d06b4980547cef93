"""Eleventh-session triggers: whole families of verbs and nouns of the weakest types added as
data rows (relief goods pledged, airspace reopened, an offensive paused, names taken off a
sanctions list, rights restored, forces flown in, a donation made, arms deliveries, aid
freezes, troop massing); the cargo a vehicle is "loaded with", and cargo going before the vehicle
("sent a plane loaded with medical supplies" is aid, not a deployment).

Each test uses a hand-built sentence the code at baba9f3 got wrong."""

import pytest
from coding import code_text, side_countries

PUB = "2024-03-15"

CASES = [
    ("Oman pledged food and fuel for Yemen's hospitals on Tuesday.", "AID", ("OMN", "YEM")),
    ("Canada removed five Venezuelan officials from its sanctions list on Tuesday.",
     "CONCEDE", ("CAN", "VEN")),
    ("The Ugandan government promised on Tuesday to restore the right of Kenyan traders to "
     "cross the border.", "CONCEDE", ("UGA", "KEN")),
    ("Kuwait made a donation of $20 million to Jordan on Tuesday.", "AID", ("KWT", "JOR")),
    ("Sudan's army flew reinforcements into Chad's border region on Tuesday.", "MOBILIZE",
     ("SDN", "TCD")),
    ("Italy's arms shipment to Libya reached Tripoli on Tuesday.", "AID",
     ("ITA", "LBY")),
    ("Jordan sent trucks loaded with tents and blankets to Turkey on Tuesday.", "AID",
     ("JOR", "TUR")),
    ("Egypt sent a plane loaded with medical supplies to Libya on Tuesday.", "AID",
     ("EGY", "LBY")),
    ("Saudi Arabia reopened its airspace to Qatari flights on Tuesday.", "RETREAT",
     ("SAU", "QAT")),
    ("Ethiopia paused its offensive against Eritrea on Tuesday.", "RETREAT", ("ETH", "ERI")),
    ("Greece heightened its military presence along the border with Turkey on Tuesday.",
     "MOBILIZE", ("GRC", "TUR")),
    ("Vietnam registered a strong protest with China on Tuesday over the drilling.", "ACCUSE",
     ("VNM", "CHN")),
    ("Mali's junta announced the relaxation of sanctions on Guinea on Tuesday.", "CONCEDE",
     ("MLI", "GIN")),
]


@pytest.mark.parametrize(("text", "event_type", "sides"), CASES)
def test_trigger_family(pipeline, text, event_type, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, event_type)
