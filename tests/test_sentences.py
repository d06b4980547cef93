"""The sentences and tokens kept on a Doc (sentences.py) are those spaCy gives, per Doc."""

from newsevents.sentences import Sentence, doc_tokens, doc_words, sentences

TEXT = ("Israel struck targets in Gaza on Friday.\n\nHamas fired rockets at Sderot. "
        "Egypt called for calm.")


def test_sentences_are_the_docs_own(pipeline):
    doc = pipeline.nlp(TEXT)
    kept = sentences(doc)
    spacy_sents = list(doc.sents)
    assert [(s.start, s.end) for s in kept] == [(s.start, s.end) for s in spacy_sents]
    assert all(isinstance(s, Sentence) and s == t for s, t in zip(kept, spacy_sents, strict=True))
    for sent in kept:
        assert [t.i for t in sent] == list(range(sent.start, sent.end))
        assert [t.text for t in sent] == [t.text for t in sent.doc[sent.start:sent.end]]
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))


def test_each_doc_keeps_its_own(pipeline):
    first, second = pipeline.nlp(TEXT), pipeline.nlp("Russia and Ukraine held talks in Istanbul.")
    assert sentences(first) is sentences(first)  # made once
    assert len(sentences(second)) == 1
    assert [t.text for t in sentences(second)[0]][:2] == ["Russia", "and"]
    assert all(t.doc is second for t in doc_tokens(second))


def test_kept_text_is_spacys(pipeline):
    doc = pipeline.nlp(TEXT)
    for sent in sentences(doc):
        first = sent.text
        assert first == doc[sent.start:sent.end].text
        assert sent.text is first  # the kept text the second time, not a new string
    assert sentences(doc)[1].text.startswith("Hamas fired rockets")


def test_doc_words_are_this_docs_forms_and_lemmas(pipeline):
    first, second = pipeline.nlp(TEXT), pipeline.nlp("Russia and Ukraine held talks in Istanbul.")
    assert {"israel", "struck", "strike", "fire", "rockets", "rocket"} <= doc_words(first)
    assert {"hold", "talks"} <= doc_words(second)
    assert "gaza" not in doc_words(second)  # each doc its own
