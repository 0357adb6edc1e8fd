"""Tests of pipeline/classify/."""
