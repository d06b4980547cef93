"""Arguments the parse leaves unresolved, eighth session: border services named by their
country, and organisations joined inside a "from"/"of" phrase."""

from coding import code_text, side_codes, side_countries


def test_frontier_service_is_its_countrys_military(pipeline):
    # "border service", "frontier service", "state border service": the country's border force
    text = "Armenia's frontier service accused Azerbaijani soldiers of shelling its positions."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_codes(events, "ACCUSE") == [("ARMMIL", "AZEMIL")]


def test_state_border_service_accuses(pipeline):
    text = ("Georgia's state border service accused Russian troops of moving the boundary "
            "markers.")
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ACCUSE") == [("GEO", "RUS")]


def test_envoys_from_two_groups_of_one_country_meet(pipeline):
    # two organisations joined after "from" are two sides, even of one country
    text = "Envoys from Fatah and Hamas met in Algiers on Thursday."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_codes(events, "CONSULT") == [("PSEPTY", "PSEREB")]


def test_envoys_from_two_groups_sign_a_deal(pipeline):
    text = "Envoys from Fatah and Hamas signed a reconciliation deal in Algiers."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_codes(events, "AGREE") == [("PSEPTY", "PSEREB")]


def test_envoys_from_groups_of_two_countries_meet(pipeline):
    text = "Envoys from Hezbollah and Hamas met in Beirut on Thursday."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "CONSULT") == [("LBN", "PSE")]


def test_force_against_a_town_of_ones_own_country(pipeline):
    # a town of the attacker's own country is its people, not a deployment's destination
    text = "Libyan army units bombarded Misrata overnight."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ASSAULT") == [("LBY", "LBY")]


def test_shelling_a_town_the_model_calls_a_product(pipeline):
    text = "Syrian government forces shelled Manbij on Friday."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ASSAULT") == [("SYR", "SYR")]


def test_drones_striking_a_town_the_model_calls_a_product(pipeline):
    text = "Turkish drones struck Manbij on Friday."
    events = code_text(pipeline, text, "2024-05-10")
    assert side_countries(events, "ASSAULT") == [("TUR", "SYR")]
