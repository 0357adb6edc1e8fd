"""Tests for pipeline/nlp/text.py: a parsed document's text and its tokens by their written form."""

from __future__ import annotations

from pipeline.nlp.text import doc_text, tokens_written


def test_the_text_is_the_documents_own(nlp):
    doc = nlp("Mr. Roe of the Ministry (MoJ) spoke.\nThe end.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # built once


def test_tokens_are_found_by_their_lower_case_form_in_text_order(nlp):
    doc = nlp("The Mr. Roe, of the Ministry (MoJ) said. THE end")
    found = [(t.i, t.text) for t in tokens_written(doc, ("the", "mr.", ")"))]
    assert found == [(0, "The"), (1, "Mr."), (5, "the"), (9, ")"), (12, "THE")]
    assert tokens_written(doc, ("absent",)) == []
