"""Event dates, ninth session: an act told after a dated occasion, with no day of its own,
takes the occasion's day (narrative_days.py). Every story is hand-built; none of its wording
is in the dev set. Publication days: 2024-03-14 is a Thursday, 2024-10-04 a Friday."""

from datetime import date

from coding import code_text, day_spans


def _days(events, event_type):
    return [start for start, _ in day_spans(events, event_type)]


def test_agreement_after_a_dated_meeting_takes_its_day(pipeline):
    events = code_text(pipeline, "French President Emmanuel Macron met German Chancellor Olaf "
                       "Scholz in Berlin on Tuesday. The two leaders agreed to boost joint "
                       "arms production.", "2024-03-14")
    assert _days(events, "AGREE") == [date(2024, 3, 12)]


def test_second_strike_by_the_same_force_takes_the_first_strike_day(pipeline):
    events = code_text(pipeline, "Sudanese army jets bombed positions of the Rapid Support "
                       "Forces in Khartoum on Tuesday. The army also shelled RSF bases in "
                       "Omdurman, killing at least 12 people.", "2024-10-04")
    assert _days(events, "ASSAULT") == [date(2024, 10, 1), date(2024, 10, 1)]


def test_reaction_after_a_clash_borrows_no_day(pipeline):
    """Guard (passes before the rule too): a statement after a deed is its own occasion."""
    events = code_text(pipeline, "Azerbaijani troops shelled Armenian border villages on "
                       "Monday. Armenia's foreign ministry accused Baku of a provocation.",
                       "2024-03-14")
    assert [e.date.precision for e in events if e.event_type == "ACCUSE"] in (
        [], ["publication"])


def test_request_made_on_a_dated_call_takes_its_day(pipeline):
    events = code_text(pipeline, "U.S. Secretary of State Antony Blinken spoke by telephone "
                       "with Saudi Crown Prince Mohammed bin Salman on Wednesday. Blinken urged "
                       "Riyadh to keep pressing for a ceasefire in Sudan.", "2024-10-04")
    assert _days(events, "REQUEST") == [date(2024, 10, 2)]


def test_pledge_on_a_dated_visit_takes_its_day(pipeline):
    events = code_text(pipeline, "German Foreign Minister Annalena Baerbock visited Kyiv on "
                       "Monday. She promised Ukraine more air defence systems.", "2024-05-22")
    assert _days(events, "AGREE") == [date(2024, 5, 20)]


def test_reaction_dated_on_its_own_keeps_its_day(pipeline):
    """Guard (passes before the rule too): "condemned ... on Wednesday" keeps Wednesday."""
    events = code_text(pipeline, "Ukrainian drones attacked an oil refinery in Russia's Ryazan "
                       "region on Tuesday. Russia's foreign ministry condemned the strike on "
                       "Wednesday.", "2024-03-14")
    assert _days(events, "ACCUSE") == [date(2024, 3, 13)]


def test_background_in_the_perfect_borrows_no_day(pipeline):
    """Guard (passes before the rule too): "has repeatedly accused" is background."""
    events = code_text(pipeline, "Moldovan President Maia Sandu met French officials in Paris "
                       "on Monday. Russia has repeatedly accused Moldova of stoking tension.",
                       "2024-03-14")
    assert [e.date.precision for e in events if e.event_type == "ACCUSE"] in (
        [], ["publication"])


def test_new_occasion_opener_borrows_no_day(pipeline):
    """Guard (passes before the rule too): "Separately, ..." starts another thread."""
    events = code_text(pipeline, "Greek Prime Minister Kyriakos Mitsotakis met Turkish "
                       "President Tayyip Erdogan in Ankara on Wednesday. Separately, Cyprus "
                       "accused Turkey of violating its airspace.", "2024-03-14")
    assert [e.date.precision for e in events if e.event_type == "ACCUSE"] in (
        [], ["publication"])


def test_date_of_another_thing_in_the_sentence_does_not_stop_the_borrowing(pipeline):
    events = code_text(pipeline, "Ghanaian President Nana Akufo-Addo met Ivorian President "
                       "Alassane Ouattara in Abidjan on Tuesday. The two leaders agreed to "
                       "reopen a border post closed since 2020.", "2024-03-14")
    assert _days(events, "AGREE") == [date(2024, 3, 12)]


def test_stance_told_again_borrows_no_day(pipeline):
    """Guard (passes before the rule too): "again ruled out" is a standing refusal."""
    events = code_text(pipeline, "Chinese Foreign Minister Wang Yi met Indian Foreign Minister "
                       "S. Jaishankar in Vientiane on Monday. Wang again rejected India's claims "
                       "to the border region.", "2024-03-14")
    assert [e.date.precision for e in events if e.event_type == "REJECT"] in (
        [], ["publication"])
