"""A later sentence dates an act told before only when it retells that act happening, made or
handed over (data/lexicon/retelling_verbs.tsv): the day of a reaction to it, of another side's
act on it, or of a meeting still to come dates nothing (review of the thirteenth session's first
round, findings 1-4). Every test here failed before the mend unless labelled a guard."""

from datetime import date

from coding import code_text, day_spans, place_names

PUB = "2024-05-01"  # a Wednesday
PUB_DAY = (date(2024, 5, 1), date(2024, 5, 1))


def _days(pipeline, text, event_type):
    return day_spans(code_text(pipeline, text, PUB), event_type)


def test_a_request_discussed_later_keeps_the_publication_day(pipeline):
    text = ("Sri Lanka has asked India for an emergency fuel credit, officials said. The request "
            "was discussed by the Indian cabinet on Monday.")
    assert _days(pipeline, text, "REQUEST") == [PUB_DAY]


def test_an_agreement_criticised_later_keeps_the_publication_day(pipeline):
    text = ("Chad and Sudan signed a border security agreement, officials said. The agreement "
            "was criticised by rebel leaders on Monday.")
    days = _days(pipeline, text, "AGREE")
    assert days and (date(2024, 4, 29), date(2024, 4, 29)) not in days


def test_a_reaction_on_a_weekend_day_leaves_the_weekend(pipeline):
    text = ("Gunmen killed seven policemen in northern Mali at the weekend, the army said. The "
            "interior minister visited the area on Saturday.")
    assert _days(pipeline, text, "ASSAULT") == [(date(2024, 4, 27), date(2024, 4, 28))]


def test_a_shipment_criticised_in_the_passive_dates_nothing(pipeline):
    text = ("Qatar sent 40 tonnes of food aid to Sudan, the foreign ministry said. The "
            "shipment was criticised by Sudanese rebels on Tuesday.")
    assert _days(pipeline, text, "AID") == [PUB_DAY]


def test_people_charged_by_a_court_do_not_date_their_detention(pipeline):
    text = ("Kenyan police detained 25 suspected al Shabaab recruits near Garissa, officials "
            "said. The suspects were charged by a court in Nairobi on Monday.")
    days = day_spans(code_text(pipeline, text, PUB), "COERCE", sentence_index=0)
    assert days and (date(2024, 4, 29), date(2024, 4, 29)) not in days


def test_a_request_to_be_discussed_at_a_meeting_gives_the_meeting_no_day(pipeline):
    text = ("Moldova asked the European Union on Monday for more gas supplies. The request "
            "will be discussed at a meeting of energy ministers in Luxembourg.")
    events = code_text(pipeline, text, PUB)
    assert (date(2024, 4, 29), date(2024, 4, 29)) not in day_spans(events, "CONSULT")
    assert "Luxembourg" not in place_names(events, "REQUEST")
