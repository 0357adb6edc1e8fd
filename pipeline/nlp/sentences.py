"""Sentences: a line break always ends one (`line_sentences` component), and a token-to-sentence index."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["line_ends", "line_sentences", "sentence_index"]


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a new sentence at the first token after a line break.

    Cleaned text keeps one headline, list item or paragraph per line, so a line break always ends a
    sentence. Without this the parser runs headlines together ("...Kalesnikava UN human rights
    experts: ...") and attaches words across lines; the parser respects boundaries set before it.

    A sentence inside a line ends with punctuation, so a plain word (letters only) is never its
    last token: without that the parser sometimes cuts a line after a name's first word
    ("Reporters | Without Borders (RSF) calls on ..."), leaving the verb without its subject. Nor is
    a comma ("We request the following, | that:" cut the lead from the list it introduces).
    """
    if len(doc) < 2:
        return doc
    # Read and written as arrays: setting Token.is_sent_start checks the whole document for a
    # parse at every call, which made this component quadratic in the document's length.
    orth, alpha, space = doc.to_array([ORTH, IS_ALPHA, IS_SPACE]).T.tolist()
    comma = doc.vocab.strings[","]
    starts = doc.to_array([SENT_START]).astype(numpy.int64).ravel()
    breaks = _holds_line_break(doc, orth)
    after_break = False
    for i, key in enumerate(orth):
        if after_break and not space[i]:
            starts[i] = 1
            after_break = False
        elif i and (alpha[i - 1] or orth[i - 1] == comma) and not breaks[orth[i - 1]]:
            starts[i] = -1
        if breaks[key]:
            after_break = True
    doc.from_array([SENT_START], starts.view(numpy.uint64).reshape(-1, 1))
    return doc


def line_ends(doc: Doc) -> list[int]:
    """The index after every token that holds a line break, in order (worked out once per
    document: the demand rules walk its lines many times)."""
    key = "hr_pipeline_line_ends"
    if key not in doc.user_data:
        orth = doc.to_array([ORTH]).ravel().tolist()
        breaks = _holds_line_break(doc, orth)
        doc.user_data[key] = [i + 1 for i, k in enumerate(orth) if breaks[k]]
    return doc.user_data[key]


def _holds_line_break(doc: Doc, orth: list[int]) -> dict[int, bool]:
    """Whether each of the word types `orth` holds a line break (spaCy keeps one in a token's text,
    never in its trailing whitespace)."""
    strings = doc.vocab.strings
    return {key: "\n" in strings[key] for key in set(orth)}


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per document (index by token.i)."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        index[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return index
