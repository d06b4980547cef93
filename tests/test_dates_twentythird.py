"""Dates of the twenty-third session. Two calendar days each with its month are one range
("from April 8 to April 14", "between March 30 and April 2"; dates.py), not the first day
alone, and so is a day with a closing day the parser tags a number ("from March 2 to 13";
date_spans.py). A verbal act the parser hangs on the reported clause of a dated verbal act
("denied on Tuesday that its troops had crossed the border and accused London", "demanded on
Tuesday that Pyongyang free six fishermen, calling their detention piracy") is the speaker's
second act and shares its day (conjoined.share_with_misread_conjuncts). A participle on a
dated past verb that codes no event, or on the to-infinitive of a dated act, is done that day
("offered on Tuesday to hold an election on June 2, bowing to the protesters";
conjoined.date_participles_of_untold_verbs)."""

from datetime import date

from coding import code_text, day_spans

from newsevents.dates import resolve_date

PUB = "2024-03-14"  # a Thursday
TUESDAY = date(2024, 3, 12)


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_two_calendar_days_joined_by_to_are_a_range():
    told = resolve_date("from April 8 to April 14", date(2013, 4, 20))
    assert (told.start, told.end, told.precision) == (date(2013, 4, 8), date(2013, 4, 14),
                                                      "range")


def test_a_range_across_two_months_between_days():
    told = resolve_date("between March 30 and April 2", date(2013, 4, 20))
    assert (told.start, told.end) == (date(2013, 3, 30), date(2013, 4, 2))


def test_a_coming_range_across_new_year_starts_in_december():
    told = resolve_date("from December 28 to January 3", date(2012, 12, 20), future=True)
    assert (told.start, told.end) == (date(2012, 12, 28), date(2013, 1, 3))


def test_two_days_joined_by_and_without_between_are_no_range():
    told = resolve_date("every January 1 and July 1", date(2013, 4, 20))
    assert told is None or told.precision == "day"


def test_an_accusation_hung_on_a_denied_perfect_takes_the_denials_day(pipeline):
    text = ("Caracas on Tuesday denied that its troops had crossed into Guyana and accused "
            "London of stirring up tension in the region.")
    assert _days(pipeline, text, "ACCUSE") == [(TUESDAY, TUESDAY)]


def test_a_participle_after_a_demanded_release_takes_the_demands_day(pipeline):
    text = ("Seoul on Tuesday demanded that Pyongyang free six South Korean fishermen, "
            "calling their detention an act of piracy.")
    assert _days(pipeline, text, "ACCUSE") == [(TUESDAY, TUESDAY)]


def test_a_closing_day_the_parser_reads_as_a_number_ends_the_range(pipeline):
    """"From March 2 to 13": the parser may tag "13" a number of its own (date_spans.py)."""
    text = ("Kenyan and Ugandan police held a joint exercise near the border from March 2 to 13 "
            "under an East African agreement, officials said.")
    assert _days(pipeline, text, "COOPERATE") == [(date(2024, 3, 2), date(2024, 3, 13))]


def test_a_participle_on_an_offer_to_act_takes_the_offers_day(pipeline):
    """"Offered on Monday to hold an election ..., bowing to the protesters": the participle
    hangs on the to-infinitive; it is done when the offer is (conjoined.py)."""
    text = ("Serbian President Aleksandar Vucic offered on Tuesday to hold an early "
            "parliamentary election on June 2, bowing to the central demand of student "
            "protesters who have blocked Belgrade's main roads for weeks.")
    assert _days(pipeline, text, "CONCEDE") == [(TUESDAY, TUESDAY)]


def test_a_participle_on_a_dated_verb_that_codes_nothing_takes_its_day(pipeline):
    """"Lasso, facing the worst unrest in decades, announced on Tuesday ..., giving ground":
    the parser tags the main verb a participle."""
    text = ("Ecuadorean President Guillermo Lasso, facing the worst unrest in decades, announced "
            "on Tuesday a 10 percent increase in the state pension and a freeze on fuel prices, "
            "giving ground on many of the demands that have brought protesters onto the streets.")
    assert _days(pipeline, text, "CONCEDE") == [(TUESDAY, TUESDAY)]
