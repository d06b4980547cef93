"""Sides mended after the review of the thirteenth session's first round (findings 5-7): a
company of no country is no home partner of talks; a call for the release of things, or for the
return of refugees, is not aimed at the latest detainer; a country named in a clause that only
describes the act's object is not its target. Every test here failed before the mend."""

from coding import code_text, side_codes, side_prefixes

PUB = "2024-05-01"


def test_talks_with_a_company_give_no_home_partner(pipeline):
    text = ("Talks between Angola's finance minister and ExxonMobil collapsed on Monday, "
            "officials said.")
    codes = side_codes(code_text(pipeline, text, PUB), "CONSULT")
    assert ("AGOGOV", "AGO") not in codes and ("AGO", "AGOGOV") not in codes


def test_a_call_for_the_release_of_funds_is_not_aimed_at_the_detainer(pipeline):
    text = ("Sudanese soldiers detained 12 Chadian herders near the border on Monday. The World "
            "Bank called for the release of funds for flood relief in Niger.")
    codes = side_codes(code_text(pipeline, text, PUB), "REQUEST")
    assert codes and all(not (target or "").startswith("SDN") for _, target in codes)


def test_a_call_for_the_return_of_refugees_is_not_aimed_at_the_detainer(pipeline):
    text = ("Lebanese police detained 40 migrants in Beirut on Monday. The United Nations "
            "called for the return of Afghan refugees to safe areas.")
    codes = side_codes(code_text(pipeline, text, PUB), "REQUEST")
    assert all(not (target or "").startswith("LBN") for _, target in codes)


def test_a_country_in_a_clause_describing_the_detained_is_no_target(pipeline):
    text = ("Russian police detained a blogger who had mocked Ukraine online, his lawyer said "
            "on Monday.")
    codes = side_codes(code_text(pipeline, text, PUB), "COERCE")
    assert codes and all(not (target or "").startswith("UKR") for _, target in codes)


def test_a_joint_system_pledged_together_is_an_agreement(pipeline):
    """Review 1 finding 9: "joint" makes the goods one thing the pledgers agree on."""
    text = ("Spain and Portugal pledged a joint coastal radar system for the Atlantic on "
            "Tuesday, officials said.")
    pairs = side_prefixes(code_text(pipeline, text, PUB), "AGREE")
    assert ("ESP", "PRT") in pairs or ("PRT", "ESP") in pairs, pairs
