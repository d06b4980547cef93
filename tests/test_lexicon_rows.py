"""Lexicon rows added in the fifth session (real model): each sentence is hand-built and was
coded wrongly, or not at all, by the code at the start of the session (c261942)."""


from coding import code_text


def events_of(pipeline, text, pub="2020-03-12"):
    return code_text(pipeline, text, pub)


def pairs(events, event_type):
    return {(e.source.country, e.target.country if e.target else None)
            for e in events if e.event_type == event_type}


def test_cutting_gas_supplies_is_an_embargo(pipeline):
    events = events_of(pipeline, "Russia cut gas supplies to Moldova by half on Monday.")
    assert ("RUS", "MDA") in pairs(events, "SANCTION")


def test_freezing_imports_is_an_embargo(pipeline):
    events = events_of(pipeline, "Venezuela froze most imports from Colombia in July.")
    assert ("VEN", "COL") in pairs(events, "SANCTION")


def test_widening_a_sanctions_regime_is_a_sanction(pipeline):
    events = events_of(pipeline, "The European Union on Monday widened its sanctions regime "
                                 "against Belarus.")
    assert any(target == "BLR" for _, target in pairs(events, "SANCTION"))


def test_ordering_a_diplomat_to_leave_is_an_expulsion(pipeline):
    events = events_of(pipeline, "Mali on Monday ordered the French ambassador to leave the "
                                 "country within 72 hours.")
    # SANCTION expel 166 since the twenty-sixth session, as envoys "ordered out" are
    assert ("MLI", "FRA") in pairs(events, "SANCTION")


def test_standing_behind_a_country_is_support(pipeline):
    events = events_of(pipeline, "German Chancellor Olaf Scholz said on Wednesday that Germany "
                                 "stands firmly behind Moldova.")
    assert ("DEU", "MDA") in pairs(events, "SUPPORT")


def test_standing_in_solidarity_with_a_country_is_support(pipeline):
    events = events_of(pipeline, "NATO's secretary-general said the alliance stood in "
                                 "\"full solidarity\" with Poland and Latvia.")
    assert any(target == "POL" for _, target in pairs(events, "SUPPORT"))


def test_brushing_a_demand_aside_is_a_rejection(pipeline):
    events = events_of(pipeline, "The United Arab Emirates demanded the release of the tanker. "
                                 "Iran's foreign minister on Tuesday brushed aside the demand.")
    assert ("IRN", "ARE") in pairs(events, "REJECT")


def test_giving_intelligence_is_cooperation(pipeline):
    events = events_of(pipeline, "India has given Pakistan intelligence on the attackers, "
                                 "officials said on Tuesday.")
    assert ("IND", "PAK") in pairs(events, "COOPERATE")


def test_transferring_money_is_aid(pipeline):
    events = events_of(pipeline, "Qatar transferred $30 million to Lebanon on Sunday.")
    assert ("QAT", "LBN") in pairs(events, "AID")


def test_doubling_aid_is_aid(pipeline):
    events = events_of(pipeline, "The United States doubled its military aid to Yemen on "
                                 "Saturday.")
    assert ("USA", "YEM") in pairs(events, "AID")


def test_warships_entering_territorial_waters_show_force(pipeline):
    events = events_of(pipeline, "Four Chinese coast guard ships entered Japan's territorial "
                                 "waters on Tuesday.")
    assert ("CHN", "JPN") in pairs(events, "MOBILIZE")


def test_air_support_is_military_aid(pipeline):
    events = events_of(pipeline, "French forces provided air support to Malian troops on "
                                 "Monday.")
    assert ("FRA", "MLI") in pairs(events, "AID")
    assert not pairs(events, "SUPPORT")


def test_joint_manoeuvres_are_military_cooperation(pipeline):
    events = events_of(pipeline, "Turkish and Iraqi troops held joint manoeuvres near the "
                                 "border on Tuesday.")
    assert {("TUR", "IRQ"), ("IRQ", "TUR")} & pairs(events, "COOPERATE")


def test_coordinated_patrols_are_cooperation(pipeline):
    events = events_of(pipeline, "Mexico and Guatemala will begin coordinated patrols along "
                                 "their border next month.")
    assert {("MEX", "GTM"), ("GTM", "MEX")} & pairs(events, "COOPERATE")
    assert not pairs(events, "MOBILIZE")


def test_patrols_a_meeting_discusses_are_a_topic(pipeline):
    events = events_of(pipeline, "Indonesian Foreign Minister Retno Marsudi arrived in Canberra "
                                 "on Monday for talks with Australian officials. On Tuesday she "
                                 "met Australia's defence minister to discuss joint patrols "
                                 "against smuggling boats, an embassy spokesman said.")
    assert not pairs(events, "COOPERATE") and not pairs(events, "MOBILIZE")
