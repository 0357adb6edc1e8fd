"""A parsed document's text, built once: spaCy joins every token's text at each `Doc.text`."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

_TEXT_KEY = "hr_pipeline_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at the first call and kept in the Doc's `user_data`: the entity rules, the
    extractors and the demand rules that read a list's or a token's line all ask for it. (No
    component after the entity rules changes the tokens.)"""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def tokens_written(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in text order, found in the token array (a
    Token object for every token of a long document costs more than most rules that look for a few
    words)."""
    wanted = numpy.fromiter({doc.vocab.strings[word] for word in words}, dtype=numpy.uint64)
    return [doc[i] for i in numpy.isin(doc.to_array(LOWER), wanted).nonzero()[0].tolist()]
