"""Places the eighth session's second pass reads: a place on the doers of an act after "by"
is where they did it ("a protest by pensioners outside Congress in Buenos Aires"), and a
country that owns a seat of its power stands for its capital ("outside Peru's congress",
"marched on Malawi's presidential palace")."""

from coding import code_text, place_names


def test_a_place_on_the_doers_of_a_protest(pipeline):
    events = code_text(pipeline, "Riot police dispersed a march by students in Harare on "
                       "Tuesday.", "2024-05-01")
    assert place_names(events, "COERCE") == ["Harare"]


def test_a_place_on_the_doers_of_a_sit_in(pipeline):
    events = code_text(pipeline, "Police fired tear gas at a sit-in by nurses near the "
                       "parliament in Kampala.", "2024-05-01")
    assert place_names(events, "COERCE") == ["Kampala"]


def test_a_rally_whose_by_the_parser_hangs_on_the_verb(pipeline):
    events = code_text(pipeline, "Thousands of people joined a rally by teachers in Nairobi "
                       "on Monday.", "2024-05-01")
    assert place_names(events, "PROTEST") == ["Nairobi"]


def test_a_passive_doer_in_a_town(pipeline):
    events = code_text(pipeline, "The plan was rejected by officials in Washington.",
                       "2024-05-01")
    assert place_names(events, "REJECT") == ["Washington"]


def test_a_congress_stands_in_the_capital(pipeline):
    events = code_text(pipeline, "Police clashed with protesters outside Peru's congress on "
                       "Monday.", "2024-05-01")
    assert place_names(events, "ASSAULT") == ["Lima"]


def test_a_national_assembly_stands_in_the_capital(pipeline):
    events = code_text(pipeline, "Opposition supporters rallied outside Senegal's National "
                       "Assembly on Thursday.", "2024-05-01")
    assert place_names(events, "PROTEST") == ["Dakar"]


def test_a_country_the_model_takes_for_a_person_owns_its_palace(pipeline):
    events = code_text(pipeline, "Hundreds of protesters marched on Malawi's presidential "
                       "palace on Tuesday.", "2024-05-01")
    assert place_names(events, "PROTEST") == ["Lilongwe"]


def test_a_parliament_named_by_its_kind_stands_in_the_capital(pipeline):
    events = code_text(pipeline, "Kenyan police fired tear gas at protesters outside the "
                       "parliament on Tuesday.", "2024-06-26")
    assert place_names(events, "COERCE") == ["Nairobi"]


def test_a_parliament_with_its_country_adjective(pipeline):
    events = code_text(pipeline, "Police fired tear gas at protesters outside the Kenyan "
                       "parliament on Tuesday.", "2024-06-26")
    assert place_names(events, "COERCE") == ["Nairobi"]


def test_a_named_palace_is_no_seat(pipeline):
    events = code_text(pipeline, "French police fired tear gas at protesters outside the "
                       "palace of Versailles on Tuesday.", "2024-06-26")
    assert place_names(events, "COERCE") != ["Paris"]


def test_a_presidential_palace_stands_in_the_capital(pipeline):
    events = code_text(pipeline, "Sudanese troops opened fire on demonstrators near the "
                       "presidential palace on Sunday, killing three.", "2019-06-03")
    assert "Khartoum" in place_names(events, "ASSAULT")


def test_a_place_on_whom_a_camp_is_for(pipeline):
    events = code_text(pipeline, "Sudanese paramilitaries shelled a camp for displaced "
                       "families on the northern edge of Nyala on Friday.", "2024-06-22")
    assert place_names(events, "ASSAULT") == ["Nyala"]


def test_a_place_on_what_a_rally_is_for(pipeline):
    events = code_text(pipeline, "Thousands joined a rally for democracy in Bangkok on "
                       "Sunday.", "2024-06-22")
    assert place_names(events, "PROTEST") == ["Bangkok"]


def test_a_town_the_model_takes_for_a_product(pipeline):
    events = code_text(pipeline, "Syrian rebels shelled army positions around Manbij on "
                       "Friday.", "2022-06-04")
    assert place_names(events, "ASSAULT") == ["Manbij"]


def test_a_town_the_model_takes_for_a_product_outside(pipeline):
    events = code_text(pipeline, "Turkish-backed fighters attacked Kurdish positions outside "
                       "Manbij on Saturday.", "2022-06-04")
    assert place_names(events, "ASSAULT") == ["Manbij"]
