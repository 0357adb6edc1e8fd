"""Run every registered benchmark and write one Markdown report."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path

from pipeline.analysis.benchmarks import BenchmarkResult, DataMissing, load_all

log = logging.getLogger(__name__)


def run_benchmarks(shared: Path, names: Iterable[str] | None = None) -> dict[str, BenchmarkResult | str]:
    """Run the named (default: all) benchmarks; a skipped one maps to the reason, as text."""
    registry = load_all()
    selected = list(names) if names else sorted(registry)
    unknown = [name for name in selected if name not in registry]
    if unknown:
        raise KeyError(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(sorted(registry))}")
    results: dict[str, BenchmarkResult | str] = {}
    for name in selected:
        started = time.perf_counter()
        try:
            result = registry[name](shared)
        except DataMissing as exc:
            results[name] = f"skipped: {exc}"
            continue
        result.seconds = result.seconds or time.perf_counter() - started
        results[name] = result
    return results


def summary_table(results: dict[str, BenchmarkResult | str]) -> str:
    """One Markdown table: every benchmark and field, skipped ones with their reason."""
    lines = ["| benchmark | field | metric | value | n | reference |", "| --- | --- | --- | ---: | ---: | --- |"]
    for name, result in results.items():
        if isinstance(result, str):
            lines.append(f"| {name} | | {result} | | | |")
            continue
        for score in result.scores:
            lines.append(
                f"| {name} | {score.field} | {score.metric} | {score.value:.3f} | {score.n:,} | {score.reference} |"
            )
    return "\n".join(lines)


def render_report(results: dict[str, BenchmarkResult | str], command: str) -> str:
    """The whole ``reports/benchmark.md``: the summary table, then each benchmark's details."""
    parts = [
        "# Benchmarks",
        "",
        f"Reproduce with `{command}`. Every figure below comes from that one run.",
        "",
        summary_table(results),
        "",
    ]
    for name, result in results.items():
        if isinstance(result, str) or not result.details:
            continue
        parts += [f"## {name}", "", f"Run time: {result.seconds:.0f} s.", "", result.details.strip(), ""]
    return "\n".join(parts)
