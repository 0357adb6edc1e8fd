"""Analysis: evaluation against gold, external benchmarks, notebooks' helpers and the report."""
