"""Sides of events whose type is right (fourteenth session): an international official is on
his own organisation's side, so it is never the target of his own act."""

from coding import code_text, side_codes

from newsevents.actorbook import load_actor_book


def test_an_international_official_is_coded_as_his_organisation():
    book = load_actor_book()
    kallas = book.person_on(book.names["Kaja Kallas"], None)
    assert kallas is not None and kallas.code == "IGOEUREEC"
    guterres = [e for e in book.names["Guterres"] if e.title == "UN Secretary-General"]
    assert guterres[0].code == "IGOUNO"


def test_an_eu_official_does_not_threaten_the_eu(pipeline):
    events = code_text(pipeline, "Azerbaijan shut the Lachin road on Friday. EU foreign policy "
                       "chief Kaja Kallas warned on Sunday that the European Union could freeze "
                       "talks with Baku if the road stayed shut.", "2025-03-04")
    targets = [target for _, target in side_codes(events, "THREATEN")]
    assert targets and "IGOEUREEC" not in targets


def test_companies_a_state_blacklists_are_of_the_country_in_the_news(pipeline):
    events = code_text(pipeline, "Sudan's army has bombed markets in Darfur for weeks. Britain "
                       "on Thursday imposed sanctions on two firms it accused of supplying "
                       "drones to the army.", "2024-06-07")
    assert ("GBR", "SDN") in [(s[:3], (t or "")[:3]) for s, t in side_codes(events, "SANCTION")]


def test_it_in_a_clause_on_a_letter_means_whom_the_letter_went_to(pipeline):
    events = code_text(pipeline, "Thai and Cambodian troops traded fire near the temple on "
                       "Saturday. Prime Minister Hun Sen wrote to the UN Security Council on "
                       "Sunday asking it to send observers to the frontier.", "2011-02-08")
    assert ("KHMGOV", "IGOUNO") in side_codes(events, "REQUEST")


def test_a_street_named_after_a_country_is_no_side(pipeline):
    events = code_text(pipeline, "Gunmen from two rival districts of Homs traded mortar fire "
                       "across Lebanon Street on Monday night, killing three people.",
                       "2024-05-08")
    targets = [(t or "")[:3] for _, t in side_codes(events, "ASSAULT")]
    assert targets and "LBN" not in targets

