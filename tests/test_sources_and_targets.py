"""Which side of a trigger is the source and which the target (pairing.py, arguments.py)."""

from coding import code_text, of_type


def test_unaimed_warning_goes_to_whom_the_source_last_acted_on(pipeline):
    text = ("Israeli jets struck Hezbollah positions in Lebanon on Monday. The Israeli military "
            "warned that Israel would act again.")
    threats = of_type(code_text(pipeline, text, "2024-05-10"), "THREATEN")
    assert [(e.source.country, e.target.country) for e in threats] == [("ISR", "LBN")]


def test_unaimed_demand_goes_to_the_one_just_met(pipeline):
    text = ("The Philippine foreign secretary met the Chinese ambassador in Manila on Wednesday "
            "and demanded that the ships leave the area.")
    demands = of_type(code_text(pipeline, text, "2024-05-10"), "REQUEST")
    assert [(e.source.country, e.target.country) for e in demands] == [("PHL", "CHN")]


def test_opposition_reaction_is_not_aimed_at_whom_the_state_acted_on(pipeline):
    text = ("Zimbabwe's government banned all political gatherings on Monday. Its interior "
            "ministry ordered the deportation of a British journalist on Wednesday. The opposition "
            "condemned the decision.")
    accusations = of_type(code_text(pipeline, text, "2024-05-10"), "ACCUSE")
    assert all(e.target is None or e.target.country != "GBR" for e in accusations
               if e.source.code.endswith("OPP"))


def test_rebels_with_no_named_target_answer_their_own_state(pipeline):
    text = ("A US envoy met Colombian President Juan Manuel Santos in Bogota on Saturday. FARC "
            "rebels rejected the plan on Sunday.")
    rejections = of_type(code_text(pipeline, text, "2024-05-10"), "REJECT")
    assert [(e.source.code, e.target.country) for e in rejections] == [("COLREB", "COL")]


def test_opposition_with_no_named_target_answers_its_own_state(pipeline):
    text = ("A US envoy met Colombian President Juan Manuel Santos in Bogota on Saturday. "
            "Colombian opposition leaders condemned the plan on Sunday.")
    accusations = of_type(code_text(pipeline, text, "2024-05-10"), "ACCUSE")
    assert [(e.source.code, e.target.country) for e in accusations] == [("COLOPP", "COL")]


def test_recipient_preposition_on_a_particle(pipeline):
    text = "Armenia agreed on Friday to hand back to Azerbaijan four villages."
    returns = of_type(code_text(pipeline, text, "2024-05-10"), "CONCEDE")
    assert [(e.source.country, e.target.country) for e in returns] == [("ARM", "AZE")]


def test_place_left_after_an_adverb_of_direction(pipeline):
    text = "Azerbaijan would pull its troops back from positions inside Armenia."
    withdrawals = of_type(code_text(pipeline, text, "2024-05-10"), "RETREAT")
    assert [(e.source.country, e.target.country) for e in withdrawals] == [("AZE", "ARM")]


def test_fighting_between_two_sides_goes_both_ways(pipeline):
    text = "Fighting between Cambodian and Thai troops broke out on Friday near the temple."
    attacks = of_type(code_text(pipeline, text, "2024-05-10"), "ASSAULT")
    assert sorted((e.source.country, e.target.country) for e in attacks) == [
        ("KHM", "THA"), ("THA", "KHM")]


def test_calling_a_hostile_act_names_accuses_its_author(pipeline):
    text = "Iran seized a British tanker on Friday. Britain called the seizure an act of piracy."
    accusations = of_type(code_text(pipeline, text, "2024-05-10"), "ACCUSE")
    assert [(e.source.country, e.target.country) for e in accusations] == [("GBR", "IRN")]
    assert not code_text(pipeline, "Britain called the visit a routine part of the dialogue.",
                         "2024-05-10")


def test_demand_joined_to_a_reported_state_is_the_speakers(pipeline):
    text = ("Philippine Foreign Secretary Teodoro Locsin said the Chinese ships had no business "
            "in the area and demanded that Beijing withdraw them.")
    demands = of_type(code_text(pipeline, text, "2024-05-10"), "REQUEST")
    assert [(e.source.country, e.target.country) for e in demands] == [("PHL", "CHN")]


def test_place_after_an_adverb_of_nearness(pipeline):
    text = ("Iran's army has launched large-scale military exercises close to its border with "
            "Azerbaijan.")
    drills = of_type(code_text(pipeline, text, "2024-05-10"), "MOBILIZE")
    assert [(e.source.country, e.target.country) for e in drills] == [("IRN", "AZE")]
