"""The upr_classifier benchmark: skipped with a clear message without ../shared (the figures: reports/benchmark.md)."""

from __future__ import annotations

import pytest

from pipeline.analysis.benchmarks import DataMissing, load_all
from pipeline.analysis.benchmarks.upr_classifier import run


def test_registered():
    assert "upr_classifier" in load_all()


def test_says_clearly_when_the_data_is_absent(tmp_path):
    with pytest.raises(DataMissing, match="recommendations"):
        run(tmp_path)
