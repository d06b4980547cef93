"""Places the text ties to an event (real model): a place on the parties of talks, the place of
a verb that tells an event noun happening, a "where" clause on a place, one country's acts in
one sentence, "the capital", towns the model tags as nothing, scene-setting participles.

Each test uses a sentence the code at the start of the session (c261942) placed nowhere or
wrongly, except the guard of "speaking in a country" (see its comment)."""


from coding import code_text


def events_of(pipeline, text, pub="2021-03-18"):
    return code_text(pipeline, text, pub)


def places_of(events, event_type):
    return {e.location.name if e.location else None for e in events
            if e.event_type == event_type}


def test_a_place_on_the_parties_of_talks_is_where_they_were_held(pipeline):
    # the parser hangs "in Nairobi" on the ministers, not on the talks
    events = events_of(pipeline, "The accord followed talks between Kenyan and Somali "
                                 "defence ministers in Nairobi on Monday.")
    assert places_of(events, "CONSULT") == {"Nairobi"}


def test_a_place_on_the_sides_of_a_clash_is_where_it_happened(pipeline):
    events = events_of(pipeline, "Clashes between police and protesters near the bus station "
                                 "in Cusco on Tuesday left five people dead, officials said.")
    assert places_of(events, "ASSAULT") == {"Cusco"}


def test_talks_happen_where_the_verb_telling_them_resumed_says(pipeline):
    events = events_of(pipeline, "Talks between Serbian and Kosovo negotiators resumed at a "
                                 "hotel in Brussels on Thursday after a month-long pause.")
    assert places_of(events, "CONSULT") == {"Brussels"}


def test_an_event_in_a_where_clause_happened_in_the_place(pipeline):
    events = events_of(pipeline, "Heavy fighting went on in Aden, where separatist forces "
                                 "attacked army positions on Wednesday, residents said.")
    assert places_of(events, "ASSAULT") == {"Aden"}


def test_one_countrys_acts_in_one_sentence_share_its_town(pipeline):
    # the protest names no place of its own; the police acted on the protesters in Harare
    events = events_of(pipeline, "Zimbabwean police fired tear gas and rubber bullets at "
                                 "opposition supporters in Harare on Monday as protests against "
                                 "fuel prices turned violent.")
    assert places_of(events, "PROTEST") == {"Harare"}


def test_the_capital_is_the_capital_of_the_country_its_adjective_names(pipeline):
    events = events_of(pipeline, "Moscow rejected the report on Friday as slander, foreign "
                                 "ministry spokeswoman Maria Zakharova told a briefing in the "
                                 "Russian capital.")
    assert places_of(events, "REJECT") == {"Moscow"}


def test_the_capital_alone_is_the_story_countrys_and_a_bearing_from_it_is_no_scene(pipeline):
    marched = events_of(pipeline, "Thousands of Sudanese protesters marched through the capital "
                                  "on Sunday, and police fired tear gas at them.")
    assert places_of(marched, "PROTEST") == {"Khartoum"}
    killed = events_of(pipeline, "Yemeni troops killed three al Qaeda militants in the Bani "
                                 "Hushaysh district, 30 km north of the capital, on Sunday.")
    assert "Sanaa" not in places_of(killed, "ASSAULT")


def test_a_town_the_model_tags_as_nothing_is_still_a_place(pipeline):
    # the small model gives "Arequipa" no entity label here
    events = events_of(pipeline, "Clashes between police and protesters near the bus station "
                                 "in Arequipa on Tuesday left five people dead, officials said.")
    assert places_of(events, "ASSAULT") == {"Arequipa"}


def test_a_scene_setting_participle_places_its_clauses_acts(pipeline):
    opening = events_of(pipeline, "Speaking in Canberra, German Foreign Minister Annalena "
                                  "Baerbock urged China to press Russia to end the war.")
    assert places_of(opening, "REQUEST") == {"Canberra"}
    apposed = events_of(pipeline, "Pakistani Prime Minister Imran Khan, speaking at a rally of "
                                  "supporters in Lahore on Sunday, accused India of "
                                  "sponsoring terrorism.")
    assert places_of(apposed, "ACCUSE") == {"Lahore"}


def test_speaking_in_a_country_sets_no_scene(pipeline):
    # guards the exclusion: passes on c261942 too, fails without the country check
    events = events_of(pipeline, "Speaking in northern Nigeria, Chadian President Idriss Deby "
                                 "accused Boko Haram of attacking Chadian troops.")
    assert places_of(events, "ACCUSE") == {None}


def test_a_site_named_by_a_proper_noun_is_placed_by_the_name(pipeline):
    # the model calls "Preah Vihear" an organisation and "Ghulam Khan" a person
    events = events_of(pipeline, "Thai and Cambodian troops exchanged rifle and rocket fire near "
                                 "the disputed Preah Vihear temple on Saturday.", "2008-11-02")
    assert {e.location.name for e in events if e.location} == {"Preah Vihear"}
