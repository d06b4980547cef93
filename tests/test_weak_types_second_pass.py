"""The weakest types, second pass: agreements between two sides of one country that the parse
joins into one noun phrase, protests promised on a condition (threats), fire returned, and ills
"fought" that are no attack. Every sentence is hand-written; none is in the dev set."""

from coding import code_text, of_type, side_countries


def _countries(events, event_type):
    """The (source, target) country pairs of one type, each pair sorted (sides unordered)."""
    return sorted(tuple(sorted(pair)) for pair in side_countries(events, event_type))


def _sectors(events, event_type):
    return sorted(tuple(sorted((e.source.code, e.target.code if e.target else None)))
                  for e in of_type(events, event_type))


# -- Two sides of one country the parse reads as one phrase ("the [government and FARC] rebels")

def test_government_and_rebels_signing_a_deal_agree_with_each_other(pipeline):
    events = code_text(pipeline, "The Colombian government and FARC rebels signed a peace "
                                 "agreement on Monday.", "2016-09-27")
    assert _sectors(events, "AGREE") == [("COLGOV", "COLREB")]


def test_government_and_rebels_signing_a_ceasefire_abroad_agree(pipeline):
    events = code_text(pipeline, "The Congolese government and M23 rebels signed a ceasefire "
                                 "in Doha on Saturday.", "2024-03-04")
    assert _sectors(events, "AGREE") == [("CODGOV", "CODREB")]


def test_a_possessive_government_and_rebels_agree(pipeline):
    events = code_text(pipeline, "Colombia's government and FARC rebels signed a peace deal on "
                                 "Sunday in Havana.", "2016-06-27")
    assert _sectors(events, "AGREE") == [("COLGOV", "COLREB")]


def test_agreement_between_government_and_rebels_names_both(pipeline):
    events = code_text(pipeline, "Chile praised the peace agreement reached last week between "
                                 "the Colombian government and FARC rebels.", "2016-08-29")
    assert _sectors(events, "AGREE") == [("COLGOV", "COLREB")]


def test_talks_between_government_and_insurgent_negotiators(pipeline):
    events = code_text(pipeline, "Talks between the Colombian government and ELN rebels "
                                 "resumed in Caracas.", "2023-05-02")
    assert _sectors(events, "CONSULT") == [("COLGOV", "COLREB")]


def test_two_nationalities_before_one_noun_stay_two_forces(pipeline):
    # guard (passes on d5fa2a1 too): "Thai and Cambodian troops" are two armies, not a joined side
    events = code_text(pipeline, "At least ten people were killed when Thai and Cambodian "
                                 "troops exchanged artillery fire near the temple.", "2011-02-08")
    assert ("KHM", "THA") in _countries(events, "ASSAULT")


# -- A protest promised on a condition is a threat

def test_return_to_the_streets_unless_a_tax_goes_is_a_threat(pipeline):
    events = code_text(pipeline, "Kenyan police fired tear gas at protesters in Nairobi on "
                                 "Tuesday. Opposition leaders said they would return to the "
                                 "streets if the government did not scrap the tax.", "2024-06-26")
    threats = of_type(events, "THREATEN")
    assert [(e.source.country, e.target.country, e.status) for e in threats] == [
        ("KEN", "KEN", "occurred")]


def test_blocking_highways_unless_a_decree_is_withdrawn_is_a_threat(pipeline):
    events = code_text(pipeline, "Ecuador's government raised fuel prices on Monday. The "
                                 "indigenous confederation CONAIE said it would block the "
                                 "country's main highways from Thursday unless the decree was "
                                 "withdrawn.", "2025-06-10")
    assert [(e.source.country, e.status) for e in of_type(events, "THREATEN")] == [
        ("ECU", "occurred")]
    assert not of_type(events, "PROTEST")


def test_a_strike_called_on_a_condition_is_a_threat(pipeline):
    events = code_text(pipeline, "Police arrested dozens of teachers in Harare on Monday. The "
                                 "teachers' union said its members would stage a national "
                                 "strike if the detained teachers were not released.",
                       "2024-03-05")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["ZWE"]


def test_a_conditional_protest_threat_is_not_dated_by_the_rally(pipeline):
    # the threat happened when said (here undated: the publication day), not next Saturday
    events = code_text(pipeline, "Police detained 30 marchers in Bishkek on Sunday. Organisers "
                                 "said they would hold another rally next Saturday if the "
                                 "detainees were not freed by then.", "2025-02-18")
    threats = of_type(events, "THREATEN")
    assert [(e.status, e.date.start.isoformat()) for e in threats] == [
        ("occurred", "2025-02-18")]


def test_a_walkout_threatened_on_a_condition_happens_when_said(pipeline):
    events = code_text(pipeline, "Nigerian police arrested two union leaders in Abuja on "
                                 "Monday. The labour congress said it would call a nationwide "
                                 "walkout next week unless they were released.", "2024-05-07")
    assert [(e.source.country, e.status) for e in of_type(events, "THREATEN")] == [
        ("NGA", "occurred")]


def test_a_threat_said_by_a_joined_speech_verb(pipeline):
    # the speaker is the subject of the verb "said" is joined to ("condemned ... and said")
    events = code_text(pipeline, "Kenyan police fired tear gas at protesters on Tuesday. The "
                                 "opposition coalition condemned the violence and said it would "
                                 "return to the streets if the finance bill was not withdrawn.",
                       "2024-06-26")
    assert [(e.source.country, e.status) for e in of_type(events, "THREATEN")] == [
        ("KEN", "occurred")]


def test_a_strike_threat_said_by_a_joined_speech_verb(pipeline):
    events = code_text(pipeline, "Police arrested union leaders in Abuja on Monday. The labour "
                                 "congress condemned the arrests and said it would call a "
                                 "national strike unless they were freed.", "2024-05-10")
    assert [e.source.country for e in of_type(events, "THREATEN")] == ["NGA"]


def test_a_protest_planned_with_no_condition_stays_a_plan(pipeline):
    # guard (passes on d5fa2a1 too): no condition, no threat
    events = code_text(pipeline, "Kenyan police fired tear gas at protesters in Nairobi on "
                                 "Tuesday. Opposition leaders said they would hold more rallies "
                                 "next week.", "2024-06-26")
    assert not of_type(events, "THREATEN")
    assert [e.status for e in of_type(events, "PROTEST")] == ["planned"]


# -- Fire answered in kind

def test_returned_fire_on_posts_is_an_attack(pipeline):
    events = code_text(pipeline, "Indian troops returned fire on the Pakistani posts on "
                                 "Tuesday, the army said.", "2019-03-06")
    assert _countries(events, "ASSAULT") == [("IND", "PAK")]


def test_return_fire_at_a_named_side_is_an_attack(pipeline):
    events = code_text(pipeline, "Israeli soldiers returned fire at Hezbollah gunmen near "
                                 "the Lebanese border on Monday.", "2024-01-09")
    assert _countries(events, "ASSAULT") == [("ISR", "LBN")]


# -- Ills fought are no force

def test_helping_to_fight_smuggling_is_no_attack(pipeline):
    events = code_text(pipeline, "Brunei pledged to help Indonesia fight smuggling in the "
                                 "Strait of Malacca.", "2019-09-20")
    assert not of_type(events, "ASSAULT")


def test_helping_to_fight_poaching_is_no_attack(pipeline):
    # passes on d5fa2a1 too (no side was found for the "fight" there); the row covers it now
    events = code_text(pipeline, "The European Union will help Kenya fight poaching in the "
                                 "Maasai Mara, the bloc's envoy said.", "2019-09-20")
    assert not of_type(events, "ASSAULT")


# -- An agreement told in the passive takes its parties from the talks it was reached at

def test_a_truce_agreed_at_talks_between_two_states(pipeline):
    events = code_text(pipeline, "The truce was agreed at talks in Geneva between Armenia and "
                                 "Azerbaijan.", "2024-05-10")
    assert _countries(events, "AGREE") == [("ARM", "AZE")]


def test_an_accord_signed_during_a_meeting_between_leaders(pipeline):
    events = code_text(pipeline, "The accord was signed on Tuesday during a meeting between "
                                 "Serbian and Kosovar leaders in Brussels.", "2024-05-10")
    assert _countries(events, "AGREE") == [("SRB", "XKX")]


def test_a_deal_reached_at_a_meeting_with_no_parties_names_none(pipeline):
    # guard (passes on d5fa2a1 too): no parties named, no agreement
    events = code_text(pipeline, "The deal was reached at a meeting in Nairobi.", "2024-05-10")
    assert not of_type(events, "AGREE")


# -- Papers, posts and prizes handed over are no release

def test_a_petition_handed_over_is_no_release(pipeline):
    events = code_text(pipeline, "Protesters handed over a petition to the Sri Lankan president "
                                 "in Colombo on Monday.", "2024-05-10")
    assert not of_type(events, "RETREAT")


def test_a_rotating_presidency_handed_over_is_no_release(pipeline):
    events = code_text(pipeline, "Outgoing Finnish Prime Minister Sanna Marin handed over the EU "
                                 "presidency to Sweden on Sunday.", "2024-05-10")
    assert not of_type(events, "RETREAT")


def test_a_diplomatic_note_handed_over_is_no_release(pipeline):
    events = code_text(pipeline, "Foreign Secretary Albert del Rosario summoned a senior Chinese "
                                 "diplomat to hand over the note.", "2012-04-12")
    assert not of_type(events, "RETREAT")


def test_a_prisoner_handed_over_is_still_released(pipeline):
    # guard (passes on d5fa2a1 too): people handed over are not papers
    events = code_text(pipeline, "Bangladesh on Wednesday handed over jailed rebel leader Anup "
                                 "Chetia to India.", "2015-11-12")
    assert of_type(events, "RETREAT") or of_type(events, "COOPERATE")
