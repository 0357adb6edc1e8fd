"""Tests of pipeline/extract/."""
