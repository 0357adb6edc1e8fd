"""Train the UPR classifiers the spaCy way: a config file per model, ``spacy train`` on DocBins.

``python -m pipeline.classify.train --shared ../shared`` (``make train``) reads the coded
recommendations from ``../shared/external/upr/``, writes sessions 1-11 (train) and 12-13 (dev) as
DocBins to a build folder, trains every config of :data:`SHIPPED` with its fixed seed and copies each
``model-best`` to ``pipeline/data/models/<name>``, the folder :mod:`pipeline.classify.model` loads.
The same seed and data give the same model (spaCy on CPU is deterministic for a seed).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path

from pipeline import config
from pipeline.classify.model import SOURCE_MODEL, SOURCED_FROM
from pipeline.classify.upr import TASKS, UPR_CSV, read_recommendations, split_by_session, to_docbin

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
    """Write <task>_train.spacy (sessions 1-11) and <task>_dev.spacy (12-13) into ``out`` for both
    tasks; return {task: (train path, dev path)}."""
    import spacy

    csv_path = shared / UPR_CSV
    if not csv_path.is_file():
        raise SharedDataMissing(
            f"{csv_path} not found: training needs UPR Info's coded recommendations in ../shared/external/upr/ "
            "(the committed models in pipeline/data/models/ need no training)"
        )
    train_rows, dev_rows = split_by_session(read_recommendations(csv_path))
    nlp = spacy.blank("en")
    out.mkdir(parents=True, exist_ok=True)
    paths = {task: (out / f"{task}_train.spacy", out / f"{task}_dev.spacy") for task in TASKS}
    for task, (train_path, dev_path) in paths.items():
        to_docbin(nlp, train_rows, task).to_disk(train_path)
        to_docbin(nlp, dev_rows, task).to_disk(dev_path)
    log.info("UPR corpus: %d training, %d validation recommendations in %s", len(train_rows), len(dev_rows), out)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data folder")
    parser.add_argument("--build", type=Path, default=Path("build/upr"), help="corpus and training output")
    parser.add_argument("--config", action="append", help="train only these configs (not shipped)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
