"""Train the UPR classifiers the spaCy way: a config file per model, ``spacy train`` on DocBins.

``python -m pipeline.classify.train --shared ../shared`` (``make train``) reads the coded
recommendations from ``../shared/external/upr/``, writes sessions 1-11 (train) and 11 (spaCy's dev
set, only logged) as DocBins to a build folder, trains every config of :data:`SHIPPED` with its
fixed seed for its fixed number of steps and copies each ``model-last`` to
``pipeline/data/models/<name>``, the folder :mod:`pipeline.classify.model` loads; it then fits the
linear issue models of :data:`LINEAR_SHIPPED` on the same sessions
(:mod:`pipeline.classify.linear`, scikit-learn: the ``train`` extra). The sessions 12-13 are never
written: they are held out for the benchmark.

Those steps are chosen by ``--select``: it fits on sessions 1-10, lets spaCy keep the checkpoint of
the best score on session 11 (the inner development set; the log table gives its step), and
reports on session 11 what tuning the decision rule there would give (:func:`dev_report`).
The same seed and data give the same model (spaCy on CPU is deterministic for a seed).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path

from pipeline import config
from pipeline.classify import linear
from pipeline.classify.linear import LinearSettings
from pipeline.classify.model import (
    BATCH_SIZE,
    ISSUE_THRESHOLD,
    SOURCE_MODEL,
    SOURCED_FROM,
    mean_cats,
    model_scores,
)
from pipeline.classify.parts import PART_BYTES, split_into_parts
from pipeline.classify.upr import (
    ACTION_LABELS,
    DEV_SESSIONS,
    FIT_SESSIONS,
    ISSUES,
    TASKS,
    TRAIN_SESSIONS,
    UPR_CSV,
    read_recommendations,
    split_by_session,
    to_docbin,
)

CONFIG_DIR = Path(__file__).parent / "configs"
MODELS_DIR = config.DATA_DIR / "models"
# The shipped models (pipeline.classify.model averages the scores of the models of one task):
# <model folder> -> (<config in CONFIG_DIR>, training steps). The steps are those of the best score on
# the inner development session (session 11) when fitted on sessions 1-10 (`--select`, spaCy's
# model-best); the shipped models are then fitted on sessions 1-11 for exactly that many steps.
SHIPPED: dict[str, tuple[str, int]] = {
    "upr_issues_ensemble": ("issues_finetune.cfg", 6000),
    "upr_actions_ensemble": ("actions_finetune.cfg", 2500),
}
# The shipped linear issue models (pipeline.classify.linear), averaged with the issue ensemble. Their
# settings were chosen on session 11 with the models fitted on 1-10 (README). TF-IDF: C = 20 scored
# micro-F1 0.888 alone at 0.2 against 0.883 for C = 10 and 0.882 for C = 5; trigrams, min_df 1 or 3 and
# character n-grams were no better in the mean. NB-LR: C = 1 and 3 tied in the mean of the three models
# at 0.3 (0.904 / 0.846 and 0.905 / 0.845 micro / macro-F1), C = 0.1 and 0.3 were lower (0.901, 0.902).
LINEAR_SHIPPED: dict[str, LinearSettings] = {
    "upr_issues_tfidf": LinearSettings(max_ngram=2, min_df=2, c=20.0),
    "upr_issues_nb": LinearSettings(max_ngram=2, min_df=2, c=1.0, features="nb"),
}


def task_of(config_name: str) -> str:
    """The task of a config: the first word of its file name (issues_bow.cfg -> "issues")."""
    return Path(config_name).stem.split("_", 1)[0]


log = logging.getLogger(__name__)


class SharedDataMissing(RuntimeError):
    """The UPR CSV is not under the shared folder (a fresh clone has no ``../shared``)."""


def write_corpus(shared: Path, out: Path, fit: frozenset[int] = FIT_SESSIONS) -> dict[str, tuple[Path, Path]]:
    """Write <task>_train.spacy (``fit``: FIT_SESSIONS 1-10, or TRAIN_SESSIONS 1-11 for the final
    fit) and <task>_dev.spacy (DEV_SESSIONS, 11) into ``out`` for both tasks; return {task: (train
    path, dev path)}. The held-out sessions are never written."""
    import spacy

    csv_path = shared / UPR_CSV
    if not csv_path.is_file():
        raise SharedDataMissing(
            f"{csv_path} not found: training needs UPR Info's coded recommendations in ../shared/external/upr/ "
            "(the committed models in pipeline/data/models/ need no training)"
        )
    train_rows, dev_rows = split_by_session(read_recommendations(csv_path), fit, DEV_SESSIONS)
    nlp = spacy.blank("en")
    out.mkdir(parents=True, exist_ok=True)
    paths = {task: (out / f"{task}_train.spacy", out / f"{task}_dev.spacy") for task in TASKS}
    for task, (train_path, dev_path) in paths.items():
        to_docbin(nlp, train_rows, task).to_disk(train_path)
        to_docbin(nlp, dev_rows, task).to_disk(dev_path)
    log.info("UPR corpus: %d training, %d inner development recommendations in %s", len(train_rows), len(dev_rows), out)
    return paths


def train_config(config_name: str, corpus: tuple[Path, Path], output: Path, steps: int | None = None) -> Path:
    """``spacy train`` one config of CONFIG_DIR on the corpus; return its ``model-best`` folder, or
    with ``steps`` its ``model-last`` after exactly that many steps (no early stopping)."""
    from spacy.cli.train import train

    overrides: dict = {"paths.train": str(corpus[0]), "paths.dev": str(corpus[1])}
    if steps is not None:
        overrides |= {"training.max_steps": steps, "training.patience": 0}
    train(CONFIG_DIR / config_name, output, overrides=overrides)
    return output / ("model-best" if steps is None else "model-last")


def fit_linear(shared: Path, sessions: frozenset[int], settings: LinearSettings) -> linear.LinearModel:
    """Fit a linear issue model (TF-IDF or NB-LR features) on the recommendations of ``sessions``."""
    rows = [rec for rec in read_recommendations(shared / UPR_CSV) if rec.session in sessions]
    log.info("fitting the linear issue model on %d recommendations", len(rows))
    return linear.fit([rec.text for rec in rows], [rec.issues for rec in rows], ISSUES, settings)


def save_linear(model: linear.LinearModel, folder: Path) -> Path:
    """Write a linear model to ``folder``, replacing what was there."""
    if folder.exists():
        shutil.rmtree(folder)
    linear.save(model, folder)
    return folder


def forget_corpus_paths(config_file: Path) -> None:
    """Set ``[paths] train`` and ``dev`` of a trained model's config back to null: they name the
    build folder of one training run, so a retrain elsewhere would differ in them alone."""
    from spacy import util

    trained = util.load_config(config_file, interpolate=False)
    trained["paths"] = {**trained["paths"], "train": None, "dev": None}
    trained.to_disk(config_file)


def ship(model_best: Path, name: str) -> Path:
    """Copy a trained pipeline to pipeline/data/models/<name>, replacing the previous one.

    A frozen tok2vec sourced from en_core_web_sm is byte for byte the package's own: its weights are
    left out (6 MB, over the 5 MB file limit) and a note names the package to load them from. A
    fine-tuned one has weights of its own: they are shipped in parts under the limit
    (`pipeline.classify.parts.split_into_parts`).
    """
    import spacy

    target = MODELS_DIR / name
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_best, target)
    forget_corpus_paths(target / "config.cfg")
    tok2vec = target / "tok2vec" / "model"
    if tok2vec.is_file():
        source = spacy.load(SOURCE_MODEL).get_pipe("tok2vec").model.to_bytes()
        if tok2vec.read_bytes() == source:
            tok2vec.unlink()
            (tok2vec.parent / SOURCED_FROM).write_text(SOURCE_MODEL + "\n", encoding="utf-8")
    for weights in sorted(target.glob("*/model")):
        if weights.stat().st_size > PART_BYTES:  # a fine-tuned tok2vec: its own weights, in parts
            split_into_parts(weights)
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


def tune_issue_thresholds(
    rows, scores: list[dict[str, float]], min_positives: int = MIN_DEV_POSITIVES
) -> dict[str, float]:
    """Every issue's threshold, chosen on ``rows`` (the inner development session).

    A global threshold first, the one of the best mean of micro- and macro-F1; then each issue with
    ``min_positives`` positives or more gets the threshold of its best F1 (ties: nearest the global)."""
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
            if sum(gold[issue]) >= min_positives
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


def _issue_f1s(rows, scores: list[dict[str, float]], thresholds: dict[str, float]) -> tuple[float, float]:
    """Micro- and macro-F1 of the issues with each issue's threshold."""
    tp = predicted = positives = 0
    macro = 0.0
    for issue in ISSUES:
        gold = [issue in rec.issues for rec in rows]
        column = [s[issue] for s in scores]
        tp += sum(g and v >= thresholds[issue] for g, v in zip(gold, column, strict=True))
        predicted += sum(v >= thresholds[issue] for v in column)
        positives += sum(gold)
        macro += _f1(gold, column, thresholds[issue])
    return 2 * tp / (predicted + positives), macro / len(ISSUES)


def dev_report(shared: Path, issue_models: tuple[Path, ...], action_models: tuple[Path, ...]) -> list[str]:
    """How the selected models do on the inner development session, alone and averaged as shipped,
    and what tuning the decision rule there would give: a global threshold, a threshold per issue
    (judged by 2-fold cross-validation inside the session, since it is tuned on it), the action
    models' weights."""
    rows = split_by_session(read_recommendations(shared / UPR_CSV), FIT_SESSIONS, DEV_SESSIONS)[1]
    texts = [rec.text for rec in rows]
    cats = model_scores([*issue_models, *action_models], texts, BATCH_SIZE)
    fixed = dict.fromkeys(ISSUES, ISSUE_THRESHOLD)
    lines = []
    for path in issue_models:
        micro, macro = _issue_f1s(rows, cats[path], fixed)
        name = f"{path.parent.name}/{path.name}"
        lines.append(f"issues, {name} alone at {ISSUE_THRESHOLD}: micro-F1 {micro:.3f}, macro-F1 {macro:.3f}")
    issues = mean_cats(issue_models, cats, len(rows))
    micro, macro = _issue_f1s(rows, issues, fixed)
    lines.append(f"issues, mean of the models at {ISSUE_THRESHOLD}: micro-F1 {micro:.3f}, macro-F1 {macro:.3f}")
    halves = [[k for k in range(len(rows)) if k % 2 == part] for part in (0, 1)]
    for label, min_positives in (("global threshold", len(rows) + 1), ("threshold per issue", MIN_DEV_POSITIVES)):
        folds = []
        for tune, test in (halves, halves[::-1]):
            thresholds = tune_issue_thresholds(
                [rows[k] for k in tune], [issues[k] for k in tune], min_positives=min_positives
            )
            folds.append(_issue_f1s([rows[k] for k in test], [issues[k] for k in test], thresholds))
        tuned = tune_issue_thresholds(rows, issues, min_positives=min_positives)
        lines.append(
            f"{label} (global {tuned[ISSUES[0]] if min_positives > len(rows) else '-'}): 2-fold micro-F1 "
            f"{sum(f[0] for f in folds) / 2:.3f}, macro-F1 {sum(f[1] for f in folds) / 2:.3f}"
        )
    if len(action_models) == 2:
        weights = tune_action_weights(rows, [cats[path] for path in action_models])
        lines.append(f"action weights of best accuracy: {weights} (equal weights: the shipped mean)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--build", type=Path, default=Path("build/upr"), help="corpus and training output")
    parser.add_argument(
        "--select",
        action="store_true",
        help="fit on sessions 1-10 and select on session 11 (the steps of SHIPPED); ships nothing",
    )
    parser.add_argument("--config", action="append", help="with --select: only these configs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        corpus = write_corpus(args.shared, args.build / "corpus", FIT_SESSIONS if args.select else TRAIN_SESSIONS)
    except SharedDataMissing as exc:
        print(f"make train: {exc}", file=sys.stderr)
        return 2
    if args.select:
        names = args.config or [config_name for config_name, _ in SHIPPED.values()]
        best = {name: train_config(name, corpus[task_of(name)], args.build / Path(name).stem) for name in names}
        shipped = [config_name for config_name, _ in SHIPPED.values()]
        if all(name in best for name in shipped):  # the whole shipped set: report it as it would ship
            linear_models = tuple(
                save_linear(fit_linear(args.shared, FIT_SESSIONS, settings), args.build / name)
                for name, settings in LINEAR_SHIPPED.items()
            )
            issue_model, *action_models = (best[name] for name in shipped)
            print("\n".join(dev_report(args.shared, (issue_model, *linear_models), tuple(action_models))))
        return 0
    for name, (config_name, steps) in SHIPPED.items():
        model_last = train_config(config_name, corpus[task_of(config_name)], args.build / name, steps)
        print(f"shipped {name}: {ship(model_last, name)}")
    for name, settings in LINEAR_SHIPPED.items():
        print(f"shipped {name}: {save_linear(fit_linear(args.shared, TRAIN_SESSIONS, settings), MODELS_DIR / name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
