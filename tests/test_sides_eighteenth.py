"""Sides of events whose type is right (eighteenth session), checked on sentences written for
these tests, not taken from any gold file."""

import pytest
from coding import code_text, side_countries

# A "he" or "she" heading a sentence's main clause is the person the sentence before has as
# its main subject, not the latest person named there (leading_persons.py).
LEADING_PERSON_CASES = [
    ("Kenyan President William Ruto said on Sunday that Nairobi had shared intelligence with "
     "Uganda's army chief, General Muhoozi Kainerugaba. He urged Ethiopia to pull its troops "
     "back from the frontier.", "REQUEST", ("KEN", "ETH")),
    ("Colombian President Gustavo Petro told lawmakers on Tuesday that he had written to "
     "Venezuelan President Nicolas Maduro. He accused Ecuador of stoking the crisis on the "
     "border.", "ACCUSE", ("COL", "ECU")),
    ("Argentine President Javier Milei said in Buenos Aires that he had spoken with Brazilian "
     "President Luiz Inacio Lula da Silva by telephone. Speaking later on radio, he criticised "
     "Bolivia for closing the frontier.", "ACCUSE", ("ARG", "BOL")),
]
# Left alone: a named subject, a "he" in a reported clause, a "he" in a relative clause.
LEADING_PERSON_KEPT = [
    ("Japanese Prime Minister Fumio Kishida said on Thursday that Tokyo would raise the matter "
     "with South Korean President Yoon Suk Yeol. He also urged China to release the detained "
     "businessman.", "REQUEST", ("JPN", "CHN")),
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. "
     "Museveni said he would reopen the border crossing at Busia.", "RETREAT", ("UGA", "KEN")),
    ("Pakistani Prime Minister Shehbaz Sharif said on Friday he had spoken with Afghan envoy "
     "Sardar Shirzad. Shirzad later met Chinese officials in Islamabad, where he urged Pakistan "
     "to reopen the crossing.", "REQUEST", ("AFG", "PAK")),
]


@pytest.mark.parametrize(("text", "plover", "sides"), LEADING_PERSON_CASES + LEADING_PERSON_KEPT)
def test_a_leading_he_is_the_subject_of_the_sentence_before(pipeline, text, plover, sides):
    events = code_text(pipeline, text, "2024-03-07")
    assert side_countries(events, plover) == [sides]


# A name on a flag or banner names no side (name_matches.names_an_emblem).
EMBLEM_CASES = [
    ("Thousands of opposition supporters, many waving American flags, marched on the "
     "presidential palace in Caracas on Saturday to demand a new election.", "VEN"),
    ("Thousands of people, some waving Russian flags, rallied in Bangui on Saturday to demand "
     "the departure of French troops.", "CAF"),
    ("Protesters, many waving EU and Serbian flags, blocked the main road into Belgrade on "
     "Sunday to protest against the government.", "SRB"),
    ("Hundreds of students waving Palestinian flags rallied outside parliament in Amman on "
     "Friday against the government's new tax law.", "JOR"),
]


@pytest.mark.parametrize(("text", "home"), EMBLEM_CASES)
def test_a_flag_waved_names_no_side_of_the_protest(pipeline, text, home):
    events = code_text(pipeline, text, "2024-03-07")
    assert [source for source, _ in side_countries(events, "PROTEST")] == [home]


@pytest.mark.parametrize(("text", "plover", "sides"), [
    ("The European Union criticised the flag ban that Serbia imposed on Kosovo on Monday.",
     "SANCTION", ("SRB", "XKX")),
    ("Thousands of students marched through Seoul on Saturday, waving anti-Japanese banners "
     "outside the embassy.", "PROTEST", ("KOR", "JPN")),
    ("Hundreds of Iraqi students burned Turkish flags outside the embassy in Baghdad on Friday "
     "over the shelling of Kurdish villages.", "PROTEST", ("IRQ", "TUR")),
    ("Georgia protested to Russia after Russian soldiers hoisted flags at the boundary line "
     "near Khurvaleti on Tuesday.", "PROTEST", ("GEO", "RUS")),
    ("U.S. forces seized a tanker flying the Iranian flag in the Gulf of Oman on Thursday.",
     "COERCE", ("USA", "IRN")),
])
def test_names_beside_a_flag_that_do_not_modify_it_are_kept(pipeline, text, plover, sides):
    events = code_text(pipeline, text, "2024-03-07")
    assert side_countries(events, plover) == [sides]


# "X accused Y of ..., and said it ...": "it" is X, the subject the reporting verb shares with
# the verb it is joined to, not the latest state named (references.reporter_of).
SHARED_REPORTER_CASES = [
    ("Poland accused Belarusian guards of pushing migrants across the fence on Tuesday and said "
     "it would close the last border crossing.", "SANCTION", ("POL", "BLR")),
    ("Japan protested against the Chinese survey ship's intrusion and said it had sent a "
     "destroyer to shadow the vessel.", "MOBILIZE", ("JPN", "CHN")),
    ("The Philippines condemned the Chinese coast guard's use of water cannon, and said it would "
     "deploy more ships to the shoal.", "MOBILIZE", ("PHL", "CHN")),
    ("Kenya accused Somali militiamen of raiding a police post on Monday and said it would send "
     "more troops to the border.", "MOBILIZE", ("KEN", "SOM")),
    # left alone: the reporting verb has a subject of its own
    ("Algeria accused Moroccan troops of crossing the border on Friday, and Rabat said it had "
     "deployed more soldiers to the frontier.", "MOBILIZE", ("MAR", "DZA")),
    ("Thailand condemned the shelling of its border villages on Sunday and said it had recalled "
     "its ambassador from Phnom Penh.", "SANCTION", ("THA", "KHM")),
]


@pytest.mark.parametrize(("text", "plover", "sides"), SHARED_REPORTER_CASES)
def test_it_after_a_joined_reporting_verb_is_the_shared_subject(pipeline, text, plover, sides):
    events = code_text(pipeline, text, "2024-03-07")
    assert side_countries(events, plover) == [sides]


# "..., a request X rejected": X turns down whoever made the request, the subject of the clause
# the noun restates (denied_charges.proposal_makers, data/lexicon/proposals.tsv).
PROPOSAL_CASES = [
    ("Serbia proposed that German police investigate the shooting near the Albanian border, an "
     "idea Kosovo quickly rejected.", ("XKX", "SRB")),
    ("Ghana suggested that Nigerian troops guard the polling stations in Lome, an idea Togo "
     "rejected on Friday.", ("TGO", "GHA")),
    ("Armenia invited Russian peacekeepers to patrol the Lachin corridor, an offer that "
     "Azerbaijan turned down.", ("AZE", "ARM")),
    # left alone: a charge denied, a passive rejection, a request told in its own sentence
    ("Iran accused Israel of sabotaging the Natanz plant on Sunday, a charge Israel denied.",
     ("ISR", "IRN")),
    ("Hungary called for Turkey to host ceasefire talks between Russia and Ukraine, a proposal "
     "that was rejected by Kyiv.", ("UKR", "HUN")),
    ("Thailand and Cambodia signed a border deal in Jakarta on Monday. Cambodia has asked for "
     "Japanese deminers to clear the area, a request Thailand has rejected.", ("THA", "KHM")),
]


@pytest.mark.parametrize(("text", "sides"), PROPOSAL_CASES)
def test_a_request_turned_down_is_aimed_at_whoever_made_it(pipeline, text, sides):
    events = code_text(pipeline, text, "2024-03-07")
    assert side_countries(events, "REJECT") == [sides]


# An agreement identified by when it was made a year or more back is background, not news
# (identifying_clauses.dates_an_accord, data/lexicon/accords.tsv).
BACKGROUND_ACCORDS = [
    "Kenya will send 400 police officers to Haiti next month under a security pact the two "
    "governments signed last year.",
    "Armenia accused Azerbaijan on Monday of violating a ceasefire agreement that both sides "
    "signed last year.",
    "Australia and Papua New Guinea held talks in Canberra on Monday. Under a defence agreement "
    "signed last year, Australia will send two patrol boats to Papua New Guinea next month.",
]
NEWS_ACCORDS = [
    "Ethiopia and Kenya signed a defence pact in Nairobi on Tuesday, the two governments said "
    "in a joint statement.",
    "Chad and Sudan are due to review a border security deal the two countries signed on Monday "
    "in N'Djamena.",
    "Chad and Sudan are due to review a border security deal the two countries signed three days "
    "ago in N'Djamena.",
    "Egypt and Sudan will review a water accord the two countries signed earlier this year, "
    "officials said on Monday.",
]


@pytest.mark.parametrize("text", BACKGROUND_ACCORDS)
def test_an_accord_made_years_back_is_no_agreement_of_the_story(pipeline, text):
    events = code_text(pipeline, text, "2024-03-07")
    assert events and not side_countries(events, "AGREE")


@pytest.mark.parametrize("text", NEWS_ACCORDS)
def test_an_accord_of_the_story_days_is_kept(pipeline, text):
    assert len(side_countries(code_text(pipeline, text, "2024-03-07"), "AGREE")) == 1


# Forces named with no country that an official reports being sent or moved are the
# official's own (actors._reporters_forces); forces reported acting are left to the story.
REPORTED_FORCES = [
    ("Belarus moved tanks to the frontier on Monday. Lithuanian Defence Minister Arvydas "
     "Anusauskas said 800 more soldiers would be deployed to the border this week.",
     ("LTU", "BLR")),
    ("Venezuela held military drills near the Essequibo on Friday. Guyanese President Irfaan "
     "Ali said troops had been moved to the western border.", ("GUY", "VEN")),
    ("Venezuelan troops fired across the river on Sunday. Colombian Defence Minister Diego "
     "Molano said 2,000 troops would be sent to the border with Venezuela.", ("COL", "VEN")),
    # left alone: forces acting, forces with their own country, an official of the same state
    ("Russia massed armour near the frontier. Ukraine's foreign ministry said troops had crossed "
     "into the Kharkiv region overnight.", ("RUS", "UKR")),
    ("Russia massed armour near the frontier. Polish Defence Minister Mariusz Blaszczak said "
     "Belarusian troops had been moved to the border overnight.", ("BLR", "RUS")),
    ("Gunmen from Mali attacked a checkpoint near the frontier on Sunday. Niger's interior "
     "minister, Hamadou Souley, said 300 more police would be sent to the Tillaberi region.",
     ("NER", "MLI")),
]


@pytest.mark.parametrize(("text", "sides"), REPORTED_FORCES)
def test_forces_an_official_reports_sent_are_the_officials_own(pipeline, text, sides):
    events = code_text(pipeline, text, "2024-03-07")
    assert sides in side_countries(events, "MOBILIZE")
