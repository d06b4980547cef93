"""Fifth-session rules of news text (real model): who a statement's second verb belongs to,
when the talks a statement followed were held, and places the model mislabels.

Each test uses a sentence the code at the start of the session (a6aefa3) got wrong."""

from datetime import date

from coding import code_text, of_type


def events_of(pipeline, text, pub="2019-10-28"):
    return code_text(pipeline, text, pub)


def test_verb_joined_to_a_reported_state_is_the_speakers(pipeline):
    events = events_of(pipeline, "Kremlin spokesman Dmitry Peskov told reporters in Moscow that "
                                 "the rallies were a provocation and dismissed the criticism from "
                                 "Brussels and Washington as interference.", "2017-03-28")
    rejections = of_type(events, "REJECT")
    assert {(e.source.code, e.target.code) for e in rejections} >= {("RUSGOV", "USAGOV")}
    assert all(e.location and e.location.name == "Moscow" for e in rejections)


def test_talks_a_dated_statement_followed_were_held_that_day(pipeline):
    events = events_of(pipeline, "Mongolian Foreign Minister Battsetseg Dorj said on Tuesday "
                                 "after talks in Ulaanbaatar with her visiting Japanese "
                                 "counterpart, Yoko Hayashida.", "2024-05-22")
    talks = of_type(events, "CONSULT")
    assert [(e.date.start, e.date.precision) for e in talks] == [(date(2024, 5, 21), "day")]


def test_a_capital_spelt_otherwise_than_the_gazetteer_is_still_a_place(pipeline):
    # the model calls "Ulaanbaatar" an organisation; the gazetteer's name is "Ulan Bator"
    events = events_of(pipeline, "Mongolian Foreign Minister Battsetseg Dorj said on Tuesday "
                                 "after talks in Ulaanbaatar with her visiting Japanese "
                                 "counterpart, Yoko Hayashida.", "2024-05-22")
    talks = of_type(events, "CONSULT")
    assert [e.location.name for e in talks if e.location] == ["Ulan Bator"]


def test_verb_joined_to_a_reported_clause_in_another_tense_is_the_speakers(pipeline):
    events = events_of(pipeline, "Armenian Prime Minister Nikol Pashinyan welcomed the release "
                                 "but said Baku was still holding more than 60 Armenians, and "
                                 "called on Azerbaijan to free all of them.", "2020-12-30")
    requests = of_type(events, "REQUEST")
    assert [(e.source.code, e.target.country) for e in requests] == [("ARMGOV", "AZE")]


def test_a_possessive_stands_for_the_subject_of_its_clause(pipeline):
    events = events_of(pipeline, "Pakistan closed the Ghulam Khan border crossing with "
                                 "Afghanistan to all traffic on Monday after its troops and "
                                 "Afghan Taliban border forces exchanged fire on Sunday night, "
                                 "wounding one Pakistani soldier.", "2024-05-13")
    fire = of_type(events, "ASSAULT")
    assert {(e.source.country, e.target.country) for e in fire} == {("PAK", "AFG"),
                                                                    ("AFG", "PAK")}


def test_its_border_with_a_country_names_the_partner(pipeline):
    events = events_of(pipeline, "Turkey has massed tens of thousands of troops, backed by "
                                 "tanks and artillery, along its mountainous border with Iraq.",
                       "2007-10-24")
    assert [(e.source.country, e.target.country) for e in of_type(events, "MOBILIZE")] == [
        ("TUR", "IRQ")]


def test_the_subjects_own_state_is_not_the_recipient(pipeline):
    events = events_of(pipeline, "Russian President Vladimir Putin on Wednesday signed a decree "
                                 "suspending Russia's free trade agreement with Ukraine.",
                       "2015-12-17")
    assert [e.target.country for e in of_type(events, "SANCTION")] == ["UKR"]


def test_a_vow_to_use_force_is_a_threat(pipeline):
    events = events_of(pipeline, "A spokesman for the Islamist militants in northern Mali vowed "
                                 "to strike at the heart of France in retaliation.", "2013-01-14")
    assert [(e.event_type, e.status, e.target.country) for e in events] == [
        ("THREATEN", "occurred", "FRA")]


def test_islamists_are_an_armed_group_of_the_storys_country(pipeline):
    events = events_of(pipeline, "Mali's army said on Sunday it had retaken the town of Konna. "
                                 "But the Islamists hit back on Monday, seizing the town of "
                                 "Diabaly after fierce clashes with Malian troops.", "2013-01-14")
    assert ("MLIREB", "MLI") in {(e.source.code, e.target.country)
                                 for e in of_type(events, "ASSAULT")}


def test_events_dated_years_before_the_story_are_background(pipeline):
    events = events_of(pipeline, "M23 rebels attacked Congolese army positions around Bunagana "
                                 "on Sunday. The M23 briefly captured the city of Goma in 2012.",
                       "2022-06-14")
    assert [e.date.start for e in events] == [date(2022, 6, 12)]


def test_the_act_a_request_asks_for_is_not_an_event(pipeline):
    events = events_of(pipeline, "Russia has turned down a request from Kyrgyzstan's interim "
                                 "government to send troops to halt ethnic violence in the south.",
                       "2010-06-14")
    assert [e.event_type for e in events] == ["REJECT"]


def test_a_known_short_name_inside_another_persons_name_is_not_that_person(pipeline):
    events = events_of(pipeline, "Iranian Foreign Ministry spokesman Abbas Mousavi on Sunday "
                                 "dismissed the Saudi accusation as baseless.", "2019-08-18")
    assert {e.source.country for e in events} == {"IRN"}  # not Mahmoud Abbas's Palestine


def test_the_act_that_began_a_state_is_background(pipeline):
    events = events_of(pipeline, "Relations between Bamako and Paris have soured since the junta "
                                 "reneged on a promise to hold elections in February.",
                       "2022-02-01")
    assert events == []


def test_a_nationality_joined_to_a_group_names_both_sides(pipeline):
    events = events_of(pipeline, "Saudi and Houthi negotiators met in Muscat on Monday.",
                       "2021-03-02")
    assert [(e.source.code, e.target.code) for e in of_type(events, "CONSULT")] == [
        ("SAUGOV", "YEMREB")]


def test_a_states_strike_with_no_victim_or_place_names_no_victim(pipeline):
    state = events_of(pipeline, "Russia's Defence Ministry said it had struck military "
                                "industry facilities.", "2023-05-12")
    rebels = events_of(pipeline, "Taliban fighters attacked security checkpoints on Wednesday, "
                                 "killing seven soldiers.", "2019-04-04")
    assert [(e.source.code, e.target.code) for e in of_type(state, "ASSAULT")] == []
    assert [(e.source.code, e.target.country) for e in of_type(rebels, "ASSAULT")] == [
        ("AFGREB", "AFG")]
