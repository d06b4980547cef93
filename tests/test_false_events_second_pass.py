"""False events, second pass: senses of event verbs that tell no event between states
(forces arriving, an institution approving its own measure)."""

from coding import code_text, of_type


def test_troops_arriving_are_no_visit(pipeline):
    text = ("Hundreds of French paratroopers arrived in Bamako on Saturday to reinforce the "
            "United Nations mission, the army said.")
    events = code_text(pipeline, text, "2013-01-14")
    assert of_type(events, "CONSULT") == []


def test_warships_due_to_arrive_are_no_visit(pipeline):
    text = ("Two Chinese warships are expected to arrive in Karachi next week, Pakistani naval "
            "officials said.")
    events = code_text(pipeline, text, "2022-05-02")
    assert of_type(events, "CONSULT") == []


def test_units_of_a_force_arriving_are_no_visit(pipeline):
    text = ("The first contingent of a Kenyan-led police force began arriving in Haiti on "
            "Tuesday, officials in Port-au-Prince said.")
    events = code_text(pipeline, text, "2024-06-26")
    assert of_type(events, "CONSULT") == []


def test_a_carrier_strike_group_arriving_is_no_visit(pipeline):
    text = ("The warning came after a French aircraft carrier strike group arrived in Cyprus on "
            "Friday, a deployment Paris said was meant to deter Ankara.")
    events = code_text(pipeline, text, "2024-06-13")
    assert of_type(events, "CONSULT") == []


def test_a_destroyer_squadron_arriving_is_no_visit(pipeline):
    text = ("The statement came after an Indian navy destroyer squadron arrived in Sri Lanka on "
            "Monday, a deployment New Delhi said was routine.")
    events = code_text(pipeline, text, "2024-06-13")
    assert of_type(events, "CONSULT") == []


def test_a_leader_arriving_still_visits(pipeline):  # guard: passes before the change too
    text = ("Indian Prime Minister Narendra Modi arrived in Kyiv on Friday, Ukrainian officials "
            "said.")
    events = code_text(pipeline, text, "2024-08-23")
    assert [e.target.code[:3] for e in of_type(events, "CONSULT") if e.target] == ["UKR"]


def test_approving_its_own_ban_is_no_support(pipeline):
    text = ("EU foreign ministers approved a travel ban on twelve Belarusian officials on "
            "Monday, diplomats said.")
    events = code_text(pipeline, text, "2020-10-13")
    assert of_type(events, "SUPPORT") == []


def test_approving_an_asset_freeze_is_no_support(pipeline):
    text = ("Canada's cabinet approved an asset freeze against three Russian banks on Friday, "
            "the finance ministry said.")
    events = code_text(pipeline, text, "2022-02-25")
    assert of_type(events, "SUPPORT") == []


def test_approving_a_resolution_or_a_cabinet_is_no_support(pipeline):
    text = ("The Iraqi parliament approved a resolution on Sunday calling for the withdrawal of "
            "US troops, and lawmakers approved the new cabinet of Prime Minister Mohammed "
            "al-Sudani.")
    events = code_text(pipeline, text, "2020-01-06")
    assert of_type(events, "SUPPORT") == []


def test_an_appeal_to_both_sides_is_one_request(pipeline):
    text = ("Fighting between Armenian and Azerbaijani troops killed 15 soldiers on Tuesday. "
            "German Chancellor Olaf Scholz urged both sides on Wednesday to return to talks.")
    events = code_text(pipeline, text, "2022-09-14")
    assert len([e for e in of_type(events, "REQUEST") if e.source.code.startswith("DEU")]) == 1


def test_a_call_on_both_governments_is_one_request(pipeline):
    text = ("Ethiopian and Eritrean forces exchanged artillery fire near Badme on Monday. The "
            "United States called on both governments to show restraint.")
    events = code_text(pipeline, text, "2018-03-13")
    assert len([e for e in of_type(events, "REQUEST") if e.source.code.startswith("USA")]) == 1


def test_an_astronomy_story_has_no_events(pipeline):
    text = ("Astronomers from Germany and Japan said on Monday they had found a second planet "
            "orbiting a nearby star. The researchers, using a telescope at a Chilean observatory, "
            "will publish the findings in a physics journal. Scientists from Germany and Japan "
            "have agreed to observe the planet with the James Webb Space Telescope next year. "
            "The two teams met in Madrid last week to compare data.")
    events = code_text(pipeline, text, "2023-03-06")
    assert events == []


def test_a_film_festival_story_has_no_events(pipeline):
    text = ("A Kenyan documentary about a dock strike drew a standing ovation at the Berlin film "
            "festival on Friday. In one scene, police attack a picket line while protesters "
            "block the port of Mombasa. Critics praised the film, and the jury is expected to "
            "announce its prizes on Sunday. The director, a former actress, rejected an offer "
            "from a French studio to move to Paris. Reviewers called it the strongest debut of "
            "the year, and the screenplay was written in Nairobi.")
    events = code_text(pipeline, text, "2024-02-23")
    assert events == []


def test_a_go_between_named_by_its_brokering_is_no_new_talks(pipeline):
    text = ("Sudan thanked Saudi Arabia and the United States, which brokered the ceasefire, "
            "officials said on Monday.")
    events = code_text(pipeline, text, "2023-06-05")
    assert of_type(events, "CONSULT") == []


def test_a_mediator_named_by_its_mediation_is_no_new_talks(pipeline):
    text = ("Kenya called on Ethiopia and Somalia to respect the deal and thanked Turkey, which "
            "mediated the talks in Ankara.")
    events = code_text(pipeline, text, "2024-12-13")
    assert of_type(events, "CONSULT") == []


def test_talks_brokered_by_a_mediator_are_still_told(pipeline):  # guard: passes before too
    text = ("Qatar brokered talks between Hamas and Israel in Doha on Sunday, Egyptian officials "
            "said.")
    events = code_text(pipeline, text, "2024-01-15")
    assert of_type(events, "CONSULT") != []


def test_a_derailed_train_killing_people_is_no_attack(pipeline):
    text = ("A train carrying miners and their families derailed in Bolivia's southern highlands "
            "on Friday, killing at least 12 people and injuring 30, police said.")
    events = code_text(pipeline, text, "2023-06-05")
    assert of_type(events, "ASSAULT") == []


def test_a_crashed_bus_killing_people_is_no_attack(pipeline):
    text = ("An overloaded bus carrying Ugandan traders and their families crashed near the Kenyan "
            "town of Busia on Sunday, killing at least 9 people and injuring 14, police said.")
    events = code_text(pipeline, text, "2023-06-05")
    assert of_type(events, "ASSAULT") == []


def test_a_car_that_exploded_is_still_an_attack_word(pipeline):  # guard: passes before too
    text = ("A car exploded outside the Somali defence ministry in Mogadishu on Monday, killing "
            "five soldiers, and al Shabaab said it had carried out the attack.")
    events = code_text(pipeline, text, "2023-06-05")
    assert of_type(events, "ASSAULT") != []


def test_an_order_to_strike_is_the_strike_not_a_mobilisation(pipeline):
    text = ("Turkish President Tayyip Erdogan ordered the army to retaliate against Syrian "
            "government positions on Thursday after shelling killed two Turkish soldiers.")
    events = code_text(pipeline, text, "2020-02-28")
    assert of_type(events, "MOBILIZE") == []
    assert of_type(events, "ASSAULT") != []


def test_an_order_to_attack_is_no_mobilisation(pipeline):
    text = ("Ethiopian Prime Minister Abiy Ahmed ordered federal forces to attack Tigrayan "
            "positions near Mekelle on Wednesday, his office said.")
    events = code_text(pipeline, text, "2020-11-05")
    assert of_type(events, "MOBILIZE") == []


def test_an_order_to_prepare_for_war_is_still_a_mobilisation(pipeline):  # guard: passes before
    text = ("Kim Jong Un ordered the military to prepare for war with South Korea, state media "
            "said on Monday.")
    events = code_text(pipeline, text, "2024-01-15")
    assert of_type(events, "MOBILIZE") != []
