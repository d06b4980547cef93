"""Places of events, eighth session, third pass: "the capital" is the city the news called
the capital on the story's day (capitals that moved, seats of government that are not the
constitutional capital); a town a distance is measured from ("15 km from Mosul") is no scene;
talks a speaker has just left were held where he speaks ("speaking in Warsaw after talks");
a statement is made where its speakers are ("officials in Seoul said")."""

from coding import code_text, place_names


def test_moved_capital_before_the_move(pipeline):
    # Burundi's political capital moved from Bujumbura to Gitega in 2019
    events = code_text(pipeline, "Burundian police fired tear gas at hundreds of protesters "
                       "in the capital on Wednesday.", "2015-05-07")
    assert place_names(events, "COERCE") == ["Bujumbura"]


def test_moved_capital_after_the_move(pipeline):
    events = code_text(pipeline, "Burundian soldiers arrested dozens of opposition activists "
                       "in the capital on Tuesday.", "2023-03-08")
    assert "Gitega" in place_names(events, "COERCE")


def test_seat_of_government_not_constitutional_capital(pipeline):
    events = code_text(pipeline, "Ivorian security forces fired tear gas at opposition "
                       "supporters in the capital on Saturday.", "2020-08-23")
    assert place_names(events, "COERCE") == ["Abidjan"]


def test_capital_named_by_adjective_before_a_move(pipeline):
    events = code_text(pipeline, "Nigerian troops detained scores of student protesters in the "
                       "Nigerian capital on Monday.", "1989-06-01")
    assert place_names(events, "COERCE") == ["Lagos"]


def test_town_a_distance_is_measured_from_is_no_scene(pipeline):
    events = code_text(pipeline, "Iraqi troops fought Islamic State in Nineveh province. Iraqi "
                       "jets struck Islamic State hideouts in Badush, 15 km from Mosul, on "
                       "Tuesday.", "2016-11-02")
    assert "Badush" in place_names(events, "ASSAULT")
    assert "Mosul" not in place_names(events, "ASSAULT")


def test_town_a_distance_and_bearing_are_measured_from(pipeline):
    events = code_text(pipeline, "Mali's army fought jihadists in the Mopti region. Malian "
                       "warplanes bombed militant camps near Boulkessi, some 40 kilometres south "
                       "of Mopti, on Friday.", "2022-03-05")
    assert "Boulkessi" in place_names(events, "ASSAULT")


def test_talks_held_where_the_speaker_then_spoke(pipeline):
    events = code_text(pipeline, "Erdogan told reporters in Ankara after meeting Iraqi Prime "
                       "Minister Mohammed Shia al-Sudani that the two sides would cooperate.",
                       "2024-03-15")
    assert place_names(events, "CONSULT") == ["Ankara"]


def test_talks_held_where_the_participle_speaker_spoke(pipeline):
    events = code_text(pipeline, "Scholz, speaking in Warsaw after his meeting with Polish "
                       "Prime Minister Donald Tusk, said Germany would send more air defence "
                       "systems.", "2024-03-15")
    assert place_names(events, "CONSULT") == ["Warsaw"]


def test_statement_made_where_its_speakers_are(pipeline):
    events = code_text(pipeline, "A foreign ministry spokesman in Islamabad said Pakistan "
                       "rejected the Indian accusation.", "2019-02-20")
    assert place_names(events, "REJECT") == ["Islamabad"]


def test_demand_told_by_sources_in_a_town(pipeline):
    events = code_text(pipeline, "Government sources in Kabul said Afghanistan had demanded "
                       "that Pakistan halt the shelling.", "2019-02-20")
    assert place_names(events, "REQUEST") == ["Kabul"]
