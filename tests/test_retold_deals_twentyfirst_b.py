"""Retold deals (twenty-first session, b). Once a story has told an agreement made, a later
"The agreement was signed by ..." or "the pact, signed in ..." names that agreement again and
yields no second AGREE with another day or other sides; a deal told only in that shape is kept,
and a retelling the merge joins to the first telling still gives it its day."""

from datetime import date

from coding import code_text, of_type

PUB = "2024-03-14"  # a Thursday


def _agreements(pipeline, text):
    return of_type(code_text(pipeline, text, PUB), "AGREE")


def test_passive_retelling_of_a_told_deal_adds_no_agreement(pipeline):
    text = ("Kenya and Ethiopia will hold joint border patrols under a security agreement "
            "reached this week. The agreement was signed by the two countries' interior "
            "ministers after talks on Monday and Tuesday, the Kenyan government said.")
    assert len(_agreements(pipeline, text)) == 1


def test_a_deal_told_only_in_the_passive_is_kept(pipeline):
    text = "The deal was signed in Nairobi on Tuesday by Kenya and Ethiopia, officials said."
    assert len(_agreements(pipeline, text)) == 1


def test_a_retelling_joined_to_the_first_telling_still_dates_it(pipeline):
    text = ("Chile and Argentina have agreed to patrol their shared fishing grounds together. "
            "The pact, signed by the two countries' navy chiefs in Geneva last week, allows "
            "Chilean vessels to enter Argentine waters.")
    agreements = _agreements(pipeline, text)
    assert [e.date.start for e in agreements] == [date(2024, 3, 4)]
