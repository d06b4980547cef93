"""Dates of the thirteenth session: an act told again, with its day, by a definite noun that
names it ("The request, delivered ... on Thursday"); a time the model tags with its weekday
("in the early hours of Wednesday")."""

from datetime import date

from coding import code_text, day_spans

PUB = "2024-03-16"  # a Saturday
WEEKDAY_PUB = "2024-03-19"  # a Tuesday, after the weekend of March 16-17


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_request_told_again_with_its_day(pipeline):
    text = ("Chad's government has formally asked France for military help against rebels in "
            "the north, officials in Paris said. The request, delivered in a letter to the "
            "French president on Thursday, follows weeks of fighting.")
    assert _days(pipeline, text, "REQUEST") == [(date(2024, 3, 14), date(2024, 3, 14))]


def test_ambush_told_again_with_its_day(pipeline):
    text = ("Mali has sent troops to its border with Niger after gunmen ambushed an army convoy "
            "near Menaka, killing nine soldiers, the army said. The ambush, which the army "
            "blamed on Islamic State fighters, took place last Wednesday.")
    assert (date(2024, 3, 13), date(2024, 3, 13)) in _days(pipeline, text, "ASSAULT")


def test_noun_of_another_type_dates_nothing(pipeline):
    """Guard (passes before the change too): "the meeting" is no retelling of a request."""
    text = ("Chad's government has formally asked France for military help against rebels in "
            "the north, officials in Paris said. The meeting, held in Paris on Thursday, "
            "lasted two hours.")
    days = _days(pipeline, text, "REQUEST")
    assert days and (date(2024, 3, 14), date(2024, 3, 14)) not in days


def test_early_hours_of_a_weekday(pipeline):
    text = ("Israeli aircraft struck Hamas positions in Gaza in the early hours of Wednesday, "
            "the army said.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_early_hours_of_a_weekday_opening_the_sentence(pipeline):
    """Guard (passes before the change too: the model tags this one a DATE)."""
    text = ("In the early hours of Thursday, Russian drones hit a power station near Kharkiv, "
            "Ukrainian officials said.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 3, 14), date(2024, 3, 14))]


def test_invitation_to_a_summit_next_week_is_not_dated_next_week(pipeline):
    text = ("Nigerian President Bola Tinubu has invited the leaders of Niger and Chad to a "
            "summit in Abuja next week, his spokesman said on Thursday.")
    days = _days(pipeline, text, "AGREE")
    assert days and all(start <= date(2024, 3, 16) for start, _ in days)


def test_handed_goods_told_again_in_the_passive_with_a_day(pipeline):
    text = ("Spain has handed four patrol boats to Mauritania's coast guard to help curb migrant "
            "departures, the interior ministry in Madrid said. The vessels were delivered in "
            "Nouadhibou on Thursday in the presence of the Spanish ambassador.")
    assert _days(pipeline, text, "AID") == [(date(2024, 3, 14), date(2024, 3, 14))]


def test_expelled_people_told_again_in_the_passive_with_a_day(pipeline):
    text = ("Niger's junta has expelled three Belgian aid workers, accusing them of spying, the "
            "security ministry said. The three were flown to Brussels on Wednesday, "
            "the statement said.")
    assert _days(pipeline, text, "COERCE") == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_weekend_act_on_the_one_weekend_day_the_story_names(pipeline):
    text = ("Vietnam lodged a protest with Beijing on Tuesday after a Chinese coast guard ship "
            "rammed a Vietnamese fishing boat near the Paracel Islands at the weekend. The "
            "collision happened on Sunday afternoon about 30 km east of Triton Island, officials "
            "in Hanoi said.")
    days = day_spans(code_text(pipeline, text, WEEKDAY_PUB), "ASSAULT")
    assert days == [(date(2024, 3, 17), date(2024, 3, 17))]


def test_weekend_act_when_the_story_names_both_days(pipeline):
    """Guard (passes before the change too): both days named, the weekend stays."""
    text = ("Vietnam lodged a protest with Beijing on Tuesday after a Chinese coast guard ship "
            "rammed a Vietnamese fishing boat near the Paracel Islands at the weekend. The boat "
            "had left port on Saturday, and the crew was rescued on Sunday, officials said.")
    days = day_spans(code_text(pipeline, text, WEEKDAY_PUB), "ASSAULT")
    assert days == [(date(2024, 3, 16), date(2024, 3, 17))]


def test_meeting_a_dated_request_was_made_at(pipeline):
    text = ("Armenia asked the European Union on Tuesday for 200 million euros in emergency "
            "funding to buy gas this winter. Armenian Energy Minister Davit Khudatyan made the "
            "request at a meeting with European Commission officials in Brussels, his ministry "
            "said.")
    assert _days(pipeline, text, "CONSULT") == [(date(2024, 3, 12), date(2024, 3, 12))]
