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


@pytest.mark.parametrize("text, pub", [
    ("India and the EU discussed on Monday a free trade deal they expect to finalise within two "
     "years.", "2024-03-07"),
    ("Kenya will send 400 police officers to Haiti next month under a security pact the two "
     "governments signed at the end of last year.", "2025-01-09"),
])
def test_an_accord_still_to_come_or_weeks_back_is_kept(pipeline, text, pub):
    """Review B 5: a deal still to come, and one signed weeks before a January story, are
    no background."""
    events = code_text(pipeline, text, pub)
    assert side_countries(events, "AGREE")
