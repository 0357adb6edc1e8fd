"""Quality gate: extraction must not fall below the pinned floors, on the bundled corpus and, when
../shared is beside the clone, on its gold documents other than the five samples."""

import json
from pathlib import Path

import pytest

from pipeline import config
from pipeline.analysis.evaluate import evaluate, evaluate_groups
from tests.conftest import SHARED

_FILE = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
FLOORS = {k: v for k, v in _FILE.items() if not k.startswith("_") and not isinstance(v, dict)}
OTHERS_FLOORS = _FILE["others"]


@pytest.fixture(scope="module")
def scores(corpus_run):
    return evaluate(corpus_run, config.GOLD_DIR)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_does_not_fall_below_its_floor(scores, metric):
    assert scores[metric] >= FLOORS[metric] - 1e-9, f"{metric} = {scores[metric]:.3f} < floor {FLOORS[metric]}"


@pytest.fixture(scope="module")
def others_scores(shared_corpus_run):
    return evaluate_groups(shared_corpus_run, SHARED / "gold", config.GOLD_DIR)["others"]


@pytest.mark.parametrize("metric", sorted(OTHERS_FLOORS))
def test_score_on_documents_the_rules_were_not_written_on_does_not_fall(others_scores, metric):
    floor = OTHERS_FLOORS[metric]
    assert others_scores[metric] >= floor - 1e-9, f"others: {metric} = {others_scores[metric]:.3f} < floor {floor}"
