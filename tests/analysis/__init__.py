"""Tests of pipeline/analysis/."""
