"""Event places, second pass: names that only describe a thing are no place, a town's own
name in the story's country outranks another town's alternate name, faiths before a site
noun are not its name, hyphened district names are read whole."""

from coding import code_text, of_type, place_names


def test_a_country_describing_goods_or_a_counterpart_is_no_place(pipeline):
    events = code_text(pipeline, "Mexico imposed new tariffs on Tuesday on American steel and "
                                 "U.S. farm products, the economy ministry said.", "2021-03-02")
    assert place_names(events, "SANCTION") == [None]
    events = code_text(pipeline, "Sunak held a telephone call on Friday with his Indian "
                                 "counterpart and his French counterpart.", "2023-05-05")
    assert all(e.location is None for e in of_type(events, "CONSULT"))


def test_a_name_leading_or_hosting_a_group_is_no_place(pipeline):
    events = code_text(pipeline, "A Tehran-backed militia attacked a U.S. patrol on Sunday, "
                                 "the Pentagon said.", "2022-08-21")
    assert all(e.location is None or e.location.name != "Tehran"
               for e in of_type(events, "ASSAULT"))
    events = code_text(pipeline, "The United States imposed sanctions on Thursday on three "
                                 "Dubai-based companies accused of shipping Iranian oil.",
                       "2023-06-08")
    assert place_names(events, "SANCTION") == [None]


def test_a_faith_before_a_site_noun_is_not_its_name(pipeline):
    events = code_text(pipeline, "Indian police fired tear gas at Pakistani pilgrims outside a "
                                 "Sikh temple on Sunday.", "2019-02-17")
    assert place_names(events, "COERCE") == [None]


def test_hyphened_district_names_are_read_whole(pipeline):
    events = code_text(pipeline, "Lebanese army units raided the district of Bab al-Tabbaneh "
                                 "on Sunday and arrested 12 gunmen.", "2014-04-06")
    [event] = of_type(events, "COERCE")
    # read whole; the district's city is the place (more_places.tsv's city column)
    assert (event.location.name, event.location.text) == ("Tripoli", "Bab al-Tabbaneh")


def test_a_capital_outranks_a_town_known_by_the_same_alternate_name(pipeline):
    events = code_text(pipeline, "India and Pakistan held talks in Islamabad on Tuesday on "
                                 "the sharing of river water, and India's envoy said New "
                                 "Delhi and India's states would back any deal.", "2019-05-07")
    assert "Islamabad" in place_names(events, "CONSULT")
    assert all(e.location.country == "PAK" for e in of_type(events, "CONSULT")
               if e.location)


def test_an_agreement_told_after_the_one_placed_meeting_takes_its_place(pipeline):
    events = code_text(pipeline, "Chilean Foreign Minister Andres Allamand held talks with his "
                                 "Argentine counterpart in Mendoza on Tuesday and Wednesday. "
                                 "The two governments agreed to reopen three mountain passes, "
                                 "the ministers said.", "2021-06-10")
    assert place_names(events, "AGREE") == ["Mendoza"]
    events = code_text(pipeline, "Kenyan President William Ruto met Tanzanian President Samia "
                                 "Suluhu Hassan in Arusha on Monday. The two leaders signed a "
                                 "pact to build a new highway linking the two countries, "
                                 "officials said.", "2021-06-10")
    assert place_names(events, "AGREE") == ["Arusha"]


def test_an_agreement_on_another_day_keeps_no_place(pipeline):
    events = code_text(pipeline, "Chilean Foreign Minister Andres Allamand held talks with his "
                                 "Argentine counterpart in Mendoza on Tuesday. Chile and "
                                 "Argentina later agreed on Thursday to reopen three mountain "
                                 "passes.", "2021-06-10")
    assert place_names(events, "AGREE") == [None]


def test_a_town_the_text_places_in_its_province_is_the_place(pipeline):
    events = code_text(pipeline, "Jihadists attacked a gendarmerie post at Tin-Akoff, in "
                                 "Burkina Faso's Oudalan province, on Sunday, killing nine "
                                 "gendarmes.", "2021-06-13")
    assert place_names(events, "ASSAULT") == ["Tin-Akoff"]
    events = code_text(pipeline, "Islamist fighters attacked a Nigerien army base at Inates, in "
                                 "Niger's Tillaberi region, on Tuesday.", "2019-12-10")
    assert place_names(events, "ASSAULT") == ["Inates"]


def test_another_towns_alternate_name_abroad_is_not_that_town(pipeline):
    events = code_text(pipeline, "Sudanese jets bombed a refugee camp in Yida on Friday, South "
                                 "Sudanese officials said.", "2012-11-10")
    assert [e.location.country for e in of_type(events, "ASSAULT")] != ["SAU"]
    assert place_names(events, "ASSAULT") == ["Yida"]
    events = code_text(pipeline, "Nigerian troops killed 20 insurgents near Konduga in Borno "
                                 "on Tuesday, the army said.", "2015-02-03")
    assert "Borna" not in place_names(events, "ASSAULT")
