"""Acts dated by a "when" clause (when_clauses.py)."""

from datetime import date

from coding import code_text, day_spans


def test_act_takes_the_time_of_its_when_clause(pipeline):
    events = code_text(pipeline, "Ghana will formally request debt relief from the IMF when its "
                       "delegation visits Washington next month.", "2012-01-10")
    assert day_spans(events, "REQUEST") == [(date(2012, 2, 1), date(2012, 2, 29))]


def test_when_clause_with_a_week(pipeline):
    events = code_text(pipeline, "Japan and China will sign the accord when their ministers "
                       "gather in Geneva next week, officials said.", "2012-01-10")
    assert day_spans(events, "AGREE") == [(date(2012, 1, 16), date(2012, 1, 22))]


def test_act_told_in_a_when_clause_after_a_date(pipeline):
    events = code_text(pipeline, "Kenya's interior minister will travel to Mogadishu on "
                       "January 20-21, when Kenya and Somalia are expected to sign a border "
                       "security agreement.", "2012-01-10")
    assert day_spans(events, "AGREE") == [(date(2012, 1, 20), date(2012, 1, 21))]


def test_when_clause_after_a_month(pipeline):
    events = code_text(pipeline, "Egypt's foreign minister is to visit Khartoum in March, when "
                       "Egypt and Sudan are due to sign a water-sharing accord.", "2012-01-10")
    assert day_spans(events, "AGREE") == [(date(2012, 3, 1), date(2012, 3, 31))]


def test_act_in_a_when_clause_takes_the_day_it_times(pipeline):
    events = code_text(pipeline, "Two Indian soldiers were killed on Monday when Pakistani "
                       "troops shelled their post in Kashmir, the army said.", "2012-01-12")
    assert day_spans(events, "ASSAULT") == [(date(2012, 1, 9), date(2012, 1, 9))]


def test_act_in_a_when_clause_after_a_month_day(pipeline):
    events = code_text(pipeline, "A Nigerien soldier was wounded on January 8 when Malian "
                       "gunmen ambushed a patrol near the border.", "2012-01-12")
    assert day_spans(events, "ASSAULT") == [(date(2012, 1, 8), date(2012, 1, 8))]


def test_occasion_dated_by_its_describing_clause(pipeline):
    events = code_text(pipeline, "Indian and Pakistani leaders are expected to meet on the "
                       "sidelines of the summit, which takes place in Addu on Thursday and "
                       "Friday.", "2012-01-12")
    assert day_spans(events, "CONSULT") == [(date(2012, 1, 12), date(2012, 1, 13))]


def test_conference_dated_by_its_describing_clause(pipeline):
    events = code_text(pipeline, "Vietnam's president is expected to meet Thai leaders on the "
                       "sidelines of the summit, which starts in Jakarta on January 20.",
                       "2012-01-12")
    assert day_spans(events, "CONSULT") == [(date(2012, 1, 20), date(2012, 1, 20))]
