"""A parsed document's text, built once: spaCy joins every token's text at each `Doc.text`."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "hr_pipeline_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at the first call and kept in the Doc's `user_data`: the entity rules, the
    extractors and the demand rules that read a list's or a token's line all ask for it. (No
    component after the entity rules changes the tokens.)"""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
