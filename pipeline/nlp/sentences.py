"""Sentences: a line break always ends one (`line_sentences` component), and a token-to-sentence index."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["line_sentences", "sentence_index"]


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a new sentence at the first token after a line break.

    Cleaned text keeps one headline, list item or paragraph per line, so a line break always ends a
    sentence. Without this the parser runs headlines together ("...Kalesnikava UN human rights
    experts: ...") and attaches words across lines; the parser respects boundaries set before it.
    """
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text_with_ws:
            after_break = True
    return doc


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per document (index by token.i)."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        index[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return index
