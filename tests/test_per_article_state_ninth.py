"""Per-article state passed down, not kept on shared objects: "the capital" follows each
story's own day through one pipeline, and a sentence's date expressions are worked out once
and kept on its own Doc."""

from datetime import date

from coding import code_text, place_names

from newsevents.date_spans import date_expressions


def test_the_capital_follows_each_storys_day_through_one_pipeline(pipeline):
    text = "Police fired tear gas at protesters in the Burundian capital on Tuesday."
    later = code_text(pipeline, text, "2021-05-12")  # Gitega became the capital in 2019
    earlier = code_text(pipeline, text, "2015-05-12")
    again = code_text(pipeline, text, "2021-05-12")
    assert place_names(earlier, "COERCE") == ["Bujumbura"]
    assert place_names(later, "COERCE") == ["Gitega"]
    assert place_names(again, "COERCE") == ["Gitega"]


def test_a_moved_capital_is_read_on_the_day_passed_not_on_the_last_article(pipeline):
    gazetteer = pipeline.extractor.gazetteer
    text = "Soldiers surrounded the Nigerian capital overnight."
    code_text(pipeline, text, "2020-03-01")  # an article after the move leaves nothing behind
    assert gazetteer.capital_of("NGA", "the capital", date(1990, 6, 1)).name == "Lagos"
    assert gazetteer.capital_of("NGA", "the capital", date(2020, 6, 1)).name == "Abuja"
    assert not hasattr(gazetteer, "news_day")


def test_a_sentences_date_expressions_are_kept_on_its_doc_and_copied_out(pipeline):
    doc = pipeline.nlp("The envoys met on Monday and Tuesday in Geneva, and talks resume "
                       "from Thursday until January 4.")
    sent = next(iter(doc.sents))
    first = date_expressions(sent)
    first.clear()  # a caller's list is its own
    second = date_expressions(sent)
    assert [e.text for e in second] == ["Monday and Tuesday", "Thursday until January 4"]
    third = date_expressions(sent)
    assert third is not second and all(a is b for a, b in zip(second, third, strict=True))  # kept
    other = pipeline.nlp("The envoys met on Monday and Tuesday in Geneva.")
    assert [e.text for e in date_expressions(next(iter(other.sents)))] == ["Monday and Tuesday"]
