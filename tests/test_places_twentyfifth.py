"""Places of the twenty-fifth session. A withdrawal no other rule placed happens in the place
its forces leave, a country too ("his troops would leave Somalia", "had withdrawn a contingent
of its forces from Libya": ``placing.place_withdrawals``), unless the sentence names a town of
that country. A court named by its town rules there ("A Moscow court on Monday sentenced
Navalny": ``placing.judging_court_town``). Events of the same parties on one day share the
place of the nearest one told (``merge.share_occasions``), and merged mentions keep a town over
its country (``merge.finer_place``)."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def test_troops_leaving_a_country_are_placed_in_it(pipeline):
    text = ("Kenya began withdrawing its troops from Somalia on Tuesday, the Kenyan defence "
            "ministry said in a statement.")
    assert place_names(code_text(pipeline, text, PUB), "RETREAT") == ["Somalia"]


def test_forces_withdrawn_from_a_country_hung_on_the_forces_are_placed_in_it(pipeline):
    text = ("Citing the deteriorating security situation, the U.S. military said it had "
            "temporarily withdrawn a contingent of its forces from Libya.")
    assert place_names(code_text(pipeline, text, PUB), "RETREAT") == ["Libya"]


def test_an_ambassador_withdrawn_from_a_country_is_not_placed_there(pipeline):
    """Guard: recalling an envoy is decided at home."""
    text = ("Peru withdrew its ambassador from Bolivia on Tuesday over remarks by the Bolivian "
            "president, the Peruvian foreign ministry said.")
    assert "Bolivia" not in place_names(code_text(pipeline, text, PUB), "SANCTION")


def test_a_court_named_by_its_town_rules_there(pipeline):
    text = ("A Moscow court on Monday sentenced Russian opposition leader Alexei Navalny to 15 "
            "days in jail for organising an unsanctioned protest.")
    assert place_names(code_text(pipeline, text, PUB), "COERCE") == ["Moscow"]


def test_a_court_named_by_its_country_gives_no_place(pipeline):
    """Guard: "a Turkish court" names no town."""
    text = ("A Turkish court on Monday sentenced five Greek fishermen to two years in prison "
            "for fishing illegally in Turkish waters.")
    assert "Turkey" not in place_names(code_text(pipeline, text, PUB), "COERCE")


def test_a_place_is_shared_from_the_nearest_act_of_the_same_parties(pipeline):
    """merge.share_occasions: the Ankara detention, not the Istanbul one told first."""
    text = ("Turkish police detained 20 Kurdish activists in Istanbul on Tuesday, their lawyers "
            "said. The same day Turkish police in Ankara detained around 30 students at a "
            "university campus. Turkish riot police also fired tear gas at hundreds of "
            "students who marched on the rector's office.")
    assert place_names(code_text(pipeline, text, PUB), "PROTEST") == ["Ankara"]


def test_a_withdrawal_from_a_country_whose_town_is_told_is_not_placed_in_the_country(pipeline):
    """Guard: the town the sentence names is left for the rules that place towns."""
    text = ("France began withdrawing its forces from Chad on Tuesday, flying two Mirage 2000 "
            "fighter jets out of N'Djamena's Kossei air base, the French army said.")
    assert "Chad" not in place_names(code_text(pipeline, text, PUB), "RETREAT")


def test_merged_mentions_keep_the_town_over_its_country():
    from newsevents.merge import finer_place
    from newsevents.records import Place

    chad = Place("Chad", "Chad", "TCD", 15.0, 19.0, None, None, "country")
    ndjamena = Place("N'Djamena", "N'Djamena", "TCD", 12.1, 15.0, 2427123, "04", "city")
    assert finer_place(chad, chad, ndjamena) == ndjamena
    assert finer_place(ndjamena, ndjamena, chad) == ndjamena
