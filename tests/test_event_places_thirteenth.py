"""Thirteenth-session places: a statement made after talks in a town was made there, as a deal
or a meeting reached after them is; a village the model takes for an organisation or a person
after "near", "around" or "outside" is a place (unlisted), when no dictionary knows the name;
shutting "the crossing" named again happened at the crossing named before.

Each test uses a hand-built sentence the code at e814a9d got wrong, except
test_a_strike_after_talks_elsewhere, a guard that passed there too."""

from coding import code_text, place_names


def places(pipeline, text, event_type, pub="2024-03-15"):
    return place_names(code_text(pipeline, text, pub), event_type)


def test_an_appeal_made_after_talks_in_a_town(pipeline):
    text = ("After talks in Vilnius on Thursday with his Polish counterpart, Latvia's foreign "
            "minister urged Germany to send more tanks to the region.")
    assert places(pipeline, text, "REQUEST") == ["Vilnius"]


def test_backing_voiced_after_consultations_in_a_town(pipeline):
    text = ("The African Union voiced its support for Kenya after closed consultations in "
            "Nairobi on Monday.")
    assert places(pipeline, text, "SUPPORT") == ["Nairobi"]


def test_a_strike_after_talks_elsewhere_is_not_placed_there(pipeline):
    text = ("Israeli jets bombed Rafah on Thursday after talks in Cairo failed to produce a "
            "truce.")
    assert "Cairo" not in places(pipeline, text, "ASSAULT")


def test_a_village_the_model_takes_for_a_body_after_near(pipeline):
    text = ("A Kenyan air strike killed two suspected militants near Bulo Marer on Friday, the "
            "Somali information ministry said.")
    assert places(pipeline, text, "ASSAULT") == ["Bulo Marer"]


def test_a_village_of_two_names_around_which_forces_fought(pipeline):
    text = ("Congolese troops shelled rebel positions around Bwiza Kanyaruchinya on Monday, "
            "residents said.")
    assert places(pipeline, text, "ASSAULT") == ["Bwiza Kanyaruchinya"]


def test_a_border_adjective_gives_the_village_no_country(pipeline):
    text = ("Ethiopian jets bombed Islamist positions around Ras Kamboni near the Kenyan "
            "border on Monday, Somali officials said.")
    [event] = [e for e in code_text(pipeline, text, "2024-03-15") if e.event_type == "ASSAULT"]
    assert event.location.country != "KEN"


def test_the_crossing_named_again_when_closed(pipeline):
    text = ("Armenia closed the Bagratashen crossing with Georgia on Thursday. Armenian border "
            "guards sealed the crossing once more on Saturday as the dispute over tariffs "
            "deepened, officials in Yerevan said.")
    events = [e for e in code_text(pipeline, text, "2024-03-15")
              if e.event_type == "SANCTION" and e.evidence.trigger == "sealed"]
    assert [e.location.name for e in events] == ["Bagratashen"]

