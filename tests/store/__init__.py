"""Tests of pipeline/store/."""
