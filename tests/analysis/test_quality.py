"""Quality gate: extraction on the bundled corpus must not fall below the pinned floors."""

import json
from pathlib import Path

import pytest

from pipeline import config
from pipeline.analysis.evaluate import evaluate

FLOORS = {
    k: v
    for k, v in json.loads((Path(__file__).parent / "quality_floors.json").read_text()).items()
    if not k.startswith("_")
}


@pytest.fixture(scope="module")
def scores(corpus_run):
    return evaluate(corpus_run, config.GOLD_DIR)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_does_not_fall_below_its_floor(scores, metric):
    assert scores[metric] >= FLOORS[metric] - 1e-9, f"{metric} = {scores[metric]:.3f} < floor {FLOORS[metric]}"
