"""Who an actor mention is, second round (real model).

Each test states a rule of news text: a newly named official with no nationality serves the
country the story is filed from only when the story names that country other than by its
capital (a story filed from Vienna on Iran); an envoy's posting ("Special Envoy for Sudan") is
not his country, also when the parser leaves "for" without its object; fighters "loyal to" a
president are not that president's government; unnamed police and crowds are the people of a
town their sentence names as a place ("raided the Yangon headquarters") when the story names
that town's country; "the government" an opposition leader urges in the same sentence is his
own state's."""

from coding import code_text, side_codes


def test_new_official_of_a_story_filed_from_a_city_it_only_names_as_a_place(pipeline):
    text = ("Iran on Tuesday rejected a call by the U.N. nuclear watchdog to readmit its "
            "inspectors as the agency's board met in Vienna. Officials in Tehran said the "
            "government would not change course. Foreign ministry spokesman Nasser Kanaani "
            "warned that Iran would respond to any resolution.")
    events = code_text(pipeline, text, "2023-09-12", dateline="VIENNA")
    assert [s for s, _ in side_codes(events, "THREATEN")] == ["IRNGOV"]


def test_envoy_for_a_country_is_not_of_that_country(pipeline):
    text = ("U.S. Special Envoy for Sudan Tom Perriello said on Wednesday that the RSF must lift "
            "the siege. He also urged the army-led government in Port Sudan to reopen the Adre "
            "border crossing.")
    events = code_text(pipeline, text, "2024-07-18")
    assert [s for s, _ in side_codes(events, "REQUEST")] == ["USAGOV"]


def test_fighters_loyal_to_a_president_are_not_his_government(pipeline):
    text = ("Lebanese troops deployed in the northern city of Tripoli on Monday after clashes "
            "between Sunni gunmen and Alawite fighters loyal to Syrian President Bashar al-Assad "
            "killed at least eight people, security sources said.")
    events = code_text(pipeline, text, "2012-05-15", dateline="TRIPOLI, Lebanon")
    codes = {c for pair in side_codes(events, "ASSAULT") for c in pair if c}
    assert codes and not any(c.startswith("SYR") for c in codes)


def test_police_of_the_town_their_sentence_names(pipeline):
    text = ("The United States imposed sanctions on Myanmar's military leader on Thursday. "
            "The U.S. Treasury said the measures freeze any U.S. assets, and Washington said "
            "the United States would also block access to funds held in the United States. "
            "Late on Tuesday, police raided the Yangon headquarters of the National League for "
            "Democracy and seized computers, the party said.")
    events = code_text(pipeline, text, "2021-02-11")
    assert [s for s, _ in side_codes(events, "COERCE") if s.endswith("COP")] == ["MMRCOP"]


def test_the_government_an_opposition_leader_urges_is_his_own(pipeline):
    text = ("Myanmar freed political prisoners on Friday, and the United States said it would "
            "upgrade ties. U.S. Secretary of State Hillary Clinton hailed the releases, and "
            "Washington said the United States would send an ambassador. Opposition leader Aung "
            "San Suu Kyi welcomed the amnesty but urged the government to free all remaining "
            "political detainees.")
    events = code_text(pipeline, text, "2012-01-14")
    assert [t for s, t in side_codes(events, "REQUEST") if s == "MMROPP"] == ["MMRGOV"]
