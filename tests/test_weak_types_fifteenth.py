"""The fifteenth session's rules for the weakest types (THREATEN, CONCEDE, AGREE, COOPERATE).

- A protest a side vows on a condition ("vowed to block the highways unless the decree is
  withdrawn") is a threat, as one it says it would hold on a condition already was; a reported
  protest whose subject is a pronoun for the speaker ("said it would resume its strikes unless
  ...") is the speaker's own. A vowed protest with no condition stays a planned protest.
- Two states' forces acting together are cooperating, also when the parser hangs "together" on
  a following preposition ("will patrol the area together from March 1"), and in a joint
  sweep, hunt, search, manoeuvre, deployment or monitoring.
- Refusing concessions as such for the future ("would make no further concessions", "would
  not make any concessions to Baku") rejects whoever presses, as refusing to bow does; a
  concession not made in the past stays a negated concession.
- A hostile measure a side is weighing ("is considering imposing sanctions on", "was
  considering cutting links with") is a threat, as "is considering new sanctions" was; a
  friendly act weighed, or a weighing still ahead ("is expected to consider adding"), is not.
- People described as suspects ("a man suspected of", "two men accused of", "wanted for")
  handed over to a state are suspects sent to it (COOPERATE, as "handed over two suspects");
  a state's servicemen or captives handed over are released (RETREAT).
- An offer to mediate or host talks "between the two neighbours" is an agreement with them, as
  one naming them is; neighbours named only beside a border are no party.
"""

import pytest
from coding import code_text, of_type, side_countries

PUB = "2024-03-14"


@pytest.mark.parametrize("text, sides", [
    ("Bolivian miners vowed to block the main highways next week unless the decree is "
     "withdrawn.", ("BOL", "BOL")),
    ("Nepal's opposition parties rejected the budget and vowed to march on parliament in "
     "Kathmandu unless the fuel tax was scrapped.", ("NPL", "NPL")),
    ("Opposition leaders in Togo demanded the minister's release and said they would call a "
     "general strike for Monday if he was not.", ("TGO", "TGO")),
])
def test_protest_promised_on_a_condition_is_a_threat(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "THREATEN")
    assert not [e for e in of_type(events, "PROTEST") if e.status != "occurred"]


@pytest.mark.parametrize("text", [
    "Bolivian miners vowed to block the main highways next week.",
    "The opposition in Zambia said it would hold a rally in Lusaka on Sunday.",
])
def test_protest_promised_without_condition_is_no_threat(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert not of_type(events, "THREATEN")
    assert of_type(events, "PROTEST")


@pytest.mark.parametrize("text, pair", [
    ("Under the accord, border guards from Ghana and Togo will patrol the frontier together "
     "from March 1.", ("GHA", "TGO")),
    ("Kenyan and Somali troops launched a joint sweep of the border area on Saturday.",
     ("KEN", "SOM")),
    ("Nigerian and Cameroonian soldiers began a joint hunt for the kidnappers on Monday.",
     ("CMR", "NGA")),
    ("Uzbekistan and Tajikistan will start joint monitoring of the reservoir in January.",
     ("TJK", "UZB")),
])
def test_forces_acting_together_cooperate(pipeline, text, pair):
    events = code_text(pipeline, text, PUB)
    pairs = {tuple(sorted(map(str, p))) for p in side_countries(events, "COOPERATE")}
    assert pair in pairs
    assert not of_type(events, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Police launched a sweep of the capital's slums on Sunday.",
    "Ghanaian border guards will patrol the frontier from March 1.",
])
def test_one_force_alone_does_not_cooperate(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "COOPERATE")


@pytest.mark.parametrize("text, sides", [
    ("Turkey demanded that Finland extradite 30 suspects. Finland's prime minister said "
     "Helsinki would make no further concessions.", ("FIN", "TUR")),
    ("Azerbaijan pressed Armenia to give up the corridor. Armenia said on Monday it would not "
     "make any concessions to Baku.", ("ARM", "AZE")),
])
def test_refusing_concessions_rejects_the_side_pressing(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "REJECT")


@pytest.mark.parametrize("text", [
    "Serbia did not make any concessions at the talks with Kosovo.",
    "The Greek government made concessions to the striking farmers on Tuesday.",
])
def test_concessions_made_or_not_made_are_no_rejection(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "REJECT")


@pytest.mark.parametrize("text, sides", [
    ("Britain is considering imposing sanctions on Iranian officials, the foreign secretary "
     "said.", ("GBR", "IRN")),
    ("The Kremlin was considering cutting air and rail links with Georgia, newspapers "
     "reported.", ("RUS", "GEO")),
    ("Nigeria is weighing expelling the Ghanaian ambassador.", ("NGA", "GHA")),
])
def test_hostile_measure_weighed_is_a_threat(pipeline, text, sides):
    assert sides in side_countries(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text", [
    "Japan is considering lifting its ban on Chinese seafood.",
    "The European Union is expected to consider adding Belarusian officials to its sanctions "
    "list.",
])
def test_friendly_or_future_weighing_is_no_threat(pipeline, text):
    assert not of_type(code_text(pipeline, text, PUB), "THREATEN")


@pytest.mark.parametrize("text, sides", [
    ("Malaysian police have handed over to Thailand a man suspected of planning bombings in "
     "Yala, Thai officials said.", ("MYS", "THA")),
    ("Turkey handed over to Iraq two men accused of smuggling weapons.", ("TUR", "IRQ")),
    ("Kenya on Monday handed over to Uganda three men suspected of robbing a bank in Kampala.",
     ("KEN", "UGA")),
])
def test_people_described_as_suspects_handed_over_is_cooperation(pipeline, text, sides):
    events = code_text(pipeline, text, PUB)
    assert sides in side_countries(events, "COOPERATE")
    assert not of_type(events, "RETREAT")


@pytest.mark.parametrize("text", [
    "Georgia said it would hand over four Russian army officers accused of spying to Moscow.",
    "Armenia handed over to Azerbaijan two soldiers captured last year.",
])
def test_servicemen_or_captives_handed_over_are_released(pipeline, text):
    events = code_text(pipeline, text, PUB)
    assert of_type(events, "RETREAT")
    assert not of_type(events, "COOPERATE")


@pytest.mark.parametrize("text, pair", [
    ("Malawi and Tanzania have quarrelled over the lake for years. Mozambique's president has "
     "offered to mediate between the two neighbours.", ("MOZ", "MWI")),
    ("Ethiopia and Eritrea traded accusations. Kenya offered on Monday to host talks between "
     "the two neighbours.", ("ETH", "KEN")),
])
def test_offer_to_mediate_between_neighbours_is_an_agreement(pipeline, text, pair):
    pairs = {tuple(sorted(map(str, p)))
             for p in side_countries(code_text(pipeline, text, PUB), "AGREE")}
    assert pair in pairs


def test_neighbours_named_only_beside_a_border_are_no_party(pipeline):
    text = ("Ethiopia and Eritrea traded accusations. Kenya offered on Monday to reinforce the "
            "frontier with its two neighbours.")
    assert not of_type(code_text(pipeline, text, PUB), "AGREE")
