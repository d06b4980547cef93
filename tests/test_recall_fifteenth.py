"""Events lost for want of a side or a trigger (fifteenth session): a bare "the kingdom" or "the
country" as a clause's doer is the state named before it (of several, the last main clause's
doer; a kingdom or emirate only one that is); joint sweeps and manhunts of two
states' forces are military cooperation."""

from coding import code_text, side_codes, side_prefixes


def test_the_kingdom_as_a_doer_is_the_kingdom_named_before(pipeline):
    events = code_text(pipeline, "Iranian protesters stormed the Saudi embassy in Tehran on "
                       "Sunday. The kingdom condemned the attack on its mission on Monday.",
                       "2016-01-05")
    assert ("SAU", "IRN") in side_prefixes(events, "ACCUSE")


def test_the_kingdom_skips_a_republic_named_after_it(pipeline):
    events = code_text(pipeline, "Gunmen attacked the Jordanian embassy in Damascus on Friday. "
                       "The kingdom recalled its ambassador from Syria on Saturday.",
                       "2024-03-06")
    assert ("JOR", "SYR") in side_prefixes(events, "SANCTION")


def test_the_kingdom_skips_a_republic_that_was_the_last_doer(pipeline):
    events = code_text(pipeline, "Saudi border guards detained 40 migrants on Monday, and Yemen "
                       "protested the detentions. The kingdom rejected the protest on Tuesday.",
                       "2024-03-06")
    assert side_prefixes(events, "REJECT") == [("SAU", "YEM")]


def test_the_emirate_is_a_gulf_emirate_named_before(pipeline):
    events = code_text(pipeline, "Kuwait received a delegation of Iraqi Kurdish leaders on "
                       "Sunday. The emirate condemned the shelling of Erbil on Monday.",
                       "2024-03-06")
    assert [s for s, _ in side_prefixes(events, "ACCUSE")] == ["KWT"]


def test_the_country_is_the_doer_of_the_sentence_before_not_its_object(pipeline):
    events = code_text(pipeline, "Lithuania expelled three Belarusian diplomats on Monday over "
                       "a smuggling scheme. The country also recalled its charge d'affaires on "
                       "Tuesday.", "2024-03-06")
    assert [s for s, _ in side_prefixes(events, "SANCTION")] == ["LTU", "LTU"]


def test_the_country_after_a_minister_met_foreign_officials_is_the_minister_s(pipeline):
    events = code_text(pipeline, "Kenya's interior minister met Ugandan police chiefs on Monday "
                       "to discuss cattle raids. The country then summoned the Somali ambassador "
                       "on Wednesday.", "2024-03-06")
    assert [s for s, _ in side_prefixes(events, "ACCUSE")] == ["KEN"]


def test_the_country_after_a_call_on_a_state_named_outright_is_no_one(pipeline):
    # a guard: passes at eb776ce too (the state named last, Poland), fails on the doer alone
    events = code_text(pipeline, "Germany pressed Poland on Monday to take in more refugees. "
                       "The country turned down the demand on Tuesday.", "2024-03-06")
    assert all(s != "DEU" for s, _ in side_prefixes(events, "REJECT"))


def test_the_country_as_a_doer_is_the_state_named_before(pipeline):
    events = code_text(pipeline, "Russia expelled two Moldovan diplomats on Tuesday. The country "
                       "responded by expelling a Russian envoy on Wednesday.", "2024-03-06")
    assert ("MDA", "RUS") in side_prefixes(events, "SANCTION")


def test_the_nation_summoning_an_ambassador(pipeline):
    events = code_text(pipeline, "Chinese fishing boats entered Indonesian waters near Natuna "
                       "last week. The nation summoned China's ambassador on Monday.",
                       "2024-03-06")
    assert ("IDN", "CHN") in side_prefixes(events, "ACCUSE")


def test_a_kingdom_named_two_sentences_back_is_not_the_kingdom(pipeline):
    events = code_text(pipeline, "Sweden halted its aid to Nepal in May. Officials in Kathmandu "
                       "reacted angrily on Tuesday. The kingdom rejected the demand on "
                       "Wednesday.", "2005-06-01")
    assert all(s[:3] != "SWE" for s, _ in side_codes(events, "REJECT"))


def test_a_described_country_is_not_the_state_named_before(pipeline):
    events = code_text(pipeline, "Morocco and Spain held talks in Rabat on Monday. The "
                       "neighbouring country rejected the plan on Tuesday.", "2024-03-06")
    assert side_codes(events, "REJECT") == []


def test_the_country_left_is_no_side(pipeline):
    events = code_text(pipeline, "Kenya will send police to Haiti, and the officers will leave "
                       "the country next week.", "2024-03-06")
    assert side_prefixes(events, "MOBILIZE") == [("KEN", "HTI")]


def test_a_joint_sweep_of_two_armies_is_cooperation(pipeline):
    events = code_text(pipeline, "Rwandan and Mozambican troops launched a joint sweep against "
                       "insurgents in Cabo Delgado on Monday.", "2024-03-06")
    cooperation = [e for e in events if e.event_type == "COOPERATE"]
    assert cooperation and {cooperation[0].source.country} | {
        p.country for p in cooperation[0].participants} >= {"RWA", "MOZ"}


def test_a_joint_manhunt_of_two_police_forces_is_cooperation(pipeline):
    events = code_text(pipeline, "Colombian and Ecuadorian police began a joint manhunt for the "
                       "rebel commander on Tuesday.", "2024-03-06")
    assert ("COL", "ECU") in side_prefixes(events, "COOPERATE")


def test_a_police_sweep_alone_is_no_event(pipeline):
    events = code_text(pipeline, "Zambian police launched a sweep of the market in Lusaka on "
                       "Monday.", "2024-03-06")
    assert events == []


def test_a_reaction_answers_the_rival_the_story_names_most_not_a_bystander(pipeline):
    events = code_text(pipeline, "Venezuela massed troops near the border with Guyana on Monday, "
                       "and Venezuelan jets flew over Guyanese villages. Guyana accused Venezuela "
                       "of intimidation. Brazil offered on Tuesday to host talks. Guyana put its "
                       "small army on alert on Wednesday.", "2024-03-08")
    assert ("GUY", "VEN") in side_prefixes(events, "MOBILIZE")


def test_an_alert_after_a_border_clash_answers_the_neighbour_not_the_mediator(pipeline):
    events = code_text(pipeline, "Pakistani and Afghan troops exchanged fire at the Chaman "
                       "crossing on Sunday, and Pakistan accused Afghanistan of sheltering "
                       "militants. China urged restraint on Monday. Islamabad put its forces on "
                       "high alert on Tuesday.", "2024-03-06")
    assert side_prefixes(events, "MOBILIZE") == [("PAK", "AFG")]


def test_suspended_cooperation_answers_the_rival_not_the_power_urging_calm(pipeline):
    events = code_text(pipeline, "Moroccan and Algerian border guards exchanged fire on Friday, "
                       "and Algeria accused Morocco of provocation. France urged calm on "
                       "Saturday. Algiers suspended all cooperation on Sunday.", "2024-03-06")
    assert side_prefixes(events, "SANCTION") == [("DZA", "MAR")]


def test_a_rejection_still_answers_who_addressed_the_rejecter(pipeline):
    events = code_text(pipeline, "Greek and Turkish warships collided in the Aegean on Monday, "
                       "and Greece accused Turkey of aggression. Germany called for talks on "
                       "Tuesday. Athens dismissed the call on Wednesday.", "2024-03-06")
    assert side_prefixes(events, "REJECT") == [("GRC", "DEU")]


def test_a_response_with_nothing_to_answer_is_still_no_threat(pipeline):
    events = code_text(pipeline, "Floods hit the capital on Monday. The government said it "
                       "would respond within days.", "2024-03-06")
    assert side_codes(events, "THREATEN") == []


def test_an_opposition_party_demand_addresses_its_own_state_not_a_foreign_well_wisher(pipeline):
    events = code_text(pipeline, "The United States welcomed Turkey's election result on Monday. "
                       "The Republican People's Party called for a recount on Tuesday.",
                       "2024-03-06")
    assert side_prefixes(events, "REQUEST") == [("TUR", "TUR")]


def test_a_party_rejecting_a_budget_addresses_its_own_state(pipeline):
    events = code_text(pipeline, "Britain praised Taiwan's new defence budget on Monday. The "
                       "Kuomintang rejected the budget on Wednesday.", "2024-03-06")
    assert side_prefixes(events, "REJECT") == [("TWN", "TWN")]


def test_unions_rejecting_cuts_address_their_own_state_not_the_lender(pipeline):
    events = code_text(pipeline, "The IMF praised Argentina's spending cuts on Monday. Argentine "
                       "trade unions rejected the cuts on Wednesday.", "2024-03-06")
    assert side_prefixes(events, "REJECT") == [("ARG", "ARG")]


def test_a_ruling_party_still_answers_the_state_that_acted_on_its_country(pipeline):
    events = code_text(pipeline, "The United States imposed sanctions on Chinese chip makers on "
                       "Monday. The Chinese Communist Party condemned the sanctions on Tuesday.",
                       "2024-03-06")
    assert ("CHN", "USA") in side_prefixes(events, "ACCUSE")


def test_a_party_naming_whom_it_asks_keeps_that_side(pipeline):
    events = code_text(pipeline, "The European Union criticised Iraq's new oil law on Monday. "
                       "The Kurdistan Democratic Party demanded talks with the government on "
                       "Tuesday.", "2024-03-06")
    assert side_prefixes(events, "REQUEST") == [("IRQ", "IRQ")]
