"""External benchmarks: one module per data set, one registry, one report.

A benchmark is a function ``run(shared: Path) -> BenchmarkResult`` registered under a name with
``@register("name")``. It reads its data from the shared folder (``../shared`` beside the clone);
when that data is absent it raises :class:`DataMissing` with a message, and the runner reports the
benchmark as skipped instead of failing. ``python -m pipeline benchmark`` (``make benchmark``) runs
every registered benchmark, prints one table of every benchmark and field, and writes it, with each
benchmark's own details, to ``reports/benchmark.md``.

Adding a benchmark: a new module in this package that calls ``register`` and is listed in
``_MODULES`` below, plus its test.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["BENCHMARKS", "BenchmarkResult", "DataMissing", "Score", "register"]


class DataMissing(Exception):
    """The benchmark's data is not there (no ``../shared``): skip, with this message."""


@dataclass(frozen=True)
class Score:
    """One figure of one benchmark: ``field`` (e.g. ``dates``), ``metric`` (e.g. ``relaxed F1``)."""

    field: str
    metric: str
    value: float
    n: int = 0  # items the figure is computed on (documents, expressions, recommendations)
    reference: str = ""  # the figure to compare with, as text ("HeidelTime 0.926", "baseline 0.868")


@dataclass
class BenchmarkResult:
    """What a benchmark returns: its scores and a Markdown section with the details."""

    scores: list[Score]
    details: str = ""
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)


Benchmark = Callable[[Path], BenchmarkResult]
BENCHMARKS: dict[str, Benchmark] = {}

# Modules that register benchmarks; imported on first use so that importing the package is cheap.
_MODULES: tuple[str, ...] = ("timeml", "upr_classifier", "upr_layout", "upr_that_clause")


def register(name: str) -> Callable[[Benchmark], Benchmark]:
    """Register a benchmark function under ``name`` (the table's first column)."""

    def decorator(function: Benchmark) -> Benchmark:
        if name in BENCHMARKS:
            raise ValueError(f"benchmark {name!r} registered twice")
        BENCHMARKS[name] = function
        return function

    return decorator


def load_all() -> dict[str, Benchmark]:
    """Import every benchmark module and return the registry."""
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return BENCHMARKS
