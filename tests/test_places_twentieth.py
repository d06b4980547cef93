"""Places of the twentieth session. An armed attack told with no place of its own takes the
place of a nearby sentence's event, or the dateline's town, when that place lies in the
country of one of its sides (``attack_places``); an attack in another country than the
dateline's, a tally of killings over days and an attack still to come stay unplaced. A
protest by the dateline country's people against another country ("rallied outside the British
embassy" under TEHRAN) happened in the dateline's town, as their protests at home do; one by
another country's people against the dateline's country did not. Talks and agreements of the
lead that name no place were held in the dateline's town when their leading side is not of its
country (``lead_meetings``); not a call, not the dateline country's own."""

from coding import code_text, place_names

PUB = "2024-03-14"  # a Thursday


def _attack_places(pipeline, text, dateline=None):
    return place_names(code_text(pipeline, text, PUB, dateline=dateline), "ASSAULT")


def test_attack_takes_the_place_of_the_sentence_before(pipeline):
    text = ("Israeli troops raided the West Bank city of Jenin on Monday, the army said. "
            "Israeli aircraft also struck a Hamas outpost overnight, killing two militants.")
    assert _attack_places(pipeline, text) == ["Janīn"]


def test_attack_with_no_place_happened_in_the_dateline_town(pipeline):
    text = ("Islamist militants ambushed a Malian army convoy on Tuesday, killing four soldiers, "
            "the army said.")
    assert _attack_places(pipeline, text, dateline="Bamako") == ["Bamako"]


def test_dateline_of_another_country_places_no_attack(pipeline):
    """Guard: a strike on Yemen told from Dubai did not happen in Dubai."""
    text = ("Saudi-led coalition warplanes bombed Houthi positions on Thursday, rebel media "
            "said.")
    assert _attack_places(pipeline, text, dateline="Dubai") == [None]


def test_killings_tallied_over_days_stay_unplaced(pipeline):
    """Guard: a tally since the unrest began gathers many towns' killings."""
    text = ("Sudanese security forces have killed 30 protesters since the unrest began last "
            "month, a rights group said.")
    assert _attack_places(pipeline, text, dateline="Khartoum") == [None]


def test_attack_still_to_come_stays_unplaced(pipeline):
    """Guard: only attacks that happened have a scene; an announced one has none yet."""
    text = "Somali troops will attack al Shabaab bases next week, the defence minister said."
    events = code_text(pipeline, text, PUB, dateline="Mogadishu")
    assert all(e.location is None for e in events)


def _protest_places(pipeline, text, dateline):
    return place_names(code_text(pipeline, text, PUB, dateline=dateline), "PROTEST")


def test_protest_against_another_country_is_in_the_dateline_town(pipeline):
    text = ("Several hundred Iranian students rallied outside the British embassy on Wednesday, "
            "burning a Union Jack.")
    assert _protest_places(pipeline, text, "Tehran") == ["Tehran"]


def test_protest_of_another_country_is_not_in_the_dateline_town(pipeline):
    """Guard: Chinese crowds marching against Japan under a TOKYO dateline are in China."""
    text = ("Thousands of Chinese protesters marched on Japanese consulates on Sunday, chanting "
            "slogans against Tokyo.")
    assert _protest_places(pipeline, text, "Tokyo") == [None]


def _places(pipeline, text, dateline, event_type):
    return place_names(code_text(pipeline, text, PUB, dateline=dateline), event_type)


def test_lead_agreement_of_visiting_sides_is_in_the_dateline_town(pipeline):
    text = ("Sudan's army and the Rapid Support Forces agreed on Saturday to a week-long "
            "humanitarian truce, mediators said.")
    assert _places(pipeline, text, "Doha", "AGREE") == ["Doha"]


def test_lead_agreement_of_the_dateline_country_stays_unplaced(pipeline):
    """Guard: France's own deal told from Paris may have been struck anywhere."""
    text = ("France and Germany agreed on Wednesday to jointly fund a new tank programme, "
            "officials said.")
    assert _places(pipeline, text, "Paris", "AGREE") == [None]


def test_telephone_talks_stay_unplaced(pipeline):
    """Guard: a call is held at no venue."""
    text = ("Ethiopian and Eritrean foreign ministers spoke by telephone on Tuesday about the "
            "border, officials said.")
    assert _places(pipeline, text, "Nairobi", "CONSULT") == [None]


def test_agreement_after_the_lead_stays_unplaced(pipeline):
    """Guard: talks told after the lead may be retold from elsewhere."""
    text = ("The two sides agreed to a truce. Somali and Kenyan officials agreed on Tuesday to "
            "reopen the border crossing.")
    assert None in _places(pipeline, text, "Nairobi", "AGREE")
