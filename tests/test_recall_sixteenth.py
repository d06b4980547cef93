"""Events lost for want of a side (sixteenth session): a bare "the country" that answers what
was said to it ("rejected the call", "denied the charge") is the state the clause before spoke
to, not the one that spoke; a ship or police "blasting", "spraying" or "dousing" people or a
vessel with water cannon or tear gas coerces them, and an opening "Doused with water cannon,"
makes the main clause's subject the one coerced; the "it" of an accusing relative clause on what
a state acted on ("sanctioned three firms it accused of ...") is that state, but not of any
clause ("sanctioned a firm over arms it sold") nor under a speaker; "navies" and "air forces"
are military titles like "navy" and "air force"."""

from coding import code_text, side_codes, side_prefixes

from newsevents.relative_doers import relative_clause_doer


def test_the_country_refusing_a_request_is_the_state_asked(pipeline):
    events = code_text(pipeline, "Japan asked South Korea on Monday to hand back the seized "
                       "fishing boat. The country refused the request on Tuesday.", "2024-05-10")
    assert side_prefixes(events, "REJECT") == [("KOR", "JPN")]


def test_the_country_dismissing_a_demand_made_of_it_is_the_one_called_on(pipeline):
    events = code_text(pipeline, "Egypt called on Ethiopia on Sunday to stop filling the "
                       "reservoir. The country dismissed the demand on Monday.", "2024-05-10")
    assert side_prefixes(events, "REJECT") == [("ETH", "EGY")]


def test_the_country_denying_a_charge_is_the_state_accused(pipeline):
    events = code_text(pipeline, "Britain accused Iran on Monday of supplying drones to "
                       "militias. The country denied the charge.", "2024-05-10")
    assert side_prefixes(events, "REJECT") == [("IRN", "GBR")]


def test_the_country_repeating_a_call_is_still_the_caller(pipeline):
    events = code_text(pipeline, "Germany urged Serbia on Monday to recognise the vote. The "
                       "country repeated the call on Tuesday.", "2024-05-10")
    assert all(src != "SRB" for src, _ in side_prefixes(events, "REQUEST"))
    assert side_prefixes(events, "REJECT") == []


def test_the_country_acting_on_its_own_stays_the_last_doer(pipeline):
    events = code_text(pipeline, "Latvia expelled two Russian diplomats on Monday. The country "
                       "also recalled its ambassador.", "2024-05-10")
    assert all(src == "LVA" for src, _ in side_prefixes(events, "SANCTION"))


def test_blasting_a_vessel_with_water_cannon_coerces_its_state(pipeline):
    events = code_text(pipeline, "A Chinese coast guard cutter blasted a Vietnamese fishing "
                       "trawler with water cannon near the Paracels on Friday.", "2024-05-10")
    assert side_prefixes(events, "COERCE") == [("CHN", "VNM")]


def test_spraying_and_dousing_crowds_with_tear_gas_or_water_cannon_coerce(pipeline):
    sprayed = code_text(pipeline, "Bolivian riot police sprayed miners with tear gas in La Paz "
                        "on Thursday.", "2024-05-10")
    doused = code_text(pipeline, "Georgian police doused opposition supporters with a water "
                       "cannon outside parliament on Sunday.", "2024-05-10")
    assert [s for s, _ in side_prefixes(sprayed, "COERCE")] == ["BOL"]
    assert [s for s, _ in side_prefixes(doused, "COERCE")] == ["GEO"]


def test_spraying_a_field_or_blasting_a_decision_is_no_coercion(pipeline):
    """The "with" rows need a cannon or gas: pesticide on a field is none. "Blasted ... as
    unjust" has no "with" at all: it guards only the bare verb, which has no COERCE row."""
    sprayed = code_text(pipeline, "Egyptian farmers sprayed their cotton fields with "
                        "pesticide on Monday.", "2024-05-10")
    blasted = code_text(pipeline, "Peruvian lawmakers blasted the court ruling as unjust on "
                        "Monday.", "2024-05-10")
    assert side_prefixes(sprayed, "COERCE") == [] and side_prefixes(blasted, "COERCE") == []


def test_a_with_phrase_on_the_object_naming_no_cannon_or_gas_is_no_coercion(pipeline):
    """The parser hangs "with foam" on "stalls" (object_phrases.py reads it) and no row
    takes foam."""
    doc = pipeline.nlp("Kenyan firefighters doused the burning market stalls with foam in "
                       "Nairobi on Sunday.")
    assert [t.head.lower_ for t in doc if t.lower_ == "with"] == ["stalls"]
    events = code_text(pipeline, doc.text, "2024-05-10")
    assert side_prefixes(events, "COERCE") == []


def test_an_opening_participle_of_force_makes_the_subject_its_target(pipeline):
    drenched = code_text(pipeline, "Drenched with water cannon, Armenian demonstrators stayed "
                         "outside the parliament in Yerevan on Friday.", "2024-05-10")
    blasted = code_text(pipeline, "Blasted with tear gas, Kenyan students ran from the campus "
                        "in Nairobi on Wednesday, witnesses said.", "2024-05-10")
    assert [t for _, t in side_codes(drenched, "COERCE")] == ["ARMCVL"]
    assert [t for _, t in side_codes(blasted, "COERCE")] == ["KENEDU"]
    assert all(s[3:] not in ("CVL", "EDU") for s, _ in side_codes(drenched + blasted, "COERCE"))


def test_it_in_a_clause_on_the_sanctioned_is_the_sanctioning_state(pipeline):
    events = code_text(pipeline, "Canada imposed sanctions on Tuesday on four Venezuelan "
                       "officials it accused of rigging the vote.", "2024-05-10")
    assert side_prefixes(events, "ACCUSE") == [("CAN", "VEN")]


def test_it_in_a_whom_clause_on_expelled_diplomats_is_the_expelling_state(pipeline):
    events = code_text(pipeline, "Estonia expelled two Belarusian diplomats whom it accused "
                       "of gathering intelligence.", "2024-05-10")
    assert side_prefixes(events, "ACCUSE") == [("EST", "BLR")]


def test_it_opening_a_sentence_and_a_clause_with_no_doer_keep_their_readings(pipeline):
    opening = code_text(pipeline, "The Dutch government summoned the Iranian ambassador. It "
                        "accused Tehran of plotting attacks.", "2024-05-10")
    described = code_text(pipeline, "Peru welcomed the Chilean decision, which it called a "
                          "step toward peace.", "2024-05-10")
    assert side_prefixes(opening, "ACCUSE") == [("NLD", "IRN")]
    assert side_prefixes(described, "SUPPORT") == [("PER", "CHL")]


def test_it_in_a_clause_on_what_was_sanctioned_over_is_not_the_sanctioning_state(pipeline):
    events = code_text(pipeline, "The European Union sanctioned an Iranian airline over "
                       "weapons it delivered to Russia, diplomats said on Friday.", "2024-05-10")
    assert all(src[:3] != "IGO" for src, _ in side_codes(events, "AID"))


def test_it_in_a_clause_told_by_a_speaker_is_not_the_reported_doer(pipeline):
    doc = pipeline.nlp("Moscow said on Tuesday that Kyiv shelled a depot it had stocked near "
                       "Donetsk.")
    pronoun = next(t for t in doc if t.lower_ == "it")
    assert relative_clause_doer(pronoun) is None


def test_two_states_navies_and_air_forces_are_their_militaries(pipeline):
    navies = code_text(pipeline, "The Indian and French navies held joint exercises in the "
                       "Arabian Sea on Monday.", "2024-05-10")
    air_forces = code_text(pipeline, "The Greek and Egyptian air forces began joint drills "
                           "over the Mediterranean on Tuesday.", "2024-05-10")
    assert side_codes(navies, "COOPERATE") == [("INDMIL", "FRAMIL")]
    assert side_codes(air_forces, "COOPERATE") == [("GRCMIL", "EGYMIL")]
