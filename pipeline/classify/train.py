"""Train the UPR classifiers the spaCy way: a config file per model, ``spacy train`` on DocBins.

``python -m pipeline.classify.train --shared ../shared`` (``make train``) reads the coded
recommendations from ``../shared/external/upr/``, writes sessions 1-10 (train) and 11 (spaCy's dev
set, for checkpoint selection; sessions 12-13 stay held out for the benchmark) as DocBins to a
build folder, trains every config of :data:`SHIPPED` with its fixed seed and copies each
``model-best`` to ``pipeline/data/models/<name>``, the folder :mod:`pipeline.classify.model` loads.
It then chooses, on the same inner development session, each issue's threshold and the weights of
the two action models (:func:`tune_decision`) and writes them to ``upr_decision.json``.
The same seed and data give the same model (spaCy on CPU is deterministic for a seed).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
from pathlib import Path

from pipeline import config
from pipeline.classify.model import (
    ACTION_MODELS,
    BATCH_SIZE,
    DECISION_FILE,
    ISSUE_MODELS,
    ISSUE_THRESHOLD,
    SOURCE_MODEL,
    SOURCED_FROM,
    _mean_cats,
    _model_cats,
)
from pipeline.classify.upr import (
    ACTION_LABELS,
    DEV_SESSIONS,
    FIT_SESSIONS,
    ISSUES,
    TASKS,
    UPR_CSV,
    read_recommendations,
    split_by_session,
    to_docbin,
)

CONFIG_DIR = Path(__file__).parent / "configs"
MODELS_DIR = config.DATA_DIR / "models"
# The shipped model of each task: <model folder> -> <config in CONFIG_DIR>.
# The shipped models (pipeline.classify.model averages the two action models' scores).
SHIPPED: dict[str, str] = {
    "upr_issues_ensemble": "issues_ensemble.cfg",
    "upr_actions_bow": "actions_bow.cfg",
    "upr_actions_ensemble": "actions_ensemble.cfg",
}


def task_of(config_name: str) -> str:
    """The task of a config: the first word of its file name (issues_bow.cfg -> "issues")."""
    return Path(config_name).stem.split("_", 1)[0]


log = logging.getLogger(__name__)


class SharedDataMissing(RuntimeError):
    """The UPR CSV is not under the shared folder (a fresh clone has no ``../shared``)."""


def write_corpus(shared: Path, out: Path) -> dict[str, tuple[Path, Path]]:
    """Write <task>_train.spacy (FIT_SESSIONS, 1-10) and <task>_dev.spacy (DEV_SESSIONS, 11) into
    ``out`` for both tasks; return {task: (train path, dev path)}. The held-out sessions are not written."""
    import spacy

    csv_path = shared / UPR_CSV
    if not csv_path.is_file():
        raise SharedDataMissing(
            f"{csv_path} not found: training needs UPR Info's coded recommendations in ../shared/external/upr/ "
            "(the committed models in pipeline/data/models/ need no training)"
        )
    train_rows, dev_rows = split_by_session(read_recommendations(csv_path), FIT_SESSIONS, DEV_SESSIONS)
    nlp = spacy.blank("en")
    out.mkdir(parents=True, exist_ok=True)
    paths = {task: (out / f"{task}_train.spacy", out / f"{task}_dev.spacy") for task in TASKS}
    for task, (train_path, dev_path) in paths.items():
        to_docbin(nlp, train_rows, task).to_disk(train_path)
        to_docbin(nlp, dev_rows, task).to_disk(dev_path)
    log.info("UPR corpus: %d training, %d inner development recommendations in %s", len(train_rows), len(dev_rows), out)
    return paths


def train_config(config_name: str, corpus: tuple[Path, Path], output: Path) -> Path:
    """``spacy train`` one config of CONFIG_DIR on the corpus; return its ``model-best`` folder."""
    from spacy.cli.train import train

    overrides = {"paths.train": str(corpus[0]), "paths.dev": str(corpus[1])}
    train(CONFIG_DIR / config_name, output, overrides=overrides)
    return output / "model-best"


def ship(model_best: Path, name: str) -> Path:
    """Copy a trained pipeline to pipeline/data/models/<name>, replacing the previous one.

    A frozen tok2vec sourced from en_core_web_sm is byte for byte the package's own: its weights are
    left out (6 MB, over the 5 MB file limit) and a note names the package to load them from.
    """
    import spacy

    target = MODELS_DIR / name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_best, target)
    tok2vec = target / "tok2vec" / "model"
    if tok2vec.is_file():
        source = spacy.load(SOURCE_MODEL).get_pipe("tok2vec").model.to_bytes()
        if tok2vec.read_bytes() != source:
            raise ValueError(f"{tok2vec} differs from {SOURCE_MODEL}'s tok2vec: was it frozen in training?")
        tok2vec.unlink()
        (tok2vec.parent / SOURCED_FROM).write_text(SOURCE_MODEL + "\n", encoding="utf-8")
    return target


# Candidate issue thresholds, and the fewest positives of an issue in the inner development session
# for it to get its own threshold (with fewer, one F1 is too noisy to choose by: it gets the global one).
THRESHOLD_GRID = tuple(round(0.05 * i, 2) for i in range(1, 15))  # 0.05 .. 0.70
MIN_DEV_POSITIVES = 10
WEIGHT_GRID = tuple(round(0.1 * i, 1) for i in range(11))  # weight of the first action model


def _f1(gold: list[bool], scores: list[float], threshold: float) -> float:
    tp = sum(g and s >= threshold for g, s in zip(gold, scores, strict=True))
    predicted = sum(s >= threshold for s in scores)
    return 2 * tp / (predicted + sum(gold)) if predicted + sum(gold) else 0.0


def _best(grid, score, prefer: float) -> float:
    """The grid value of the highest score; ties go to the value nearest ``prefer``."""
    return max(grid, key=lambda value: (round(score(value), 12), -abs(value - prefer)))


def tune_issue_thresholds(rows, scores: list[dict[str, float]]) -> dict[str, float]:
    """Every issue's threshold, chosen on ``rows`` (the inner development session).

    A global threshold first, the one of the best mean of micro- and macro-F1; then each issue with
    MIN_DEV_POSITIVES positives or more gets the threshold of its best F1 (ties: nearest the global)."""
    gold = {issue: [issue in rec.issues for rec in rows] for issue in ISSUES}
    column = {issue: [s[issue] for s in scores] for issue in ISSUES}

    def micro_macro(threshold: float) -> float:
        tp = predicted = positives = 0
        for issue in ISSUES:
            tp += sum(g and s >= threshold for g, s in zip(gold[issue], column[issue], strict=True))
            predicted += sum(s >= threshold for s in column[issue])
            positives += sum(gold[issue])
        micro = 2 * tp / (predicted + positives)
        macro = sum(_f1(gold[issue], column[issue], threshold) for issue in ISSUES) / len(ISSUES)
        return (micro + macro) / 2

    default = _best(THRESHOLD_GRID, micro_macro, ISSUE_THRESHOLD)
    return {
        issue: (
            _best(THRESHOLD_GRID, lambda t, issue=issue: _f1(gold[issue], column[issue], t), default)
            if sum(gold[issue]) >= MIN_DEV_POSITIVES
            else default
        )
        for issue in ISSUES
    }


def tune_action_weights(rows, runs: list[list[dict[str, float]]]) -> tuple[float, float]:
    """The weights of the two action models' scores of the best accuracy on ``rows`` (ties: nearest equal)."""
    gold = [f"{rec.action} " for rec in rows]

    def accuracy(w: float) -> float:
        right = 0
        for i, prefix in enumerate(gold):
            mixed = {label: w * runs[0][i][label] + (1 - w) * runs[1][i][label] for label in ACTION_LABELS}
            right += max(ACTION_LABELS, key=mixed.get).startswith(prefix)
        return right / len(gold)

    w = _best(WEIGHT_GRID, accuracy, 0.5)
    return w, round(1 - w, 1)


def tune_decision(shared: Path, issue_models=ISSUE_MODELS, action_models=ACTION_MODELS) -> dict:
    """The decision rule of the models (issue thresholds, action weights), chosen on the inner
    development session (DEV_SESSIONS), as upr_decision.json stores it."""
    rows = split_by_session(read_recommendations(shared / UPR_CSV), FIT_SESSIONS, DEV_SESSIONS)[1]
    texts = [rec.text for rec in rows]
    cats = _model_cats(list(dict.fromkeys((*issue_models, *action_models))), texts, BATCH_SIZE)
    thresholds = tune_issue_thresholds(rows, _mean_cats(issue_models, cats, len(texts)))
    weights = tune_action_weights(rows, [cats[path] for path in action_models])
    return {
        "_comment": (
            f"Written by `make train` (pipeline/classify/train.py): chosen on UPR session(s) "
            f"{sorted(DEV_SESSIONS)}, the inner development set; sessions 12-13 are held out."
        ),
        "issue_thresholds": thresholds,
        "action_weights": {path.name: w for path, w in zip(action_models, weights, strict=True)},
    }


def write_decision(decision: dict, path: Path = DECISION_FILE) -> Path:
    path.write_text(json.dumps(decision, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--build", type=Path, default=Path("build/upr"), help="corpus and training output")
    parser.add_argument("--config", action="append", help="train only these configs (not shipped)")
    parser.add_argument(
        "--decide-only", action="store_true", help="only re-tune upr_decision.json for the shipped models"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.decide_only:
        print(f"decision rule: {write_decision(tune_decision(args.shared))}")
        return 0
    try:
        corpus = write_corpus(args.shared, args.build / "corpus")
    except SharedDataMissing as exc:
        print(f"make train: {exc}", file=sys.stderr)
        return 2
    if args.config:
        for name in args.config:
            train_config(name, corpus[task_of(name)], args.build / Path(name).stem)
        return 0
    for name, config_name in SHIPPED.items():
        model_best = train_config(config_name, corpus[task_of(config_name)], args.build / name)
        print(f"shipped {name}: {ship(model_best, name)}")
    print(f"decision rule: {write_decision(tune_decision(args.shared))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
