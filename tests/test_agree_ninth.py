"""AGREE family, ninth session: agreements told with one party name the other inside what
was promised or accepted, or in the request they answer; agreements settled on,
volunteered, signed on to; consent given; a request told as a participle before the one
asked ("Asked by the UN to send troops, Kenya agreed")."""

import pytest
from coding import code_text, side_countries

PUB = "2024-03-15"


def agreement_pairs(pipeline, text):
    """The unordered country pairs of the AGREE events coded from one text."""
    return {tuple(sorted(map(str, pair)))
            for pair in side_countries(code_text(pipeline, text, PUB), "AGREE")}


@pytest.mark.parametrize("text, pair", [
    # the other side inside the promised act
    ("Germany promised on Thursday to help Iraq rebuild its power grid.", ("DEU", "IRQ")),
    ("France committed on Thursday to deploying police officers to Haiti.", ("FRA", "HTI")),
    ("The Kremlin pledged on Thursday to keep supplying Belarus with cheap oil.",
     ("BLR", "RUS")),
    ("Algeria committed on Thursday to supply Italy with more gas next winter.",
     ("DZA", "ITA")),
    # an offer to mediate or host names the parties it would bring together
    ("Turkey offered on Thursday to mediate between Russia and Ukraine.", ("RUS", "TUR")),
    ("Kuwait offered on Thursday to act as a go-between for Qatar and its Gulf neighbours.",
     ("KWT", "QAT")),
    # the request the agreement answers
    ("Asked by the United Nations to send troops to Haiti, Kenya agreed on Thursday.",
     ("KEN", "None")),
])
def test_lone_agreement_finds_its_other_side(pipeline, text, pair):
    pairs = agreement_pairs(pipeline, text)
    if pair[1] == "None":  # an organisation: no country, but a coded second side
        events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "AGREE"]
        assert any(e.target is not None and e.target.code.startswith("IGO") for e in events)
    else:
        assert pair in pairs


@pytest.mark.parametrize("text, pair", [
    ("After weeks of haggling, the two sides settled on a prisoner exchange, Russian and "
     "Ukrainian officials said on Thursday.", ("RUS", "UKR")),
    ("Bangladesh and Myanmar settled on a timetable on Thursday for the return of refugees.",
     ("BGD", "MMR")),
    ("South Africa volunteered on Thursday to broker peace between Ethiopia and Eritrea.",
     ("ETH", "ZAF")),
    ("Senegal volunteered to mediate between Mali and Algeria, its foreign minister said.",
     ("MLI", "SEN")),
    ("Tehran gave its consent on Thursday to a Japanese plan to inspect the tanker.",
     ("IRN", "JPN")),
    ("Jordan gave its consent to a Saudi proposal for a new border crossing, officials said.",
     ("JOR", "SAU")),
    ("Hungary signed on to the European Union's plan on Thursday.", None),
])
def test_settled_volunteered_consented(pipeline, text, pair):
    events = [e for e in code_text(pipeline, text, PUB) if e.event_type == "AGREE"]
    if pair is None:
        assert any(e.source.country == "HUN" and e.target is not None for e in events)
    else:
        assert pair in agreement_pairs(pipeline, text)


def test_settling_somewhere_is_no_agreement(pipeline):
    text = "Thousands of families settled in the Polish city of Lublin after the war."
    assert not agreement_pairs(pipeline, text)


def test_a_country_only_named_as_a_place_is_no_party(pipeline):
    text = "Chad's government promised on Thursday to rebuild schools along the border with Sudan."
    assert ("SDN", "TCD") not in agreement_pairs(pipeline, text)


@pytest.mark.parametrize("text, asker, asked", [
    ("Asked by the United Nations to send troops to Haiti, Kenya agreed on Thursday.",
     "IGO", "KEN"),
    ("Requested by Washington to extradite the suspect, Colombia agreed on Thursday.",
     "USA", "COL"),
    ("Urged by the European Union to free the activists, Belarus refused.", "IGO", "BLR"),
])
def test_request_told_as_a_participle_targets_the_one_asked(pipeline, text, asker, asked):
    requests = [e for e in code_text(pipeline, text, PUB) if e.event_type == "REQUEST"]
    assert requests
    assert all(e.source.code.startswith(asker) and e.target is not None
               and e.target.country == asked for e in requests)


@pytest.mark.parametrize("text", [
    "Kenya's request for funds. The finance ministry in Nairobi gave no figure for the sum sought.",
    "Iran's consent to the plan. Officials in Tehran gave no further details of the talks held.",
])
def test_a_verbless_request_or_agreement_noun_is_coded_without_failing(pipeline, text):
    """A noun trigger with no verb in its sentence used to raise (and drop the article)."""
    assert isinstance(code_text(pipeline, text, PUB), list)
