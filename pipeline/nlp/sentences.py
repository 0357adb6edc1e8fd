"""Sentences: a line break always ends one (`line_sentences` component), and a token-to-sentence index."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

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
        elif token.i and _continues_sentence(doc[token.i - 1]):
            token.is_sent_start = False
        if "\n" in token.text_with_ws:
            after_break = True
    return doc


def _continues_sentence(previous: Token) -> bool:
    """Whether the token after ``previous`` on the same line cannot start a sentence: a sentence
    inside a line ends with punctuation, so a plain word (letters only) is never its last token.
    Without this the parser sometimes cuts a line after a name's first word ("Reporters | Without
    Borders (RSF) calls on ..."), leaving the verb without its subject."""
    return previous.is_alpha and "\n" not in previous.text_with_ws


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per document (index by token.i)."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        index[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return index
