"""Mends after the fourteenth session's review (sides): a company named "... Road and Bridge"
is no street, time given to leave a region is no expulsion, a state's own week of exercises is
no self-aimed deployment, an international official acts on the body's members, a sanction of
firms of stated nationality stays, and only walking or evacuating takes an "out of" object."""

from coding import code_text, of_type, side_prefixes

PUB = "2024-05-01"


def test_a_company_named_road_and_bridge_is_a_side(pipeline):
    events = code_text(pipeline, "China Road and Bridge Corporation agreed with Tanzania on "
                       "Tuesday to build a new port.", PUB)
    assert side_prefixes(events, "AGREE") == [("CHN", "TZA")]


def test_hours_given_to_leave_a_region_are_no_expulsion(pipeline):
    events = code_text(pipeline, "Israel gave Lebanese villagers 48 hours to leave southern "
                       "Lebanon on Friday, the army said.", PUB)
    assert of_type(events, "SANCTION") == []


def test_days_given_to_leave_the_givers_country_expel(pipeline):
    events = code_text(pipeline, "Sudan gave the Chadian ambassador three days to leave Sudan "
                       "on Tuesday.", PUB)
    assert side_prefixes(events, "SANCTION") == [("SDN", "TCD")]


def test_a_states_own_days_of_manoeuvres_are_no_self_aimed_deployment(pipeline):
    events = code_text(pipeline, "Iran began five days of naval manoeuvres in the Caspian Sea "
                       "on Saturday, state media said.", PUB)
    assert ("IRN", "IRN") not in side_prefixes(events, "MOBILIZE")


def test_an_eu_official_urging_member_states_is_a_request(pipeline):
    events = code_text(pipeline, "Borrell urged EU member states on Wednesday to speed up "
                       "ammunition deliveries to Kyiv.", PUB)
    assert side_prefixes(events, "REQUEST") == [("IGO", "IGO")]


def test_a_nato_chief_meeting_allies_is_a_consultation(pipeline):
    events = code_text(pipeline, "Stoltenberg met NATO allies in Brussels on Tuesday to discuss "
                       "air defence for Ukraine.", "2022-05-01")
    assert ("IGO", "IGO") in side_prefixes(events, "CONSULT")


def test_sanctions_on_firms_of_the_sanctioners_stated_nationality_stay(pipeline):
    events = code_text(pipeline, "Britain sanctioned three British businessmen for breaching "
                       "the Russia embargo on Monday.", PUB)
    assert side_prefixes(events, "SANCTION") == [("GBR", "GBR")]


def test_only_walking_or_evacuating_takes_an_out_of_object(pipeline):
    from newsevents.verb_parts import objects_of

    doc = pipeline.nlp("Turkish troops pushed Kurdish fighters out of Afrin on Sunday.")
    verb = next(t for t in doc if t.lemma_ == "push")
    assert "Afrin" not in {t.text for t in objects_of(verb)}
    doc = pipeline.nlp("The detainees walked out of the central prison on Sunday.")
    verb = next(t for t in doc if t.lemma_ == "walk")
    assert "prison" in {t.text for t in objects_of(verb)}
