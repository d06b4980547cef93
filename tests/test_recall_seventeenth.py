"""Seventeenth-session recall rules (real model): acts the code at the start of the session
(1d6e7bc) lost or gave to the wrong side. Every sentence is written for these tests."""

from coding import code_text, side_codes, side_prefixes


def test_statement_act_joined_to_a_judged_breach_is_the_speakers(pipeline):
    events = code_text(pipeline, "A Chinese survey ship entered Vietnamese waters on Monday. "
                                 "Hanoi said the survey mission breached Vietnam's exclusive "
                                 "economic zone and accused Beijing of bullying its smaller "
                                 "neighbours.", "2025-03-14")
    assert side_codes(events, "ACCUSE") == [("VNMGOV", "CHNGOV")]


def test_appeal_joined_to_a_judged_violation_is_the_speakers(pipeline):
    events = code_text(pipeline, "North Korea fired a ballistic missile on Sunday. Seoul said "
                                 "the launch violated U.N. resolutions and urged Pyongyang to "
                                 "return to talks.", "2025-03-14")
    assert side_codes(events, "REQUEST") == [("KORGOV", "PRKGOV")]


def test_warning_joined_to_a_judgement_that_a_report_amounted_to_interference(pipeline):
    events = code_text(pipeline, "A U.S. report criticised Kenya's police on Monday. Kenya's "
                                 "foreign ministry said the report amounted to interference and "
                                 "warned Washington that it would review security cooperation.",
                       "2025-03-14")
    assert side_codes(events, "THREATEN") == [("KENGOV", "USAGOV")]


def test_accusation_joined_to_a_judgement_that_an_offensive_was_war(pipeline):
    events = code_text(pipeline, "Rebels seized the town of Masisi on Monday. Kinshasa said "
                                 "the offensive constituted a declaration of war and accused "
                                 "Kigali of commanding the rebels.", "2025-03-14")
    assert side_codes(events, "ACCUSE") == [("CODGOV", "RWAGOV")]


def test_force_joined_to_a_breach_stays_with_the_breaching_side(pipeline):
    events = code_text(pipeline, "Officials in Mali said the militants breached the ceasefire "
                                 "and stormed an army post near Gao on Monday.", "2025-03-14")
    assert side_codes(events, "ASSAULT") == [("MLIREB", "MLI")]


def test_refusal_joined_to_an_armed_groups_breach_stays_with_the_group(pipeline):
    events = code_text(pipeline, "The interior ministry in Tripoli said the Libyan militia "
                                 "breached the accord and refused to hand over its weapons.",
                       "2025-03-14")
    assert [s for s, _ in side_codes(events, "REJECT")] == ["LBYREB", "LBYREB"]


def test_demand_joined_to_a_named_groups_breach_stays_with_the_group(pipeline):
    events = code_text(pipeline, "Officials in Kabul said the Taliban breached the deal and "
                                 "demanded that the government release more prisoners.",
                       "2025-03-14")
    assert [s for s, _ in side_codes(events, "REQUEST")] == ["AFGREB"]


def test_crowd_appeal_after_a_reported_chant_stays_with_the_crowd(pipeline):
    events = code_text(pipeline, "Protesters gathered in Khartoum on Friday. Witnesses said "
                                 "the crowd chanted slogans and called on the governor to "
                                 "resign.", "2025-03-14")
    assert all(s[3:] != "GOV" for s, _ in side_codes(events, "REQUEST"))


def test_titled_name_joined_to_a_country_named_leader_is_a_side(pipeline):
    events = code_text(pipeline, "Serbian Prime Minister Ana Brnabic and Kosovo Prime Minister "
                                 "Albin Kurti met in Brussels on Monday, officials said.",
                       "2025-03-14")
    assert side_prefixes(events, "CONSULT") == [("SRB", "XKX")]


def test_bare_surname_joined_to_a_titled_president_is_a_side(pipeline):
    events = code_text(pipeline, "Netanyahu and US President Donald Trump held talks at the "
                                 "White House on Monday, officials said.", "2025-03-14")
    assert side_prefixes(events, "CONSULT") == [("ISR", "USA")]


def test_bare_surname_joined_to_a_titled_president_meeting(pipeline):
    events = code_text(pipeline, "Kishida and US President Joe Biden met in Tokyo on Monday, "
                                 "officials said.", "2025-03-14")
    assert side_prefixes(events, "CONSULT") == [("JPN", "USA")]


def test_council_named_with_and_is_not_split(pipeline):
    events = code_text(pipeline, "The Peace and Security Council of the African Union met in "
                                 "Addis Ababa on Monday, officials said.", "2025-03-14")
    assert side_codes(events, "CONSULT") == [("IGOAFRAFU", None)]


def test_two_titled_leaders_read_rightly_stay_as_read(pipeline):
    events = code_text(pipeline, "Albanian Prime Minister Edi Rama and Kosovo Prime Minister "
                                 "Albin Kurti signed a customs agreement in Tirana on Monday, "
                                 "officials said.", "2025-03-14")
    assert side_codes(events, "AGREE") == [("ALBGOV", "XKXGOV")]
