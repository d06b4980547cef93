"""Weak types, twenty-fifth session. A threat that wards off an act to come is aimed at the
act's would-be doer: the doer its noun names ("any attempt by Washington"), the doer of the
act the story told with the noun's verb ("fired a missile ... any further missile launches"),
or the doers of the latest force on the side the act would strike ("every aggression against
Yemen" after American and British strikes on Yemen)."""

from coding import code_text, side_countries

PUB = "2024-03-15"


def test_warded_attempt_by_a_named_doer(pipeline):
    text = ("North Korea fired seven ballistic missiles into the sea on Saturday. South Korea "
            "condemned the launches. North Korea's official KCNA news agency warned that the "
            "country would take \"merciless countermeasures\" against any attempt by Washington "
            "and its allies to stop and search its ships at sea.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("PRK", "USA")]


def test_warded_launches_answer_whoever_fired(pipeline):
    text = ("Coalition jets pounded an air base in Sanaa on Wednesday night. The Saudi-led "
            "alliance said a ballistic missile fired from Yemen at the Saudi border city of "
            "Jizan was intercepted on Tuesday. The UN envoy said talks would resume. Coalition "
            "spokesman Brigadier General Ahmed Asiri warned that the alliance would respond "
            "\"firmly\" to any further missile launches.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("SAU", "YEM")]


def test_warded_aggression_answers_the_latest_strikers(pipeline):
    text = ("The United States and the United Kingdom carried out a new wave of air strikes on "
            "Houthi targets across Yemen on Saturday. Houthi military spokesman Yahya Saree "
            "said the group would answer \"every aggression\" against Yemen.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("YEM", "GBR"), ("YEM", "USA")]


def test_named_attacker_kept(pipeline):
    """Guard: an attack its nationality word names is still aimed at that state."""
    text = ("Israel struck targets in Gaza on Monday. Hamas warned that any Israeli attack on "
            "Rafah would be met with a strong response.")
    events = code_text(pipeline, text, PUB)
    assert side_countries(events, "THREATEN") == [("PSE", "ISR")]


def test_threatened_attack_of_the_threatener_is_not_warded(pipeline):
    """Guard: the threatener's own attack ("would launch an attack on") is what it threatens,
    not an act it wards off."""
    text = ("Turkish President Tayyip Erdogan said on Tuesday that Turkey would launch an attack "
            "on Kurdish fighters in northern Syria within days.")
    events = code_text(pipeline, text, PUB)
    assert [t for _, t in side_countries(events, "THREATEN")] == ["SYR"]


# An agreement's participle on its noun names the parties as its agent: "the accord, signed in
# Doha on Thursday by Afghanistan and Pakistan" (was no event: the participle's agent was not
# read as the signers).


def test_accord_signed_by_two_states(pipeline):
    text = ("The accord, signed in Doha on Thursday by Afghanistan and Pakistan, commits both to "
            "halting cross-border raids.")
    events = code_text(pipeline, text, PUB)
    assert [sorted(pair) for pair in side_countries(events, "AGREE")] == [["AFG", "PAK"]]


def test_declaration_signed_by_two_leaders(pipeline):
    text = ("The joint declaration of peace and friendship, signed by Dr Abiy and Eritrean "
            "President Isaias Afwerki, said the state of war between the two countries had come "
            "to an end.")
    events = code_text(pipeline, text, PUB)
    assert [sorted(pair) for pair in side_countries(events, "AGREE")] == [["ERI", "ETH"]]


def test_deal_brokered_by_a_mediator_names_no_party(pipeline):
    """Guard: a mediator's "brokered by" is no signer."""
    text = "Rebels moved out of Goma on Saturday under a deal brokered by Angola."
    events = code_text(pipeline, text, PUB)
    assert not side_countries(events, "AGREE")
