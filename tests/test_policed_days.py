"""The police's answer to a dated protest, told in the protest's sentence or the next with no
day of its own, happened on the protest's day (`policed_days.py`); not a nationwide tally, an
act told two sentences on, one its sentence puts at another time ("a week later") or one told in
the past perfect."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-14"  # a Thursday
THURSDAY = (date(2024, 3, 14), date(2024, 3, 14))


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_tear_gas_the_sentence_after_a_march(pipeline):
    text = ("Thousands of Kenyans marched on parliament in Nairobi on Tuesday to oppose a new "
            "finance bill. Riot police fired tear gas and water cannon to stop them reaching the "
            "building.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 12), date(2024, 3, 12))]


def test_detentions_after_a_night_rally(pipeline):
    text = ("Several thousand Serbian students rallied outside the presidency in Belgrade on "
            "Monday night, demanding early elections. Police detained 14 of them after scuffles "
            "broke out near the gates.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 11), date(2024, 3, 11))]


def test_rubber_bullets_at_a_road_block(pipeline):
    text = ("Hundreds of Georgian opposition supporters blocked a highway near Kutaisi on "
            "Sunday. Security forces used rubber bullets to clear the road, and 20 people were "
            "injured.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 10), date(2024, 3, 10))]


def test_water_cannon_later_the_same_day(pipeline):
    """A bare "later" is the protest's day, not another time."""
    text = ("Farmers marched through Lima on Monday to protest low prices. Peruvian police later "
            "fired tear gas to clear the square.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 11), date(2024, 3, 11))]


def test_arrests_of_striking_teachers(pipeline):
    text = ("Teachers in La Paz went on strike on Wednesday and marched to the education "
            "ministry. Bolivian police arrested 12 union leaders, the union said.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_nationwide_tally_keeps_no_day(pipeline):
    """Guard: a count across the country is no answer to the one march."""
    text = ("Thousands of Kenyans marched on parliament in Nairobi on Tuesday to oppose a new "
            "finance bill. Police have arrested more than 300 people across the country since "
            "the protests began in June.")
    assert _days(pipeline, text, "COERCE") == [THURSDAY]


def test_arrest_two_sentences_on_keeps_no_day(pipeline):
    """Guard: an act told after another sentence is not tied to the march."""
    text = ("Thousands of Kenyans marched on parliament in Nairobi on Tuesday to oppose a new "
            "finance bill. The government said it would not withdraw the bill. Kenyan police "
            "later detained an opposition senator in Mombasa.")
    assert _days(pipeline, text, "COERCE") == [THURSDAY]


def test_detentions_a_week_later_keep_no_day(pipeline):
    """Guard: "a week later" puts the detentions at another time than the march."""
    text = ("Farmers marched through Lima on Monday to protest low prices. A week later, Peruvian "
            "police detained 20 of the organisers.")
    assert _days(pipeline, text, "COERCE") == [THURSDAY]


def test_past_perfect_detention_keeps_no_day(pipeline):
    """Guard: "had detained" tells an act before the march."""
    text = ("Farmers marched through Lima on Monday to protest low prices. Peruvian police had "
            "detained their leader before the rally.")
    assert _days(pipeline, text, "COERCE") == [THURSDAY]
